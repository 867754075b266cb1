import { Args, Query, Resolver } from '@nestjs/graphql';
import { parseLocale } from '../accounts/account-input.js';
import { AccountService } from '../accounts/account.service.js';
import { CurrentViewer, type Viewer } from '../platform/auth/viewer.js';
import { SafetyResourceModel } from './safety-resource.model.js';
import { SafetyResourceService } from './safety-resource.service.js';

@Resolver(() => SafetyResourceModel)
export class SafetyResourceResolver {
  constructor(
    private readonly resources: SafetyResourceService,
    private readonly accounts: AccountService,
  ) {}

  @Query(() => [SafetyResourceModel], {
    description: 'Crisis and support services. Open to everyone, also without an account.',
  })
  async safetyResources(
    @CurrentViewer() viewer: Viewer | null,
    @Args('locale', { type: () => String, nullable: true, description: '`id` or `en`' })
    locale?: string | null,
  ): Promise<SafetyResourceModel[]> {
    const language = locale
      ? parseLocale(locale)
      : ((await this.accounts.currentUser(viewer))?.locale ?? 'id');
    return this.resources.list(language);
  }
}
