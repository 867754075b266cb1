import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module.js';
import { DemoSeed } from './demo-seed.js';

@Module({ imports: [AccountsModule], providers: [DemoSeed] })
export class DemoModule {}
