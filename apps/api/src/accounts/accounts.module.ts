import { Module, type OnApplicationBootstrap } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountResolver } from './account.resolver.js';
import { AccountService } from './account.service.js';
import { AuthThrottle } from './auth-throttle.js';
import { PasswordHasher } from './password-hasher.js';
import { SessionEntity } from './session.entity.js';
import { SessionRepository } from './session.repository.js';
import { SubscriberStreams } from './subscriber-streams.js';
import { UserEntity } from './user.entity.js';
import { UserRepository } from './user.repository.js';

@Module({
  imports: [TypeOrmModule.forFeature([UserEntity, SessionEntity])],
  providers: [
    AccountService,
    AccountResolver,
    AuthThrottle,
    PasswordHasher,
    SessionRepository,
    SubscriberStreams,
    UserRepository,
  ],
  exports: [AccountService, SubscriberStreams, UserRepository],
})
export class AccountsModule implements OnApplicationBootstrap {
  constructor(private readonly accounts: AccountService) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.accounts.ensureBootstrapAdmin();
  }
}
