import { Injectable } from '@nestjs/common';
import type { Locale } from '../accounts/user.entity.js';
import { requireSignedIn, type Viewer } from '../platform/auth/viewer.js';
import { isUuid } from '../platform/database/uuid.js';
import { badInput, conflict, forbidden, notFound } from '../platform/errors/domain-error.js';
import { boundedText } from '../platform/input/bounded-text.js';
import type { SafetyResourceEntity } from './safety-resource.entity.js';
import type { SafetyResourceInput, SafetyResourceModel } from './safety-resource.model.js';
import { SafetyResourceRepository, type SafetyResourceFields } from './safety-resource.repository.js';

const DEFAULT_POSITION = 100;

@Injectable()
export class SafetyResourceService {
  constructor(private readonly resources: SafetyResourceRepository) {}

  /** The list everyone may read, signed in or not: it is what a person in crisis needs first. */
  async list(locale: Locale): Promise<SafetyResourceModel[]> {
    const resources = await this.resources.listInOrder();
    return resources.map((resource) => toModel(resource, locale));
  }

  /** Coordinators keep the list. */
  async create(
    viewer: Viewer | null,
    input: SafetyResourceInput,
    locale: Locale,
  ): Promise<SafetyResourceModel> {
    requireCoordinator(viewer);
    return toModel(await this.resources.insert(parseInput(input)), locale);
  }

  async update(
    viewer: Viewer | null,
    id: string,
    input: SafetyResourceInput,
    locale: Locale,
  ): Promise<SafetyResourceModel> {
    requireCoordinator(viewer);
    const fields = parseInput(input);
    const existing = isUuid(id) ? await this.resources.findById(id) : null;
    if (!existing) throw notFound('Safety resource');
    await this.resources.update(existing.id, fields);
    return toModel({ ...existing, ...fields }, locale);
  }

  /** The list is never left empty: someone in crisis must always find a number. */
  async delete(viewer: Viewer | null, id: string): Promise<void> {
    requireCoordinator(viewer);
    const existing = isUuid(id) ? await this.resources.findById(id) : null;
    if (!existing) throw notFound('Safety resource');
    if (!(await this.resources.deleteUnlessLast(existing.id))) {
      throw conflict('This is the last safety resource; add another before removing it.');
    }
  }
}

function requireCoordinator(viewer: Viewer | null): void {
  if (requireSignedIn(viewer).role !== 'ADMIN')
    throw forbidden('Only coordinators edit the safety resources.');
}

function parseInput(input: SafetyResourceInput): SafetyResourceFields {
  const position = input.position ?? DEFAULT_POSITION;
  if (!Number.isInteger(position) || position < 0 || position > 10_000) {
    throw badInput('position', 'Use a whole number from 0 to 10000.');
  }
  return {
    name: boundedText('name', input.name, { min: 2, max: 100 }),
    contact: boundedText('contact', input.contact, { min: 2, max: 100 }),
    descriptionId: boundedText('descriptionId', input.descriptionId, { min: 1, max: 500 }),
    descriptionEn: boundedText('descriptionEn', input.descriptionEn, { min: 1, max: 500 }),
    position,
  };
}

function toModel(resource: SafetyResourceEntity, locale: Locale): SafetyResourceModel {
  return {
    id: resource.id,
    name: resource.name,
    contact: resource.contact,
    description: locale === 'en' ? resource.descriptionEn : resource.descriptionId,
    descriptionId: resource.descriptionId,
    descriptionEn: resource.descriptionEn,
    position: resource.position,
  };
}
