#!/usr/bin/env node
// `npm start [-- FOLDER_OR_FILE] [--code-server] [--port N]`
// Builds the extension and opens FOLDER (default: the project's seeds/, with the sample seed in an editor tab) in
// VS Code with Seed Reader loaded as a development extension (what is opened: scripts/start-plan.mjs):
//  - the desktop `code` when it is installed: `code --extensionDevelopmentPath=<repo> FOLDER`;
//  - otherwise code-server (VS Code in the browser) on 127.0.0.1, provisioned once into
//    .vscode-test/code-server-<version>/, printing the URL to open. Ctrl+C stops it.
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CACHE_DIR, ROOT, makeProfile, provisionCodeServer, remoteUri, startCodeServer, workbenchUrl } from './code-server.mjs';
import { START_SETTINGS, startPlan, withStartSettings } from './start-plan.mjs';

function usage() {
  console.log(`usage: npm start [-- FOLDER_OR_FILE] [--code-server] [--port N]

Opens FOLDER (default: seeds/) in VS Code with Seed Reader loaded from this checkout.
  --code-server   use code-server even when the desktop \`code\` is installed
  --port N        port for code-server (default: a free one)`);
}

const args = process.argv.slice(2);
let target;
let forceCodeServer = false;
let port;
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  if (a === '-h' || a === '--help') {
    usage();
    process.exit(0);
  } else if (a === '--code-server') forceCodeServer = true;
  else if (a === '--port') port = Number(args[++i]);
  else if (a.startsWith('--port=')) port = Number(a.slice(7));
  else if (a.startsWith('-')) {
    console.error(`unknown option ${a}`);
    usage();
    process.exit(2);
  } else target = a;
}
if (port !== undefined && !(Number.isInteger(port) && port > 0 && port < 65536)) {
  console.error('--port needs a port number');
  process.exit(2);
}

// npm runs scripts in the package root; a relative FOLDER is meant relative to where `npm start` was typed.
const baseDir = process.env.INIT_CWD || process.cwd();
const plan = startPlan({ root: ROOT, target, baseDir });
if ('error' in plan) {
  console.error(`[seed-reader] ${plan.error}`);
  process.exit(2);
}
const { folder, openFile, codeArgs } = plan;

console.log('[seed-reader] building the extension (node esbuild.mjs)…');
const build = spawnSync(process.execPath, [join(ROOT, 'esbuild.mjs')], { cwd: ROOT, stdio: 'inherit' });
if (build.status !== 0) {
  console.error('[seed-reader] build failed');
  process.exit(build.status ?? 1);
}

const hasCode = !forceCodeServer && spawnSync('sh', ['-c', 'command -v code'], { stdio: 'ignore' }).status === 0;
if (hasCode) {
  console.log(`[seed-reader] code ${codeArgs.join(' ')}`);
  const child = spawn('code', codeArgs, { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  await runCodeServer();
}

async function runCodeServer() {
  const entry = await provisionCodeServer();
  // Isolated HOME, user data and extensions inside the cache folder; kept between runs so that
  // window layout and settings survive restarts.
  const profile = makeProfile(join(CACHE_DIR, 'profile-start'), START_SETTINGS, { keepUserSettings: true });
  // A profile kept from an earlier run gets the start settings the user has not set (e.g. files.autoSave: off).
  const settingsFile = join(profile.userDataDir, 'User', 'settings.json');
  try {
    const settings = JSON.parse(readFileSync(settingsFile, 'utf8'));
    const merged = withStartSettings(settings);
    if (Object.keys(merged).length !== Object.keys(settings).length) writeFileSync(settingsFile, JSON.stringify(merged, null, 2));
  } catch {
    // Settings with comments (edited by hand): leave them as they are.
  }
  const server = await startCodeServer(entry, profile, { port });
  const payload = [['extensionDevelopmentPath', remoteUri(server.port, ROOT)]];
  if (openFile) payload.push(['openFile', remoteUri(server.port, openFile)]);
  const url = workbenchUrl(server.port, folder, payload);
  console.log('');
  console.log(`Seed Reader is running in VS Code (code-server) for ${folder}`);
  console.log('Open this URL in a browser on this machine (it is bound to 127.0.0.1):');
  console.log('');
  console.log(`  ${url}`);
  console.log('');
  console.log('After rebuilding (npm run build:dev or npm run watch), reload the page to load the new build.');
  console.log('Press Ctrl+C to stop.');
  let stopping = false;
  const stop = async (sig) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n[seed-reader] ${sig}: stopping code-server…`);
    await server.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGHUP', () => void stop('SIGHUP'));
  server.proc.on('exit', (code) => {
    if (stopping) return;
    console.error(`[seed-reader] code-server exited (${code}):\n${server.output().slice(-2000)}`);
    process.exit(1);
  });
}
