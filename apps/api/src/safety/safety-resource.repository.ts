import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { SafetyResourceEntity } from './safety-resource.entity.js';

export type SafetyResourceFields = Omit<SafetyResourceEntity, 'id'>;

@Injectable()
export class SafetyResourceRepository {
  constructor(
    @InjectRepository(SafetyResourceEntity) private readonly resources: Repository<SafetyResourceEntity>,
  ) {}

  listInOrder(): Promise<SafetyResourceEntity[]> {
    return this.resources.find({ order: { position: 'ASC', name: 'ASC' } });
  }

  findById(id: string): Promise<SafetyResourceEntity | null> {
    return this.resources.findOneBy({ id });
  }

  insert(fields: SafetyResourceFields): Promise<SafetyResourceEntity> {
    return this.resources.save(this.resources.create(fields));
  }

  async update(id: string, fields: SafetyResourceFields): Promise<void> {
    await this.resources.update({ id }, fields);
  }

  /** Deletes unless it is the last one; false when it was the last. */
  async deleteUnlessLast(id: string): Promise<boolean> {
    const [, deleted] = await this.resources.query(
      `DELETE FROM safety_resources WHERE id = $1 AND (SELECT count(*) FROM safety_resources) > 1`,
      [id],
    );
    return deleted > 0;
  }
}
