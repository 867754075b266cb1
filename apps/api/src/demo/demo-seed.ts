import { Injectable } from '@nestjs/common';
import { AccountService } from '../accounts/account.service.js';
import { UserRepository } from '../accounts/user.repository.js';
import { ForumService } from '../forum/forum.service.js';
import type { ReadScope } from '../forum/read-scope.js';
import { ThreadRepository } from '../forum/thread.repository.js';
import { GroupRepository } from '../groups/group.repository.js';
import { DEMO_ACCOUNTS, DEMO_THREADS } from './demo-accounts.js';

/** Idempotent: running it again creates only what is missing. */
@Injectable()
export class DemoSeed {
  constructor(
    private readonly accounts: AccountService,
    private readonly users: UserRepository,
    private readonly groups: GroupRepository,
    private readonly forum: ForumService,
    private readonly threads: ThreadRepository,
  ) {}

  async run(): Promise<void> {
    const scopes = new Map<string, ReadScope>();
    for (const account of DEMO_ACCOUNTS) {
      await this.accounts.ensureAccount(account);
      const user = (await this.users.findByEmail(account.email))!;
      if (account.onDuty) await this.users.update(user.id, { onDuty: true });
      for (const slug of account.groups) await this.groups.join(await this.groupId(slug), user.id);
      for (const slug of account.facilitates ?? []) {
        await this.groups.setRole(await this.groupId(slug), user.id, 'FACILITATOR');
      }
      scopes.set(account.email, {
        userId: user.id,
        staff: user.role !== 'MEMBER',
        facilitatedGroupIds: await this.groups.facilitatedGroupIds(user.id),
      });
    }
    const firstAuthor = scopes.get(DEMO_THREADS[0]!.author)!;
    if (await this.threads.existsByAuthor(firstAuthor.userId)) return;
    for (const thread of DEMO_THREADS) {
      const { post: opening } = await this.forum.createThread(scopes.get(thread.author)!, {
        ...thread,
        groupId: await this.groupId(thread.group),
      });
      for (const reply of thread.replies) {
        await this.forum.createPost(scopes.get(reply.author)!, { ...reply, threadId: opening.threadId });
      }
    }
  }

  private async groupId(slug: string): Promise<string> {
    const group = await this.groups.findBySlug(slug);
    if (!group) throw new Error(`demo seed: no group ${slug}`);
    return group.id;
  }
}
