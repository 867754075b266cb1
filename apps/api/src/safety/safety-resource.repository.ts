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

  /**
   * Deletes unless it is the last one; false when it was the last. Every row
   * is locked before counting, so two removals at once cannot empty the list.
   */
  deleteUnlessLast(id: string): Promise<boolean> {
    return this.resources.manager.transaction(async (manager) => {
      const remaining: unknown[] = await manager.query(`SELECT id FROM safety_resources FOR UPDATE`);
      if (remaining.length <= 1) return false;
      const [, deleted] = await manager.query(`DELETE FROM safety_resources WHERE id = $1`, [id]);
      return deleted > 0;
    });
  }
}
