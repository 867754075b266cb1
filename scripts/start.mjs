#!/usr/bin/env node
// `npm start`: builds what is stale, makes sure PostgreSQL and Redis answer (starting project-local
// ones under .local/ when they don't), migrates, seeds demo data, and runs the API, the web app and
// the worker until Ctrl-C. The steps live in scripts/start/.

const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 20 || (major === 20 && minor < 19)) {
  console.error(
    `[start] Sebaya needs Node.js 20.19 or newer; this is Node.js ${process.versions.node}.\n` +
      '        Install a current LTS from https://nodejs.org (or: nvm install --lts), then run npm ci and npm start.',
  );
  process.exit(1);
}

import('./start/main.mjs').then(({ main }) => main());
