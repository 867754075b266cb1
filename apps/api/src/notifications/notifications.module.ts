import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module.js';
import { NotificationRepository } from './notification.repository.js';
import { NotificationResolver } from './notification.resolver.js';
import { NotificationService } from './notification.service.js';

@Module({
  imports: [AccountsModule],
  providers: [NotificationRepository, NotificationResolver, NotificationService],
  exports: [NotificationRepository],
})
export class NotificationsModule {}
