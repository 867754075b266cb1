import type { INestApplicationContext } from '@nestjs/common';

/**
 * Graceful shutdown: on SIGTERM or SIGINT, stop taking work, let Nest's
 * shutdown hooks close connections, and exit 0 (1 if closing failed).
 */
export function closeOnSignals(app: INestApplicationContext): void {
  const close = () => {
    app.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error('Shutdown failed:', error);
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', close);
  process.once('SIGINT', close);
}
