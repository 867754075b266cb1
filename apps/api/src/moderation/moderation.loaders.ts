import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import type { PostRow } from '../forum/forum.rows.js';
import { PostRepository } from '../forum/post.repository.js';
import type { Loaders } from '../platform/graphql/loaders.js';
import { FlagRepository, type FlagRow } from './flag.repository.js';

/** Per-request loaders of what cases show. Callers have checked that the viewer may work the case. */
@Injectable()
export class ModerationLoaders {
  constructor(
    private readonly posts: PostRepository,
    private readonly flags: FlagRepository,
  ) {}

  /** The case's post whatever its state: held, hidden, or deleted by its author since. */
  casePost(loaders: Loaders, postId: string): Promise<PostRow | null> {
    return loaders.get(this.postLoader).load(postId);
  }

  flagsOf(loaders: Loaders, postId: string): Promise<FlagRow[]> {
    return loaders.get(this.flagLoader).load(postId);
  }

  private readonly postLoader = () =>
    new DataLoader<string, PostRow | null>(async (ids) => {
      const posts = new Map((await this.posts.findByIds(ids)).map((post) => [post.id, post]));
      return ids.map((id) => posts.get(id) ?? null);
    });

  private readonly flagLoader = () =>
    new DataLoader<string, FlagRow[]>(async (ids) => {
      const flags = await this.flags.listForPosts(ids);
      return ids.map((id) => flags.filter((flag) => flag.postId === id));
    });
}
