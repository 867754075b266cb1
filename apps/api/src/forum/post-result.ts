import { Injectable } from '@nestjs/common';
import type { Locale } from '../accounts/user.entity.js';
import { SafetyResourceService } from '../safety/safety-resource.service.js';
import type { PostResultModel } from './forum.models.js';
import type { PostOutcome } from './forum.service.js';

/** The answer to createThread/createPost: the post, whether it waits for review, and the resources when they are due. */
@Injectable()
export class PostResults {
  constructor(private readonly safetyResources: SafetyResourceService) {}

  async of({ post, showSafetyResources }: PostOutcome, locale: Locale): Promise<PostResultModel> {
    return {
      post,
      held: post.visibility !== 'VISIBLE',
      safetyResources: showSafetyResources ? await this.safetyResources.list(locale) : [],
    };
  }
}
