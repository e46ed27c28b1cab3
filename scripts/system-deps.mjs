#!/usr/bin/env node
// Checks the system packages the end-to-end tests and `npm start` (code-server) need:
// a Chromium-family browser, and the build tools code-server's native modules compile with.
//
//   node scripts/system-deps.mjs            check; names what is missing (exit 1 if anything is)
//   node scripts/system-deps.mjs --install  apt-get install what is missing (Debian/Ubuntu, root)
//
// When run as root on a Debian/Ubuntu machine, missing packages are installed without --install.
// Pass --check to only check, even as root.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

/** Debian package -> how to tell it is present. */
export const DEB_PACKAGES = [
  { pkg: 'build-essential', why: 'C/C++ compiler for code-server native modules', test: () => hasCmd('g++') && hasCmd('make') },
  { pkg: 'python3', why: 'node-gyp', test: () => hasCmd('python3') },
  { pkg: 'pkg-config', why: 'node-gyp configure of code-server modules', test: () => hasCmd('pkg-config') },
  { pkg: 'libkrb5-dev', why: 'kerberos module of code-server', test: () => existsSync('/usr/include/krb5.h') || existsSync('/usr/include/gssapi/gssapi.h') || dpkgInstalled('libkrb5-dev') },
  { pkg: 'ripgrep', why: 'code-server search (replaces the rg download of @vscode/ripgrep)', test: () => hasCmd('rg') },
  { pkg: 'chromium', why: 'headless browser driven by playwright-core', test: () => findBrowser() !== undefined },
];

const BROWSER_CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
];

/** Path of a Chromium-family browser: $SEED_READER_BROWSER, then the usual places. */
export function findBrowser() {
  const env = process.env.SEED_READER_BROWSER;
  if (env && existsSync(env)) return env;
  return BROWSER_CANDIDATES.find((p) => existsSync(p));
}

function hasCmd(cmd) {
  return spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
}

function dpkgInstalled(pkg) {
  const r = spawnSync('dpkg-query', ['-W', '-f=${Status}', pkg], { encoding: 'utf8' });
  return r.status === 0 && /install ok installed/.test(r.stdout);
}

/** Debian package names that are missing. */
export function missingPackages() {
  return DEB_PACKAGES.filter((d) => !d.test()).map((d) => d.pkg);
}

function isDebianLike() {
  return existsSync('/etc/debian_version') && hasCmd('apt-get');
}

function main() {
  const args = process.argv.slice(2);
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const wantInstall = args.includes('--install') || (!args.includes('--check') && isRoot && isDebianLike());
  let missing = missingPackages();
  if (missing.length === 0) {
    console.log(`system-deps: all present (${DEB_PACKAGES.map((d) => d.pkg).join(', ')}); browser ${findBrowser()}`);
    return 0;
  }
  console.log(`system-deps: missing: ${missing.join(' ')}`);
  for (const d of DEB_PACKAGES.filter((x) => missing.includes(x.pkg))) console.log(`  - ${d.pkg}: ${d.why}`);
  if (!wantInstall) {
    console.log(`Install them with: sudo apt-get install -y --no-install-recommends ${missing.join(' ')}`);
    console.log('(or run: sudo node scripts/system-deps.mjs --install)');
    return 1;
  }
  if (!isDebianLike()) {
    console.error('system-deps: --install needs apt-get (Debian/Ubuntu); install the packages above by hand.');
    return 1;
  }
  const sudo = isRoot ? [] : ['sudo'];
  const run = (cmd) => {
    console.log(`system-deps: ${[...sudo, ...cmd].join(' ')}`);
    execFileSync(sudo.length ? 'sudo' : cmd[0], sudo.length ? cmd : cmd.slice(1), {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  };
  run(['apt-get', 'update']);
  run(['apt-get', 'install', '-y', '--no-install-recommends', ...missing]);
  missing = missingPackages();
  if (missing.length) {
    console.error(`system-deps: still missing after install: ${missing.join(' ')}`);
    return 1;
  }
  console.log(`system-deps: installed; browser ${findBrowser()}`);
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exitCode = main();
}
