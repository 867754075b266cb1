import { Injectable } from '@nestjs/common';
import type { RequestContext } from '../platform/auth/viewer.js';
import { Loaders } from '../platform/graphql/loaders.js';
import { LiveEventBus } from '../platform/pubsub/live-event-bus.js';
import { AccountService } from './account.service.js';

/**
 * What a subscription streams to its subscriber: the events of a channel,
 * each loaded for the subscriber as they are when it arrives.
 */
@Injectable()
export class SubscriberStreams {
  constructor(
    private readonly accounts: AccountService,
    private readonly live: LiveEventBus,
  ) {}

  /**
   * For each event the subscriber's session is read again (skipped once it
   * ended; a new role or new groups count at once) and the context gets fresh
   * loaders, so nothing is served from an earlier event. `load` returns what
   * they may see of the event, or null to skip it.
   */
  of<E, T>(
    context: RequestContext,
    channel: string,
    load: (event: E) => Promise<T | null>,
  ): AsyncIterableIterator<T> {
    return this.live.stream(channel, async (event: E) => {
      const signedIn = await this.accounts.viewerForSession(context.viewer);
      if (!signedIn) return null;
      context.viewer = signedIn.viewer;
      context.loaders = new Loaders(signedIn.viewer, { facilitatedGroupIds: signedIn.facilitatedGroupIds });
      return load(event);
    });
  }
}
