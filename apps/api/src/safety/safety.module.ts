import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { SafetyResourceEntity } from './safety-resource.entity.js';
import { SafetyResourceRepository } from './safety-resource.repository.js';
import { SafetyResourceResolver } from './safety-resource.resolver.js';
import { SafetyResourceService } from './safety-resource.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([SafetyResourceEntity])],
  providers: [SafetyResourceRepository, SafetyResourceResolver, SafetyResourceService],
  exports: [SafetyResourceService],
})
export class SafetyModule {}
