import 'reflect-metadata';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DEMO_ACCOUNTS } from './demo/demo-accounts.js';
import { DemoSeed } from './demo/demo-seed.js';
import { DemoModule } from './demo/demo.module.js';
import { ConfigError, loadConfig } from './platform/config/config.js';
import { PlatformModule } from './platform/platform.module.js';

/** `node dist/seed-demo.js`: adds the demo accounts, memberships and a few conversations to a migrated database. */
async function main(): Promise<void> {
  const config = loadConfig();
  if (config.isProduction) {
    console.error('Refusing to seed demo accounts with known passwords when NODE_ENV=production.');
    process.exit(1);
  }
  @Module({ imports: [PlatformModule.forRoot(config), DemoModule] })
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
