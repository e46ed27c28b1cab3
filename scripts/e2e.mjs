#!/usr/bin/env node
// `npm run test:e2e`: end-to-end tests of the packaged extension in a real VS Code.
//  1. builds (esbuild --production) and packages seed-reader-<version>.vsix with vsce;
//  2. provisions code-server once into .vscode-test/ (see scripts/code-server.mjs);
//  3. installs the .vsix with `code-server --install-extension` into a fresh extensions folder;
//  4. starts one code-server and drives it with playwright-core + the system Chromium, checking
//     what a reader sees (test/e2e/reader.checks.mjs);
//  5. runs the in-extension-host mocha suite (test/suite/) in the same code-server through the
//     `extensionTestsPath` payload, against the installed extension.
// Ends with one line `e2e: N passed, N failed`; exits non-zero on any failure.
// Options: --only=reader|suite|start runs one of the parts; --update-screenshots also writes the
// README's screenshots (docs/hover.png, docs/tree.png, docs/outline.png). Screenshots (the README's
// and those of failures) and the suite's log always go to test-results/e2e/.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  ROOT, installExtension, listExtensions, makeProfile, provisionCodeServer, remoteUri, startCodeServer, workbenchUrl,
} from './code-server.mjs';
import { findBrowser, missingPackages } from './system-deps.mjs';

const args = process.argv.slice(2);
const only = args.find((a) => a.startsWith('--only='))?.slice(7);
const updateScreenshots = args.includes('--update-screenshots');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const EXT_ID = `${pkg.publisher}.${pkg.name}`;
const VSIX = join(ROOT, `${pkg.name}-${pkg.version}.vsix`);
const RUN_DIR = join(ROOT, '.vscode-test', 'e2e');
const RESULTS_DIR = join(ROOT, 'test-results', 'e2e');
const started = Date.now();

// ---------------------------------------------------------------------------------------------
// Checks: every check is counted once, passed or failed. Nothing is skipped: a check whose
// precondition is missing fails with the reason.
const results = [];
function elapsed() {
  return `${((Date.now() - started) / 1000).toFixed(0)}s`;
}
async function check(name, fn, timeoutMs = 90_000) {
  let timer;
  try {
    await Promise.race([
      fn(),
      new Promise((_, rej) => {
        timer = setTimeout(() => rej(new Error(`check took longer than ${timeoutMs / 1000} s`)), timeoutMs);
      }),
    ]);
    results.push({ name, ok: true });
    console.log(`  ✓ ${name}`);
    return true;
  } catch (err) {
    const msg = err instanceof Error ? err.message : String(err);
    results.push({ name, ok: false, msg });
    console.log(`  ✗ ${name}\n      ${msg.split('\n').slice(0, 6).join('\n      ')}`);
    return false;
  } finally {
    clearTimeout(timer);
  }
}
/** Records a check whose outcome was observed elsewhere (the extension-host suite) as passed. */
function passed(name) {
  results.push({ name, ok: true });
  console.log(`  ✓ ${name}`);
}
/** Records a check that could not run at all (its scenario failed to start): a failure, never a skip. */
function failed(name, reason) {
  results.push({ name, ok: false, msg: reason });
  console.log(`  ✗ ${name}\n      ${reason}`);
}

function run(cmd, cmdArgs, opts = {}) {
  const r = spawnSync(cmd, cmdArgs, { cwd: ROOT, encoding: 'utf8', ...opts });
  return { status: r.status, out: `${r.stdout ?? ''}${r.stderr ?? ''}` };
}

function finish() {
  const passed = results.filter((r) => r.ok).length;
  const failedN = results.length - passed;
  if (failedN) {
    console.log('\nFailed:');
    for (const r of results.filter((x) => !x.ok)) console.log(`  - ${r.name}: ${r.msg.split('\n')[0]}`);
  }
  console.log(`\n(e2e time ${elapsed()})`);
  console.log(`e2e: ${passed} passed, ${failedN} failed`);
  process.exitCode = failedN || results.length === 0 ? 1 : 0;
}

let server;
let browser;
async function cleanup() {
  try {
    await browser?.close();
  } catch {
    /* already closed */
  }
  try {
    await server?.stop();
  } catch {
    /* already stopped */
  }
}
for (const sig of ['SIGINT', 'SIGTERM']) {
  process.on(sig, async () => {
    await cleanup();
    process.exit(130);
  });
}

