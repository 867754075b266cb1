// The three servers under test, each a child process on its own port.
import path from 'node:path';
import {
  API_DIST,
  PORTS,
  PSEUDONYM_SECRET,
  REDIS_PREFIX,
  REDIS_URL,
  ROOT,
  apiEnv,
  databaseUrl,
} from './config.mjs';
import { get, post, startServer } from './processes.mjs';

const here = (file) => path.join(ROOT, 'scripts/bench', file);

/** The real API: node apps/api/dist/main.js (NODE_ENV=production, LOG_LEVEL=warn) on the bench database. */
export function startApi({ nodeArgs = [], env = {} } = {}) {
  return startServer('api', path.join(API_DIST, 'main.js'), {
    env: { ...apiEnv(), ...env },
    port: PORTS.api,
    nodeArgs,
    ready: async () => (await get(PORTS.api, '/health')) === 200,
  });
}

export function startPlain({ nodeArgs = [], env = {} } = {}) {
  return startServer('plain-pg', here('servers/plain-pg.mjs'), {
    nodeArgs,
    env: {
      ...env,
      PATH: process.env.PATH,
      NODE_ENV: 'production',
      PORT: String(PORTS.plain),
      DATABASE_URL: databaseUrl(),
      REDIS_URL,
      REDIS_PREFIX: `${REDIS_PREFIX}-plain`,
      PSEUDONYM_SECRET,
    },
    port: PORTS.plain,
    ready: async () => (await get(PORTS.plain, '/health')) === 200,
  });
}

export function startBare() {
  return startServer('bare-apollo', here('servers/bare-apollo.mjs'), {
    env: { PATH: process.env.PATH, NODE_ENV: 'production', PORT: String(PORTS.bare) },
    port: PORTS.bare,
    ready: async () => (await post(PORTS.bare, JSON.stringify({ query: '{ __typename }' }))).status === 200,
  });
}
