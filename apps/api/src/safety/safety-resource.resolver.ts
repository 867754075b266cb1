import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { parseLocale } from '../accounts/account-input.js';
import type { Locale } from '../accounts/user.entity.js';
import { CurrentViewer, RequestLocale, type Viewer } from '../platform/auth/viewer.js';
import { SafetyResourceInput, SafetyResourceModel } from './safety-resource.model.js';
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

  @Mutation(() => SafetyResourceModel, { description: 'Coordinators (ADMIN) only.' })
  createSafetyResource(
    @CurrentViewer() viewer: Viewer | null,
    @RequestLocale() locale: Locale,
    @Args('input') input: SafetyResourceInput,
  ): Promise<SafetyResourceModel> {
    return this.resources.create(viewer, input, locale);
  }

  @Mutation(() => SafetyResourceModel, { description: 'Coordinators (ADMIN) only.' })
  updateSafetyResource(
    @CurrentViewer() viewer: Viewer | null,
    @RequestLocale() locale: Locale,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: SafetyResourceInput,
  ): Promise<SafetyResourceModel> {
    return this.resources.update(viewer, id, input, locale);
  }

  @Mutation(() => Boolean, { description: 'Coordinators (ADMIN) only; the last resource cannot be removed.' })
  async deleteSafetyResource(
    @CurrentViewer() viewer: Viewer | null,
    @Args('id', { type: () => ID }) id: string,
  ): Promise<boolean> {
    await this.resources.delete(viewer, id);
    return true;
  }
}
