import { Injectable } from '@nestjs/common';
import type { Locale } from '../accounts/user.entity.js';
import type { SafetyResourceModel } from './safety-resource.model.js';
import { SafetyResourceRepository } from './safety-resource.repository.js';

@Injectable()
export class SafetyResourceService {
  constructor(private readonly resources: SafetyResourceRepository) {}

  /** The list everyone may read, signed in or not: it is what a person in crisis needs first. */
  async list(locale: Locale): Promise<SafetyResourceModel[]> {
    const resources = await this.resources.listInOrder();
    return resources.map((resource) => ({
      name: resource.name,
      contact: resource.contact,
      description: locale === 'en' ? resource.descriptionEn : resource.descriptionId,
    }));
  }
}
