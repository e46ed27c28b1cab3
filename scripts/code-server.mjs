// A real VS Code for `npm start` and the end-to-end tests on machines without a desktop VS Code:
// code-server (VS Code in the browser, with a real Node extension host) from the npm registry,
// provisioned once into .vscode-test/code-server-<version>/ and started on 127.0.0.1.
// Everything it writes (HOME, user data, extensions, npm cache, temp files) stays in that cache folder
// or in a per-run folder the caller passes.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { missingPackages } from './system-deps.mjs';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
// Newer code-server releases need Node 24; 4.100.3 (VS Code 1.100.3) runs on Node 20.
export const CODE_SERVER_VERSION = '4.100.3';
export const CACHE_DIR = join(ROOT, '.vscode-test', `code-server-${CODE_SERVER_VERSION}`);
const MARKER = join(CACHE_DIR, '.provisioned');
const ENTRY = join(CACHE_DIR, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
// @vscode/ripgrep inside code-server downloads rg from GitHub unless its cache holds the archive.
const RIPGREP_PKG_VERSION = '1.15.11';
const RIPGREP_ARCHIVE = 'ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

export function isProvisioned() {
  return existsSync(MARKER) && existsSync(ENTRY);
}

function pidAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Installs code-server into the cache folder unless it is already there. Returns the path of its entry.js.
 * Safe against two concurrent callers (a lock file holding the installer's pid).
 */
export async function provisionCodeServer({ log = console.log } = {}) {
  if (isProvisioned()) return ENTRY;
  mkdirSync(CACHE_DIR, { recursive: true });
  const lock = join(CACHE_DIR, '.lock');
  for (;;) {
    if (existsSync(lock)) {
      const pid = Number(readFileSync(lock, 'utf8'));
      if (pid && pid !== process.pid && pidAlive(pid)) {
        log(`[seed-reader] waiting for another process (pid ${pid}) that is installing code-server…`);
        while (existsSync(lock) && pidAlive(pid)) await sleep(2000);
        if (isProvisioned()) return ENTRY;
      }
    }
    writeFileSync(lock, String(process.pid));
    await sleep(50);
    if (readFileSync(lock, 'utf8') === String(process.pid)) break;
  }
  try {
    if (isProvisioned()) return ENTRY;
    const missing = missingPackages();
    if (missing.length) {
      throw new Error(
        `code-server needs system packages that are missing: ${missing.join(' ')}\n` +
          `Install them with: sudo node scripts/system-deps.mjs --install`,
      );
    }
    const rgPath = spawnSync('sh', ['-c', 'command -v rg'], { encoding: 'utf8' }).stdout.trim();
    // Start from a clean folder: a half-finished install is not reused.
    for (const name of ['node_modules', 'package.json', 'package-lock.json', 'tmp', 'npm-cache']) {
      rmSync(join(CACHE_DIR, name), { recursive: true, force: true });
    }
    const tmp = join(CACHE_DIR, 'tmp');
    const rgCache = join(tmp, `vscode-ripgrep-cache-${RIPGREP_PKG_VERSION}`);
    mkdirSync(rgCache, { recursive: true });
    const tar = spawnSync('tar', ['czf', join(rgCache, RIPGREP_ARCHIVE), '-C', dirname(rgPath), 'rg']);
    if (tar.status !== 0) throw new Error(`could not pack ${rgPath} for @vscode/ripgrep: ${tar.stderr}`);
    // A package.json of its own so npm installs here and not into the project's node_modules.
    writeFileSync(join(CACHE_DIR, 'package.json'), JSON.stringify({ name: 'seed-reader-code-server', private: true }, null, 2));
    log(
      `[seed-reader] installing code-server ${CODE_SERVER_VERSION} into ${CACHE_DIR} (once; about 2 minutes — ` +
        'it compiles native modules)…',
    );
    const started = Date.now();
    const child = spawn(
      'npm',
      ['install', '--no-save', '--no-audit', '--no-fund', '--no-package-lock', '--loglevel=error', `code-server@${CODE_SERVER_VERSION}`],
      {
        cwd: CACHE_DIR,
        stdio: ['ignore', 'pipe', 'pipe'],
        env: {
          ...process.env,
          npm_config_unsafe_perm: 'true', // its postinstall refuses root otherwise
          npm_config_yes: 'true', // node-pty's postinstall runs `npx node-gyp`
          npm_config_nodedir: process.env.npm_config_nodedir || '/usr', // headers from /usr/include/node, no download
          npm_config_cache: join(CACHE_DIR, 'npm-cache'),
          npm_config_update_notifier: 'false',
          TMPDIR: tmp,
        },
      },
    );
    let output = '';
    const collect = (d) => {
      output += d;
      if (output.length > 200_000) output = output.slice(-100_000);
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    const timer = setInterval(() => log(`[seed-reader] … still installing code-server (${Math.round((Date.now() - started) / 1000)} s)`), 20_000);
    const code = await new Promise((res) => child.on('close', res));
    clearInterval(timer);
    if (code !== 0 || !existsSync(ENTRY)) {
      throw new Error(`installing code-server failed (npm exit ${code}):\n${output.slice(-4000)}`);
    }
    rmSync(tmp, { recursive: true, force: true });
    rmSync(join(CACHE_DIR, 'npm-cache'), { recursive: true, force: true });
    writeFileSync(MARKER, `code-server@${CODE_SERVER_VERSION} ${new Date().toISOString()}\n`);
    log(`[seed-reader] code-server installed in ${Math.round((Date.now() - started) / 1000)} s.`);
    return ENTRY;
  } finally {
    try {
      if (readFileSync(lock, 'utf8') === String(process.pid)) rmSync(lock, { force: true });
    } catch {
      /* already gone */
    }
  }
}

export function freePort() {
  return new Promise((res, rej) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', rej);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => res(port));
    });
  });
}

