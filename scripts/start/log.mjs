// Console output of `npm start`: its own messages, and the prefixed lines of the processes it runs.
import readline from 'node:readline';

const colorOn = (stream) =>
  Boolean(stream.isTTY) && !('NO_COLOR' in process.env) && process.env.TERM !== 'dumb';
const paint =
  (code, stream = process.stdout) =>
  (text) =>
    colorOn(stream) ? `\x1b[${code}m${text}\x1b[0m` : String(text);

export const bold = paint('1');
export const dim = paint('2');
export const green = paint('32');
export const cyan = paint('36');

const TAG = '[start]';

export function info(message) {
  console.log(`${paint('36')(TAG)} ${message}`);
}

export function warn(message) {
  console.warn(`${paint('33', process.stderr)(TAG)} ${paint('33', process.stderr)('warning:')} ${message}`);
}

export function error(message) {
  console.error(`${paint('31', process.stderr)(TAG)} ${message}`);
}

/** An expected failure: its message tells the user what is wrong and what to do; no stack trace. */
export class StartError extends Error {}

const LABEL_COLORS = { api: '34', web: '35', worker: '33', migrate: '32', seed: '32' };
const LABEL_WIDTH = 8; // "[worker]"

/** Copies a child's stdout/stderr to ours, line by line, each line prefixed with `[label]`. */
export function prefixOutput(label, child) {
  const tag = `[${label}]`.padEnd(LABEL_WIDTH);
  const copy = (from, to) => {
    if (!from) return;
    const prefix = paint(LABEL_COLORS[label] ?? '36', to)(tag);
    readline.createInterface({ input: from, crlfDelay: Infinity }).on('line', (line) => {
      to.write(`${prefix} ${line}\n`);
    });
  };
  copy(child.stdout, process.stdout);
  copy(child.stderr, process.stderr);
}

/** Last lines of a log file, indented, for failure messages ('' when it can't be read). */
export async function tailOf(file, lines = 15) {
  const { readFile } = await import('node:fs/promises');
  try {
    const text = (await readFile(file, 'utf8')).trimEnd();
    if (!text) return '';
    return text
      .split('\n')
      .slice(-lines)
      .map((line) => `    ${line}`)
      .join('\n');
  } catch {
    return '';
  }
}

/** "postgres://user:***@host:port/db": the URL without its password, for printing. */
export function redact(rawUrl) {
  try {
    const url = new URL(rawUrl);
    if (url.password) url.password = '***';
    return url.toString();
  } catch {
    return rawUrl;
  }
}
