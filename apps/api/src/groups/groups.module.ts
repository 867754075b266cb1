import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsModule } from '../accounts/accounts.module.js';
import { GroupMembershipEntity } from './group-membership.entity.js';
import { GroupEntity } from './group.entity.js';
import { GroupLoaders } from './group.loaders.js';
import { GroupRepository } from './group.repository.js';
import { GroupResolver } from './group.resolver.js';
import { GroupService } from './group.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([GroupEntity, GroupMembershipEntity]), AccountsModule],
  providers: [GroupLoaders, GroupRepository, GroupResolver, GroupService],
  exports: [GroupLoaders, GroupService, GroupRepository],
})
export class GroupsModule {}
