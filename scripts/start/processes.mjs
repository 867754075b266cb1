// Child processes of `npm start`: one-shot steps (build, migrate, seed) and the long-running
// services (api, web, worker), with prefixed output and an orderly stop.
import { spawn } from 'node:child_process';
import { prefixOutput } from './log.mjs';

/** How npm is invoked: the npm that runs `npm start` when there is one, else `npm` from PATH. */
export function npmCommand(args) {
  const npmCli = process.env.npm_execpath;
  if (npmCli && /npm-cli\.[cm]?js$/.test(npmCli)) return [process.execPath, [npmCli, ...args]];
  return ['npm', args];
}

/** Runs a command to completion, capturing its output: { code, signal, output }. Never rejects. */
export function runCapture(file, args, options = {}) {
  return new Promise((resolve) => {
    let output = '';
    const child = spawn(file, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', (err) => resolve({ code: null, signal: null, output: `${output}${err.message}\n` }));
    child.on('close', (code, signal) => resolve({ code, signal, output }));
  });
}

export function describeExit(code, signal) {
  if (signal) return `killed by ${signal}`;
  return code === null ? 'could not be started' : `exit code ${code}`;
}

const isGone = (err) => err && err.code === 'ESRCH';

/** Sends a signal to a child's whole process group (it was spawned detached), or to the child alone. */
function signalChild(child, signal, group) {
  try {
    if (group) process.kill(-child.pid, signal);
    else child.kill(signal);
  } catch (err) {
    if (!isGone(err)) throw err;
  }
}

export class Supervisor {
  /** name → { child, exited: Promise } of the running services. */
  services = new Map();
  /** The one-shot step running now, if any. */
  step = null;
  stopping = false;
  /** Called as (name, code, signal) when a service exits while we are not stopping. */
  onUnexpectedExit = () => {};

  /**
   * Starts a long-running service. It gets its own process group, so a Ctrl-C in the terminal
   * reaches only us and we stop the services in order. With `watched: false` its exit is not
   * reported until the caller sets `entry.watched = true` (while it is still starting up).
   */
  startService(name, file, args, { env, cwd, stdio = 'pipe', watched = true } = {}) {
    const child = spawn(file, args, {
      cwd,
      env,
      detached: true,
      stdio: stdio === 'pipe' ? ['ignore', 'pipe', 'pipe'] : 'ignore',
    });
    if (stdio === 'pipe') prefixOutput(name, child);
    const entry = { child, watched };
    entry.exited = new Promise((resolve) => {
      let done = false;
      const finish = (code, signal) => {
        if (done) return;
        done = true;
        this.services.delete(name);
        resolve({ code, signal });
        if (!this.stopping && entry.watched) this.onUnexpectedExit(name, code, signal);
      };
      child.on('error', () => finish(null, null));
      child.on('close', finish);
    });
    this.services.set(name, entry);
    return entry;
  }

  /** Runs a one-shot step with prefixed output; resolves to { code, signal }. */
  runStep(label, file, args, { env, cwd, inherit = false } = {}) {
    return new Promise((resolve) => {
      const child = spawn(file, args, { cwd, env, stdio: inherit ? 'inherit' : ['ignore', 'pipe', 'pipe'] });
      if (!inherit) prefixOutput(label, child);
      this.step = child;
      let done = false;
      const finish = (code, signal) => {
        if (done) return;
        done = true;
        this.step = null;
        resolve({ code, signal });
      };
      child.on('error', () => finish(null, null));
      child.on('close', finish);
    });
  }

  /**
   * Stops the given services (all when omitted): SIGTERM to each, then SIGKILL to whatever is
   * still running after `timeoutMs`. Also ends a running one-shot step.
   */
  async stop(names = [...this.services.keys()], timeoutMs = 10_000) {
    this.stopping = true;
    if (this.step) signalChild(this.step, 'SIGTERM', false);
    const entries = names.map((name) => this.services.get(name)).filter(Boolean);
    for (const { child } of entries) signalChild(child, 'SIGTERM', true);
    let timer;
    const timedOut = new Promise((resolve) => (timer = setTimeout(resolve, timeoutMs, 'timeout')));
    const outcome = await Promise.race([Promise.all(entries.map((entry) => entry.exited)), timedOut]);
    clearTimeout(timer);
    if (outcome === 'timeout') {
      for (const { child } of entries) signalChild(child, 'SIGKILL', true);
      await Promise.all(entries.map((entry) => entry.exited));
      return false;
    }
    return true;
  }

  /** Kills everything at once (a second Ctrl-C). */
  kill() {
    this.stopping = true;
    if (this.step) signalChild(this.step, 'SIGKILL', false);
    for (const { child } of this.services.values()) signalChild(child, 'SIGKILL', true);
  }
}
