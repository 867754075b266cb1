import { Injectable } from '@nestjs/common';
import { AccountService } from '../accounts/account.service.js';
import { DEMO_ACCOUNTS } from './demo-accounts.js';

/** Idempotent: running it again creates only what is missing. */
@Injectable()
export class DemoSeed {
  constructor(private readonly accounts: AccountService) {}

  async run(): Promise<string[]> {
    const created: string[] = [];
    for (const account of DEMO_ACCOUNTS) {
      if (await this.accounts.ensureAccount(account)) created.push(account.email);
    }
    return created;
  }
}
