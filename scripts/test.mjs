// `npm test`: builds, checks, then runs every test suite (the classifier's and the API's with jest,
// browser tests with Playwright) against real PostgreSQL and Redis, and prints one summary line.
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;

/** Seconds each step took, printed at the end (npm test must stay under 15 minutes). */
const durations = [];

function run(label, command, args, env = {}) {
  console.log(`\n=== ${label} ===`);
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
    child.on('exit', (code, signal) => {
      durations.push(`${label.split(' (')[0]} ${Math.round((Date.now() - started) / 1000)} s`);
      resolve(code ?? (signal ? 1 : 0));
    });
  });
}

async function must(label, command, args) {
  const code = await run(label, command, args);
  if (code !== 0) {
    console.error(`\n${label} failed (exit ${code}).`);
    process.exit(code);
  }
}

const reports = await mkdtemp(join(tmpdir(), 'sebaya-test-'));
const screeningReport = join(reports, 'screening.json');
const jestReport = join(reports, 'jest.json');
const playwrightReport = join(reports, 'playwright.json');

await must('build', 'npm', ['run', 'build']);
await must('lint', 'npm', ['run', 'lint']);
await must('typecheck', 'npm', ['run', 'typecheck']);

const screeningCode = await run('risk classifier unit tests (libs/screening)', process.execPath, [
  'node_modules/jest/bin/jest.js',
  '-c',
  'libs/screening/jest.config.cjs',
  '--json',
  `--outputFile=${screeningReport}`,
]);
const jestCode = await run(
  'API unit and integration tests (jest)',
  process.execPath,
  [
    '--experimental-vm-modules',
    'node_modules/jest/bin/jest.js',
    '--rootDir',
    'apps/api',
    '--config',
    'apps/api/jest.config.js',
    '--json',
    `--outputFile=${jestReport}`,
  ],
  { NODE_NO_WARNINGS: '1' },
);
const browserCode = await run(
  'browser tests (Playwright, Debian chromium)',
  'npx',
  ['playwright', 'test', '-c', 'apps/web/playwright.config.ts', '--reporter=list,json'],
  { PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightReport },
);

const startCode = await run(
  'npm start, as the README says (scripts/test/start-smoke.mjs)',
  process.execPath,
  ['scripts/test/start-smoke.mjs'],
);

const counts = { passed: 0, failed: 0, skipped: 0 };
if (startCode === 0) counts.passed += 1;
else counts.failed += 1;
for (const report of [screeningReport, jestReport]) {
  const jest = JSON.parse(await readFile(report, 'utf8').catch(() => '{}'));
  counts.passed += jest.numPassedTests ?? 0;
  counts.failed += (jest.numFailedTests ?? 0) + (jest.numRuntimeErrorTestSuites ?? 0);
  counts.skipped += (jest.numPendingTests ?? 0) + (jest.numTodoTests ?? 0);
}
const playwright = JSON.parse(await readFile(playwrightReport, 'utf8').catch(() => '{}'));
counts.passed += playwright.stats?.expected ?? 0;
counts.failed += (playwright.stats?.unexpected ?? 0) + (playwright.stats?.flaky ?? 0);
counts.skipped += playwright.stats?.skipped ?? 0;
await rm(reports, { recursive: true, force: true });

const failed =
  screeningCode !== 0 ||
  jestCode !== 0 ||
  browserCode !== 0 ||
  startCode !== 0 ||
  counts.failed > 0 ||
  counts.skipped > 0;
console.log(`\ntime: ${durations.join(', ')}`);
console.log(`\ntests: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
if (counts.skipped > 0) console.error('Skipped tests count as failures here: every check must run.');
process.exit(failed ? 1 : 0);
