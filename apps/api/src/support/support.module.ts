import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module.js';
import { ForumModule } from '../forum/forum.module.js';
import { ModerationModule } from '../moderation/moderation.module.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { SupportConversationRepository } from './support-conversation.repository.js';
import { SupportMessageRepository } from './support-message.repository.js';
import { SupportLoaders } from './support.loaders.js';
import { SupportConversationResolver, SupportMessageResolver } from './support.resolver.js';
import { SupportService } from './support.service.js';

/** Private support conversations between a professional and the author of a case's post (C6). */
@Module({
  imports: [AccountsModule, ForumModule, ModerationModule, NotificationsModule],
  providers: [
    SupportConversationRepository,
    SupportConversationResolver,
    SupportLoaders,
    SupportMessageRepository,
    SupportMessageResolver,
    SupportService,
  ],
})
export class SupportModule {}