async function main() {
  console.log(`[e2e] Seed Reader ${pkg.version}: end-to-end tests in code-server`);
  const missing = missingPackages();
  if (missing.length) {
    failed('system packages for the end-to-end tests are installed', `missing: ${missing.join(' ')} (run: sudo node scripts/system-deps.mjs --install)`);
    return;
  }

  // 1. Build and package the real artifact.
  {
    console.log(`[e2e] building and packaging ${VSIX.slice(ROOT.length + 1)}…`);
    const ok = await check('the extension builds and packages into a .vsix', async () => {
      const b = run(process.execPath, ['esbuild.mjs', '--production']);
      if (b.status !== 0) throw new Error(`esbuild failed:\n${b.out.slice(-2000)}`);
      rmSync(VSIX, { force: true });
      const vsce = join(ROOT, 'node_modules', '@vscode', 'vsce', 'vsce');
      // The README links to files in the repository (schema, screenshots): vsce needs a base URL to
      // rewrite relative links; take it from package.json's repository, as `npm run package` does.
      const repo = String(pkg.repository?.url ?? pkg.repository ?? 'https://example.invalid/seed-reader').replace(/\.git$/, '');
      const p = run(process.execPath, [
        vsce, 'package', '--no-dependencies', '--allow-missing-repository',
        '--baseContentUrl', `${repo}/blob/main`, '--baseImagesUrl', `${repo}/raw/main`, '-o', VSIX,
      ]);
      if (p.status !== 0 || !existsSync(VSIX)) throw new Error(`vsce package failed:\n${p.out.slice(-2000)}`);
    });
    if (!ok) return;
  }
  // The extension-host suite is compiled by tsc (type errors in other files do not stop emitting).
  const tsc = run(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.test.json']);
  if (tsc.status !== 0) console.log(`[e2e] note: tsc reported errors (emitting anyway):\n${tsc.out.split('\n').slice(0, 10).join('\n')}`);

  // 2. code-server, once.
  const entry = await provisionCodeServer({ log: (m) => console.log(m) });

  // 3. A fresh profile and workspace for this run.
  rmSync(RUN_DIR, { recursive: true, force: true });
  rmSync(RESULTS_DIR, { recursive: true, force: true });
  mkdirSync(RESULTS_DIR, { recursive: true });
  const profile = makeProfile(join(RUN_DIR, 'profile'), {
    'workbench.colorTheme': 'Default Dark Modern',
    'outline.collapseItems': 'alwaysExpand',
    'git.enabled': false,
    'editor.hover.delay': 300,
    'editor.hover.sticky': true,
    'files.simpleDialog.enable': true,
    'workbench.editor.enablePreview': false,
    'notifications.showExtensionsNotifications': false,
    'explorer.autoReveal': false,
    'workbench.tree.enableStickyScroll': false,
  });
  const workspace = join(RUN_DIR, 'workspace');
  const fixtures = writeWorkspace(workspace);

  await check(`code-server --install-extension installs ${VSIX.slice(ROOT.length + 1)}`, async () => {
    installExtension(entry, profile, VSIX);
    const list = listExtensions(entry, profile);
    if (!list.includes(`${EXT_ID}@${pkg.version}`)) throw new Error(`--list-extensions shows: ${list.join(', ') || '(nothing)'}`);
    const dir = readdirSync(profile.extensionsDir).find((d) => d.startsWith(`${EXT_ID}-`));
    for (const f of ['package.json', 'dist/extension.js', 'syntaxes/seed.tmLanguage.json']) {
      if (!dir || !existsSync(join(profile.extensionsDir, dir, f))) throw new Error(`installed extension lacks ${f}`);
    }
    if (existsSync(join(profile.extensionsDir, dir, 'src'))) throw new Error('the .vsix ships src/ (check .vscodeignore)');
  });
  const installedDir = readdirSync(profile.extensionsDir).find((d) => d.startsWith(`${EXT_ID}-`));

  // 4. One code-server and one browser for every scenario.
  server = await startCodeServer(entry, profile, {});
  const { chromium } = await import('playwright-core');
  browser = await chromium.launch({
    executablePath: findBrowser(),
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });

  const ctx = { browser, server, workspace, fixtures, resultsDir: RESULTS_DIR, docsDir: updateScreenshots ? join(ROOT, 'docs') : RESULTS_DIR, root: ROOT, remoteUri, workbenchUrl, check, passed, failed };

  if (!only || only === 'reader') {
    console.log(`[e2e] reader scenarios (${elapsed()})`);
    const { readerChecks } = await import('../test/e2e/reader.checks.mjs');
    await readerChecks(ctx);
  }

  if (!only || only === 'suite') {
    console.log(`[e2e] extension-host test suite (${elapsed()})`);
    const { runExtensionHostSuite } = await import('../test/e2e/suite.runner.mjs');
    await runExtensionHostSuite({ ...ctx, extensionDir: installedDir ? join(profile.extensionsDir, installedDir) : undefined });
  }

  if (!only || only === 'start') {
    // Last: `npm start` rebuilds dist/ (development build) and runs a code-server of its own.
    console.log(`[e2e] npm start (${elapsed()})`);
    const { startChecks } = await import('../test/e2e/start.checks.mjs');
    await startChecks(ctx);
  }
}

/** The workspace the reader opens: the sample seed, a second seed-looking .txt, and a plain .txt. */
function writeWorkspace(dir) {
  mkdirSync(dir, { recursive: true });
  const sampleName = '000_be6e4752cb109430.txt';
  copyFileSync(join(ROOT, 'seeds', sampleName), join(dir, sampleName));
  // A seed-looking .txt written for these tests (not the sample): header, then paragraphs with a quote.
  const otherSeed = 'council-vote.txt';
  writeFileSync(
    join(dir, otherSeed),
    [
      'City council approves new transit budget after long debate',
      '20240315',
      'https://news.example.org/2024/03/15/council-transit-budget',
      'The city council voted 7 to 2 on Thursday to approve a transit budget of $40 million for Springfield.',
      'This budget keeps buses running at night for the first time in a decade, Mayor Jane Doe said at a news conference.',
      'Critics, including council member Robert Lee, argued that the plan relied on optimistic fare projections.',
      '',
    ].join('\n'),
  );
  // Plain notes that mention people and quotes but have no seed header: must be left alone.
  const plain = 'notes.txt';
  writeFileSync(
    join(dir, plain),
    [
      'Meeting notes',
      'Call Jane Doe at the Springfield office on Monday.',
      'Robert Lee said the budget was too optimistic, according to the minutes.',
      '',
    ].join('\n'),
  );
  return { sample: sampleName, otherSeed, plain };
}

try {
  await main();
} catch (err) {
  failed('end-to-end harness runs', err instanceof Error ? err.stack ?? err.message : String(err));
} finally {
  await cleanup();
  finish();
}
