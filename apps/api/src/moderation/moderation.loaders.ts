import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import type { PostRow } from '../forum/forum.rows.js';
import { PostRepository } from '../forum/post.repository.js';
import type { Loaders } from '../platform/graphql/loaders.js';
import { AuditRepository, type AuditRow } from './audit.repository.js';
import { CaseNoteRepository, type CaseNoteRow } from './case-note.repository.js';
import { FlagRepository, type FlagRow } from './flag.repository.js';

/** Per-request loaders of what cases show. Callers have checked that the viewer may work the case. */
@Injectable()
export class ModerationLoaders {
  constructor(
    private readonly posts: PostRepository,
    private readonly flags: FlagRepository,
    private readonly notes: CaseNoteRepository,
    private readonly audit: AuditRepository,
  ) {}

  /** The case's post whatever its state: held, hidden, or deleted by its author since. */
  casePost(loaders: Loaders, postId: string): Promise<PostRow | null> {
    return loaders.get(this.postLoader).load(postId);
  }

  flagsOf(loaders: Loaders, postId: string): Promise<FlagRow[]> {
    return loaders.get(this.flagLoader).load(postId);
  }

  notesOf(loaders: Loaders, caseId: string): Promise<CaseNoteRow[]> {
    return loaders.get(this.noteLoader).load(caseId);
  }

  historyOf(loaders: Loaders, caseId: string): Promise<AuditRow[]> {
    return loaders.get(this.historyLoader).load(caseId);
  }

  private readonly postLoader = () =>
    new DataLoader<string, PostRow | null>(async (ids) => {
      const posts = new Map((await this.posts.findByIds(ids)).map((post) => [post.id, post]));
      return ids.map((id) => posts.get(id) ?? null);
    });

  private readonly flagLoader = () =>
    new DataLoader<string, FlagRow[]>(async (ids) => {
      return groupBy(ids, await this.flags.listForPosts(ids), (flag) => flag.postId);
    });

  private readonly noteLoader = () =>
    new DataLoader<string, CaseNoteRow[]>(async (ids) =>
      groupBy(ids, await this.notes.listForCases(ids), (note) => note.caseId),
    );

  private readonly historyLoader = () =>
    new DataLoader<string, AuditRow[]>(async (ids) =>
      groupBy(ids, await this.audit.listForCases(ids), (entry) => entry.caseId ?? ''),
    );
}

/** The rows of each key, in the rows' order. */
function groupBy<T>(keys: readonly string[], rows: T[], keyOf: (row: T) => string): T[][] {
  const byKey = new Map<string, T[]>();
  for (const row of rows) byKey.set(keyOf(row), [...(byKey.get(keyOf(row)) ?? []), row]);
  return keys.map((key) => byKey.get(key) ?? []);
}