/**
 * Creates an isolated profile folder: HOME, user data (with quiet settings), extensions, config.
 * With keepUserSettings, an existing settings.json is left as it is.
 * @returns {{dir:string, home:string, userDataDir:string, extensionsDir:string, config:string}}
 */
export function makeProfile(dir, settings = {}, { keepUserSettings = false } = {}) {
  const home = join(dir, 'home');
  const userDataDir = join(dir, 'user-data');
  const extensionsDir = join(dir, 'extensions');
  const config = join(dir, 'config.yaml');
  for (const d of [home, join(userDataDir, 'User'), extensionsDir]) mkdirSync(d, { recursive: true });
  writeFileSync(config, 'auth: none\ncert: false\n');
  const base = {
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'workbench.welcomePage.walkthroughs.openOnInstall': false,
    'security.workspace.trust.enabled': false,
    'telemetry.telemetryLevel': 'off',
    'extensions.autoUpdate': false,
    'extensions.autoCheckUpdates': false,
    'update.mode': 'none',
    'workbench.enableExperiments': false,
    'window.restoreWindows': 'none',
    'files.hotExit': 'off',
    'git.openRepositoryInParentFolders': 'never',
  };
  const settingsFile = join(userDataDir, 'User', 'settings.json');
  // `npm start` keeps what the user changed in its profile; tests always start from known settings.
  if (!(keepUserSettings && existsSync(settingsFile))) writeFileSync(settingsFile, JSON.stringify({ ...base, ...settings }, null, 2));
  return { dir, home, userDataDir, extensionsDir, config };
}

function envFor(profile) {
  const env = { ...process.env, HOME: profile.home, XDG_CONFIG_HOME: join(profile.home, '.config'), XDG_DATA_HOME: join(profile.home, '.local', 'share'), XDG_CACHE_HOME: join(profile.home, '.cache') };
  // Never let the nested VS Code think it runs inside another one.
  for (const k of Object.keys(env)) if (k.startsWith('VSCODE_') || k === 'ELECTRON_RUN_AS_NODE') delete env[k];
  return env;
}

