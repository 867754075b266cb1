import { Injectable } from '@nestjs/common';
import { LiveEvents, type CaseQueuedEvent } from '../platform/pubsub/events.js';
import { LiveEventBus } from '../platform/pubsub/live-event-bus.js';
import type { CaseRow } from './case.rows.js';

/** Tells the people of a queue that a case arrived or escalated there (after the commit). */
@Injectable()
export class CaseEvents {
  constructor(private readonly live: LiveEventBus) {}

  async queued(kase: Pick<CaseRow, 'id' | 'queue'>): Promise<void> {
    await this.live.publish<CaseQueuedEvent>(LiveEvents.caseQueued(kase.queue), { caseId: kase.id });
  }
}
