// Builds what is stale: a workspace whose build output is missing or older than any of its inputs.
import fs from 'node:fs';
import path from 'node:path';
import { info, StartError } from './log.mjs';
import { npmCommand } from './processes.mjs';

const SKIP_DIRS = new Set(['node_modules', 'dist', 'build', '.svelte-kit', 'coverage']);

/** Newest mtime (ms) among the given files and folders, recursively; 0 when none exists. */
function newestMtime(paths) {
  let newest = 0;
  const visit = (target) => {
    let stat;
    try {
      stat = fs.statSync(target);
    } catch {
      return;
    }
    // A folder's own mtime changes when a file in it is added, removed or renamed.
    newest = Math.max(newest, stat.mtimeMs);
    if (!stat.isDirectory()) return;
    for (const entry of fs.readdirSync(target)) {
      if (!SKIP_DIRS.has(entry)) visit(path.join(target, entry));
    }
  };
  paths.forEach(visit);
  return newest;
}

function mtimeOf(file) {
  try {
    return fs.statSync(file).mtimeMs;
  } catch {
    return null;
  }
}

function readJson(file) {
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

/** The file a library's build produces: its `exports['.']`, else `main`, else dist/index.js. */
function libraryOutput(dir, pkg) {
  const pick = (target) => {
    if (typeof target === 'string') return target;
    if (target && typeof target === 'object') {
      for (const key of ['import', 'default', 'node', 'require']) {
        const found = pick(target[key]);
        if (found) return found;
      }
    }
    return undefined;
  };
  const exportsField = pkg.exports;
  const dot =
    exportsField && typeof exportsField === 'object' && '.' in exportsField
      ? exportsField['.']
      : exportsField;
  return path.join(dir, pick(dot) ?? pkg.main ?? 'dist/index.js');
}

/** libs/* workspaces with a build script, dependencies first. */
function libraries(root) {
  const libsDir = path.join(root, 'libs');
  const found = [];
  for (const entry of fs.existsSync(libsDir) ? fs.readdirSync(libsDir).sort() : []) {
    const dir = path.join(libsDir, entry);
    const pkgFile = path.join(dir, 'package.json');
    if (!fs.existsSync(pkgFile)) continue;
    const pkg = readJson(pkgFile);
    const deps = Object.keys({ ...pkg.dependencies, ...pkg.devDependencies, ...pkg.peerDependencies });
    found.push({ dir, pkg, deps });
  }
  // Order so that a library comes after the libraries it depends on.
  const byName = new Map(found.map((lib) => [lib.pkg.name, lib]));
  const ordered = [];
  const seen = new Set();
  const place = (lib) => {
    if (seen.has(lib)) return;
    seen.add(lib);
    lib.deps.filter((name) => byName.has(name)).forEach((name) => place(byName.get(name)));
    ordered.push(lib);
  };
  found.forEach(place);
  return ordered;
}

function sourcesOf(dir, extra = []) {
  const configs = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => /^tsconfig.*\.json$/.test(f)) : [];
  return [
    path.join(dir, 'src'),
    ...configs.map((f) => path.join(dir, f)),
    ...extra.map((f) => path.join(dir, f)),
  ];
}

/**
 * What `npm start` builds, in order: the libraries (when any is stale, all of them), then the
 * API and the web app when stale. Library sources count as inputs of both apps.
 */
export function planBuild(root) {
  const libs = libraries(root);
  const libInputs = libs.flatMap((lib) => [...sourcesOf(lib.dir), path.join(lib.dir, 'package.json')]);
  const baseConfig = path.join(root, 'tsconfig.base.json');
  const steps = [];
  const stale = (output, inputs) => {
    const built = mtimeOf(output);
    return built === null || built < newestMtime(inputs);
  };

  const buildable = libs.filter((lib) => lib.pkg.scripts?.build);
  if (buildable.some((lib) => stale(libraryOutput(lib.dir, lib.pkg), [...sourcesOf(lib.dir), baseConfig]))) {
    for (const lib of buildable) steps.push({ name: lib.pkg.name, reason: 'library' });
  }

  const apiDir = path.join(root, 'apps/api');
  if (stale(path.join(apiDir, 'dist/main.js'), [...sourcesOf(apiDir), baseConfig, ...libInputs])) {
    steps.push({ name: readJson(path.join(apiDir, 'package.json')).name, reason: 'api' });
  }

  const webDir = path.join(root, 'apps/web');
  const webSources = sourcesOf(webDir, [
    'static',
    'svelte.config.js',
    'svelte.config.ts',
    'vite.config.js',
    'vite.config.ts',
  ]);
  const webPresent = fs.existsSync(path.join(webDir, 'src'));
  if (webPresent && stale(path.join(webDir, 'build/index.js'), [...webSources, ...libInputs])) {
    steps.push({ name: readJson(path.join(webDir, 'package.json')).name, reason: 'web' });
  }
  return steps;
}

/** Runs the planned builds one by one; throws StartError naming the one that failed. */
export async function buildStale(root, supervisor) {
  const steps = planBuild(root);
  if (!steps.length) {
    info('Builds are up to date.');
    return;
  }
  for (const { name } of steps) {
    info(`Building ${name}…`);
    const [file, args] = npmCommand(['run', 'build', '-w', name]);
    const { code, signal } = await supervisor.runStep('build', file, args, { cwd: root, inherit: true });
    if (supervisor.stopping) return;
    if (code !== 0) {
      throw new StartError(
        `The build of ${name} failed (${signal ?? `exit code ${code}`}); see its output above. ` +
          `Fix it, then run npm start again (or try: npm run build -w ${name}).`,
      );
    }
  }
}
