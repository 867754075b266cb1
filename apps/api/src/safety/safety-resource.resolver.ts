import { Args, Query, Resolver } from '@nestjs/graphql';
import { parseLocale } from '../accounts/account-input.js';
import type { Locale } from '../accounts/user.entity.js';
import { RequestLocale } from '../platform/auth/viewer.js';
import { SafetyResourceModel } from './safety-resource.model.js';
import { SafetyResourceService } from './safety-resource.service.js';

@Resolver(() => SafetyResourceModel)
export class SafetyResourceResolver {
  constructor(private readonly resources: SafetyResourceService) {}

  @Query(() => [SafetyResourceModel], {
    description: 'Crisis and support services. Open to everyone, also without an account.',
  })
  safetyResources(
    @RequestLocale() requestLocale: Locale,
    @Args('locale', {
      type: () => String,
      nullable: true,
      description: "`id` or `en`; default: the request's language",
    })
    locale?: string | null,
  ): Promise<SafetyResourceModel[]> {
    return this.resources.list(locale ? parseLocale(locale) : requestLocale);
  }
}
