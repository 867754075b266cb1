import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module.js';
import { NotificationAnnouncer } from './notification-announcer.js';
import { NotificationRepository } from './notification.repository.js';
import { NotificationResolver } from './notification.resolver.js';
import { NotificationService } from './notification.service.js';

@Module({
  imports: [AccountsModule],
  providers: [NotificationAnnouncer, NotificationRepository, NotificationResolver, NotificationService],
  exports: [NotificationAnnouncer, NotificationRepository],
})
export class NotificationsModule {}
