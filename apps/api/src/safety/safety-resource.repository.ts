import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { SafetyResourceEntity } from './safety-resource.entity.js';

@Injectable()
export class SafetyResourceRepository {
  constructor(
    @InjectRepository(SafetyResourceEntity) private readonly resources: Repository<SafetyResourceEntity>,
  ) {}

  listInOrder(): Promise<SafetyResourceEntity[]> {
    return this.resources.find({ order: { position: 'ASC', name: 'ASC' } });
  }
}
