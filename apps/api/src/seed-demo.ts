import 'reflect-metadata';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DEMO_ACCOUNTS } from './demo/demo-accounts.js';
import { DemoSeed } from './demo/demo-seed.js';
import { DemoModule } from './demo/demo.module.js';
import { ConfigError, loadConfig } from './platform/config/config.js';
import { ConfigModule } from './platform/config/config.module.js';
import { DatabaseModule } from './platform/database/database.module.js';
import { PubSubModule } from './platform/pubsub/pubsub.module.js';
import { OutboxModule } from './platform/queue/outbox.module.js';
import { RedisModule } from './platform/redis/redis.module.js';

/** `node dist/seed-demo.js`: adds the demo accounts, memberships and a few conversations to a migrated database. */
async function main(): Promise<void> {
  const config = loadConfig();
  if (config.isProduction) {
    console.error('Refusing to seed demo accounts with known passwords when NODE_ENV=production.');
    process.exit(1);
  }
  @Module({
    imports: [
      ConfigModule.forRoot(config),
      DatabaseModule,
      RedisModule,
      PubSubModule,
      OutboxModule,
      DemoModule,
    ],
  })
  class SeedModule {}
  const app = await NestFactory.createApplicationContext(SeedModule, { logger: ['error', 'warn'] });
  try {
    await app.get(DemoSeed).run();
  } finally {
    await app.close();
  }
  console.log('Demo accounts (email / password), also in the README:');
  for (const account of DEMO_ACCOUNTS) {
    console.log(`  ${account.role.padEnd(12)} ${account.email} / ${account.password}`);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
