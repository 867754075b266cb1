// Summarises a V8 .cpuprofile (node --cpu-prof): self time by function and by package, and the
// share of samples with a package (or a chosen frame) anywhere on the stack ("inclusive").
import { readFileSync } from 'node:fs';
import { ROOT } from './config.mjs';

/** Where a frame's code lives: an npm package, the API's own code, node internals, or V8. */
export function origin(url) {
  if (!url) return '(native / V8)';
  if (url.startsWith('node:')) return 'node: internals';
  const path = url.replace(/^file:\/\//, '');
  const modules = path.lastIndexOf('/node_modules/');
  if (modules >= 0) {
    const rest = path.slice(modules + '/node_modules/'.length).split('/');
    return rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
  }
  if (path.includes('/apps/api/dist/')) return `api: ${path.split('/apps/api/dist/')[1].split('/')[0]}`;
  return path.replace(`${ROOT}/`, '');
}

const shortUrl = (url) =>
  url
    .replace(/^file:\/\//, '')
    .replace(/^.*\/node_modules\//, '')
    .replace(`${ROOT}/`, '');

/** Frames that mark a layer of the request, for "time with this on the stack". */
const LAYERS = [
  ['GraphQL execution (graphql-js execute)', (f) => origin(f.url) === 'graphql' && /execute/.test(f.url)],
  [
    'GraphQL parse + validate',
    (f) => origin(f.url) === 'graphql' && /(language\/parser|validation\/)/.test(f.url),
  ],
  ['Apollo Server request pipeline', (f) => origin(f.url) === '@apollo/server'],
  ['query complexity plugin (graphql-query-complexity)', (f) => origin(f.url) === 'graphql-query-complexity'],
  [
    'Nest field/resolver wrapper (external-context-creator)',
    (f) => /external-context-creator|ExternalContextCreator/.test(f.url),
  ],
  [
    'Nest guards/interceptors/pipes consumers',
    (f) => /(guards|interceptors|pipes)-(consumer|context-creator)/.test(f.url),
  ],
  [
    'Nest param decorators (createParamDecorator / GqlExecutionContext)',
    (f) => /(gql-execution-context|execution-context-host|param-factory|params-factory)/.test(f.url),
  ],
  ['TypeORM', (f) => origin(f.url) === 'typeorm'],
  [
    'pg driver (pg, pg-protocol)',
    (f) => ['pg', 'pg-protocol', 'pg-types', 'pg-pool'].includes(origin(f.url)),
  ],
  ['DataLoader', (f) => origin(f.url) === 'dataloader'],
  [
    'Fastify (router, body parsing, middie)',
    (f) =>
      origin(f.url) === 'fastify' || origin(f.url).startsWith('@fastify/') || origin(f.url) === 'find-my-way',
  ],
  ['pino / pino-http (logging)', (f) => ['pino', 'pino-http', 'nestjs-pino'].includes(origin(f.url))],
  ['rxjs', (f) => origin(f.url) === 'rxjs'],
  ['reflect-metadata', (f) => origin(f.url) === 'reflect-metadata'],
  ['the API code (apps/api/dist)', (f) => origin(f.url).startsWith('api: ')],
  ['JSON.stringify / JSON.parse', (f) => /^(stringify|parse)$/.test(f.functionName) && !f.url],
  ['garbage collector', (f) => f.functionName === '(garbage collector)'],
];

/**
 * `window` ([from, to] in µs of the monotonic clock, process.hrtime of any process on this
 * machine, which V8's profile timestamps share) keeps only the samples taken in it.
 */
export function summarise(file, { top = 30, window = null } = {}) {
  const profile = JSON.parse(readFileSync(file, 'utf8'));
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);

  const self = new Map();
  let clock = profile.startTime;
  let kept = 0;
  for (let index = 0; index < profile.samples.length; index += 1) {
    clock += profile.timeDeltas[index] ?? 0;
    if (window && (clock < window[0] || clock > window[1])) continue;
    kept += 1;
    const id = profile.samples[index];
    self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0));
  }
  if (window && kept === 0) {
    throw new Error(
      `no samples in the window (profile ${profile.startTime}–${profile.endTime} µs, window ${window.join('–')})`,
    );
  }
  let total = 0;
  let idle = 0;
  const byFunction = new Map();
  const byOrigin = new Map();
  const byFile = new Map();
  const layers = new Map(LAYERS.map(([name]) => [name, 0]));
  const inclusiveOrigin = new Map();
  for (const [id, time] of self) {
    const frame = nodes.get(id).callFrame;
    total += time;
    if (frame.functionName === '(idle)') idle += time;
    const key = `${frame.functionName || '(anonymous)'}  ${frame.url ? `${shortUrl(frame.url)}:${frame.lineNumber + 1}` : ''}`;
    byFunction.set(key, (byFunction.get(key) ?? 0) + time);
    if (frame.functionName === 'writev' && !frame.url) continue; // see below
    const where = frame.functionName.startsWith('(') && !frame.url ? frame.functionName : origin(frame.url);
    byOrigin.set(where, (byOrigin.get(where) ?? 0) + time);
    const fileKey = frame.url ? shortUrl(frame.url) : where;
    byFile.set(fileKey, (byFile.get(fileKey) ?? 0) + time);
    // Inclusive: each layer / package counted once per sample if anywhere on its stack.
    const seenLayers = new Set();
    const seenOrigins = new Set();
    for (let at = id; at !== undefined; at = parent.get(at)) {
      const callFrame = nodes.get(at).callFrame;
      for (const [name, test] of LAYERS) if (!seenLayers.has(name) && test(callFrame)) seenLayers.add(name);
      if (callFrame.url) seenOrigins.add(origin(callFrame.url));
    }
    for (const name of seenLayers) layers.set(name, layers.get(name) + time);
    for (const name of seenOrigins) inclusiveOrigin.set(name, (inclusiveOrigin.get(name) ?? 0) + time);
  }
  // writev is the socket write of every SQL statement (and response); on a 2-core machine its
  // samples are mostly the node thread preempted by the PostgreSQL backend it has just woken
  // (see involuntary context switches), not work of its own: the percentages leave it out.
  const writev = byFunction.get('writev  ') ?? 0;
  const busy = total - idle - writev;
  const sorted = (map) => [...map].sort((a, b) => b[1] - a[1]);
  const pct = (time) => `${((100 * time) / busy).toFixed(1)}%`;
  const ms = (time) => `${(time / 1000).toFixed(0)} ms`;
  const lines = [];
  lines.push(
    `profile: ${ms(total)} sampled: ${ms(idle)} idle, ${ms(writev)} in writev (sending SQL and responses; ` +
      `mostly preempted by PostgreSQL), ${ms(busy)} other work; percentages are of that other work`,
    '',
    `### Top ${top} functions by self time`,
    '| self | % | function  file:line |',
    '|---:|---:|---|',
  );
  for (const [key, time] of sorted(byFunction)
    .filter(([key]) => !key.startsWith('(idle)') && !key.startsWith('writev '))
    .slice(0, top)) {
    lines.push(`| ${ms(time)} | ${pct(time)} | \`${key.trim()}\` |`);
  }
  lines.push(
    '',
    '### Self time by package / origin',
    '| self | % | inclusive % | origin |',
    '|---:|---:|---:|---|',
  );
  for (const [where, time] of sorted(byOrigin)
    .filter(([where]) => where !== '(idle)')
    .slice(0, 25)) {
    lines.push(
      `| ${ms(time)} | ${pct(time)} | ${inclusiveOrigin.has(where) ? pct(inclusiveOrigin.get(where)) : ''} | ${where} |`,
    );
  }
  lines.push('', '### Self time by file (top 25)', '| self | % | file |', '|---:|---:|---|');
  for (const [fileKey, time] of sorted(byFile)
    .filter(([fileKey]) => fileKey !== '(idle)')
    .slice(0, 25)) {
    lines.push(`| ${ms(time)} | ${pct(time)} | ${fileKey} |`);
  }
  lines.push(
    '',
    '### Time with a layer on the stack (inclusive; layers nest, so these overlap)',
    '| inclusive | % | layer |',
    '|---:|---:|---|',
  );
  for (const [name, time] of sorted(layers)) lines.push(`| ${ms(time)} | ${pct(time)} | ${name} |`);
  return lines.join('\n');
}
