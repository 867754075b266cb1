import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import { ReadScopes } from '../forum/read-scopes.js';
import { CurrentViewer, RequestLoaders, type Viewer } from '../platform/auth/viewer.js';
import type { Loaders } from '../platform/graphql/loaders.js';
import type { FlagReason } from './flag.entity.js';
import type { FlagRow } from './flag.repository.js';
import { FlagService } from './flag.service.js';
import { FlagModel, FlagReasonEnum } from './moderation.models.js';

@Resolver(() => FlagModel)
export class FlagResolver {
  constructor(
    private readonly flags: FlagService,
    private readonly scopes: ReadScopes,
  ) {}

  @Mutation(() => FlagModel, {
    description: 'Any reader of a post, once per post. Nobody but moderators learns who flagged.',
  })
  async flagPost(
    @CurrentViewer() viewer: Viewer | null,
    @RequestLoaders() loaders: Loaders,
    @Args('postId', { type: () => ID }) postId: string,
    @Args('reason', { type: () => FlagReasonEnum }) reason: FlagReason,
    @Args('note', { type: () => String, nullable: true }) note: string | null,
  ): Promise<FlagRow> {
    return this.flags.flag(await this.scopes.of(viewer, loaders), { postId, reason, note });
  }
}
