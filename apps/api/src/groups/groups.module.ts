import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsModule } from '../accounts/accounts.module.js';
import { GroupMembershipEntity } from './group-membership.entity.js';
import { GroupEntity } from './group.entity.js';
import { GroupRepository } from './group.repository.js';
import { GroupResolver } from './group.resolver.js';
import { GroupService } from './group.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([GroupEntity, GroupMembershipEntity]), AccountsModule],
  providers: [GroupRepository, GroupResolver, GroupService],
  exports: [GroupService, GroupRepository],
})
export class GroupsModule {}
