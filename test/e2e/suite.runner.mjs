// Runs the in-extension-host mocha suite (out/test/suite/index.js) inside code-server, the way
// @vscode/test-electron runs it in a desktop VS Code: the workbench gets `extensionDevelopmentPath`
// and `extensionTestsPath` in its payload, and reports the mocha output and exit code through the
// `codeAutomationLog` / `codeAutomationExit` hooks. Each mocha test is counted as one e2e check.
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { format } from 'node:util';

export async function runExtensionHostSuite(ctx) {
  const { browser, server, workspace, root, remoteUri, workbenchUrl, failed, resultsDir } = ctx;
  const index = join(root, 'out', 'test', 'suite', 'index.js');
  if (!existsSync(index)) {
    failed('extension-host suite', `${index} is missing (npx tsc -p tsconfig.test.json did not emit it)`);
    return;
  }
  // Development path = the extension as installed from the .vsix, so the suite tests the packaged artifact.
  const devPath = ctx.extensionDir ?? root;
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const lines = [];
  let resolveExit;
  const exited = new Promise((r) => (resolveExit = r));
  await page.exposeFunction('codeAutomationLog', (type, args) => {
    // The extension host forwards console.log's arguments: apply its format string (%s, %d) like Node does.
    const text = format(...(Array.isArray(args) ? args : [args]));
    for (const l of text.split('\n')) lines.push(l);
    if (process.env.SEED_READER_E2E_VERBOSE) console.log(`    [ext host ${type}] ${text}`);
  });
  await page.exposeFunction('codeAutomationExit', (code) => resolveExit(code));
  const url = workbenchUrl(server.port, workspace, [
    ['extensionDevelopmentPath', remoteUri(server.port, devPath)],
    ['extensionTestsPath', remoteUri(server.port, index.replace(/\.js$/, ''))],
  ]);
  let code;
  try {
    await page.goto(url);
    let timer;
    code = await Promise.race([exited, new Promise((r) => (timer = setTimeout(() => r('timeout after 300 s'), 300_000)))]);
    clearTimeout(timer);
  } catch (err) {
    code = `error: ${err instanceof Error ? err.message : String(err)}`;
  }
  writeFileSync(join(resultsDir, 'suite.log'), lines.join('\n'));
  await page.close().catch(() => {});

  // Per-test results from mocha's spec reporter (only the listing, before the summary).
  const summaryAt = lines.findIndex((l) => /^\s*\d+ passing\b/.test(l));
  const listing = summaryAt >= 0 ? lines.slice(0, summaryAt) : lines;
  let suiteTitle = '';
  let passed = 0;
  let failures = 0;
  for (const l of listing) {
    const pass = /^\s+[✔✓] (.+?)(?: \(\d+ms\))?$/.exec(l);
    const fail = /^\s+\d+\) (.+)$/.exec(l);
    if (pass) {
      passed++;
      ctx.passed(`ext host: ${suiteTitle ? `${suiteTitle} › ` : ''}${pass[1]}`);
    } else if (fail) {
      failures++;
      const name = `ext host: ${suiteTitle ? `${suiteTitle} › ` : ''}${fail[1]}`;
      const detail = errorDetail(lines, summaryAt, fail[1]);
      failed(name, detail || 'failed (see test-results/e2e/suite.log)');
    } else if (/^\s{2}\S/.test(l) && !/^\s{4}/.test(l)) {
      suiteTitle = l.trim();
    }
  }
  const summary = (re) => {
    const m = lines.map((l) => re.exec(l)).find(Boolean);
    return m ? Number(m[1]) : 0;
  };
  const pending = summary(/^\s*(\d+) pending\b/);
  if (pending) failed('ext host: no pending (skipped) tests', `${pending} test(s) pending — a skipped test is not a pass`);
  const sumPassing = summary(/^\s*(\d+) passing\b/);
  const sumFailing = summary(/^\s*(\d+) failing\b/);
  if (summaryAt < 0 || sumPassing !== passed || sumFailing !== failures) {
    failed('ext host: suite ran to completion and reported its results', `exit ${code}; parsed ${passed} passing / ${failures} failing, summary says ${sumPassing} / ${sumFailing}; see test-results/e2e/suite.log\n${lines.slice(-15).join('\n')}`);
  } else if (code !== 0 && failures === 0) {
    failed('ext host: suite exits with code 0', `exit code ${code}; see test-results/e2e/suite.log`);
  }
}

/** The error message mocha printed for the failing test `title` (after the summary). */
function errorDetail(lines, summaryAt, title) {
  if (summaryAt < 0) return '';
  const i = lines.findIndex((l, k) => k > summaryAt && l.includes(title));
  if (i < 0) return '';
  return lines
    .slice(i + 1, i + 8)
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('at '))
    .slice(0, 4)
    .join(' | ');
}
