import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module.js';
import { ForumModule } from '../forum/forum.module.js';
import { GroupsModule } from '../groups/groups.module.js';
import { DemoSeed } from './demo-seed.js';

@Module({ imports: [AccountsModule, GroupsModule, ForumModule], providers: [DemoSeed] })
export class DemoModule {}
