import { Global, Module } from '@nestjs/common';
import { LiveEventBus } from './live-event-bus.js';

@Global()
@Module({ providers: [LiveEventBus], exports: [LiveEventBus] })
export class PubSubModule {}