function baseArgs(profile) {
  return [
    '--config', profile.config,
    '--auth', 'none',
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--user-data-dir', profile.userDataDir,
    '--extensions-dir', profile.extensionsDir,
  ];
}

/** `code-server --install-extension <vsix>` into the profile's extensions folder. */
export function installExtension(entry, profile, vsix) {
  const r = spawnSync(process.execPath, [entry, ...baseArgs(profile), '--install-extension', vsix, '--force'], {
    env: envFor(profile),
    encoding: 'utf8',
    timeout: 120_000,
  });
  if (r.status !== 0) throw new Error(`--install-extension ${vsix} failed (${r.status}):\n${r.stdout}\n${r.stderr}`);
  return `${r.stdout}${r.stderr}`.trim();
}

/** `code-server --list-extensions --show-versions`. */
export function listExtensions(entry, profile) {
  const r = spawnSync(process.execPath, [entry, ...baseArgs(profile), '--list-extensions', '--show-versions'], {
    env: envFor(profile),
    encoding: 'utf8',
    timeout: 60_000,
  });
  return r.stdout.split('\n').map((s) => s.trim()).filter(Boolean);
}

/**
 * Starts code-server on 127.0.0.1 (free port unless given) and waits for /healthz.
 * @returns {Promise<{url:string, port:number, proc:import('node:child_process').ChildProcess, output:()=>string, stop:()=>Promise<void>}>}
 */
export async function startCodeServer(entry, profile, { port, log = () => {}, inheritOutput = false } = {}) {
  port ??= await freePort();
  const proc = spawn(process.execPath, [entry, ...baseArgs(profile), '--bind-addr', `127.0.0.1:${port}`], {
    env: envFor(profile),
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true, // own process group: stop() ends code-server and the extension hosts it spawned
  });
  let out = '';
  const onData = (d) => {
    out += d;
    if (out.length > 500_000) out = out.slice(-250_000);
    if (inheritOutput) process.stdout.write(d);
  };
  proc.stdout.on('data', onData);
  proc.stderr.on('data', onData);
  let exited = false;
  const exitPromise = new Promise((res) => proc.on('exit', (code, sig) => { exited = true; res({ code, sig }); }));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (exited) throw new Error(`code-server exited during start-up:\n${out.slice(-4000)}`);
    try {
      const r = await fetch(`${url}/healthz`);
      if (r.ok) break;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > deadline) {
      killGroup(proc, 'SIGKILL');
      throw new Error(`code-server did not answer /healthz within 60 s:\n${out.slice(-4000)}`);
    }
    await sleep(250);
  }
  log(`[seed-reader] code-server ${CODE_SERVER_VERSION} listening on ${url}`);
  const stop = async () => {
    if (exited) return;
    killGroup(proc, 'SIGTERM');
    const t = setTimeout(() => killGroup(proc, 'SIGKILL'), 5000);
    await exitPromise;
    clearTimeout(t);
    // Extension hosts live in the same process group; make sure none is left behind.
    killGroup(proc, 'SIGKILL');
  };
  return { url, port, proc, output: () => out, stop };
}

function killGroup(proc, sig) {
  try {
    process.kill(-proc.pid, sig);
  } catch {
    /* group already gone */
  }
}

/** A vscode-remote:// URI for an absolute path on the code-server host. */
export function remoteUri(port, absPath) {
  return `vscode-remote://127.0.0.1:${port}${absPath.split('/').map(encodeURIComponent).join('/')}`;
}

/**
 * The workbench URL that opens `folder`, with optional payload entries such as
 * ['extensionDevelopmentPath', remoteUri(...)], ['openFile', remoteUri(...)], ['extensionTestsPath', ...].
 */
export function workbenchUrl(port, folder, payload = []) {
  let u = `http://127.0.0.1:${port}/?folder=${encodeURIComponent(folder)}`;
  if (payload.length) u += `&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  return u;
}
