import { Global, Module } from '@nestjs/common';
import { OutboxRepository } from './outbox.repository.js';

/** The outbox writer, for every module that asks the worker for work in its own transaction. */
@Global()
@Module({ providers: [OutboxRepository], exports: [OutboxRepository] })
export class OutboxModule {}
