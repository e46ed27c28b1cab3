// `npm start` as a new reader meets it: scripts/start.mjs (forced onto code-server) prints a URL; opening it
// shows the sample seed in an editor tab as a Seed article, with auto-save off in start's own profile.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CACHE_DIR, freePort } from '../../scripts/code-server.mjs';
import { activeTabTitle, editorLanguage, until, waitForWorkbench } from './workbench.mjs';

const SAMPLE = '000_be6e4752cb109430.txt';

export async function startChecks({ browser, root, resultsDir, check }) {
  const port = await freePort();
  // Detached: its own process group, so that code-server under it stops with it.
  const child = spawn(process.execPath, [join(root, 'scripts', 'start.mjs'), '--code-server', '--port', String(port)], {
    cwd: root, env: { ...process.env, INIT_CWD: root }, detached: true, stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.on('data', (d) => { out += d; });
  child.stderr.on('data', (d) => { out += d; });
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  try {
    await check('npm start opens the sample seed in an editor tab, as a Seed article, with auto-save off', async () => {
      const url = await until('npm start to print the URL', () => /^\s+(http:\/\/127\.0\.0\.1:\d+\/\S+)\s*$/m.exec(out)?.[1], 180_000, 250)
        .catch((err) => { throw new Error(`${err.message}\n${out.slice(-1500)}`); });
      await page.goto(url);
      await waitForWorkbench(page);
      await until(`the active tab to be ${SAMPLE}`, async () => (await activeTabTitle(page)) === SAMPLE, 60_000);
      await until('the editor language to be Seed article', async () => (await editorLanguage(page)) === 'Seed article', 60_000);
      // The development build of this checkout is loaded and has analysed the seed: its status bar item counts quotes.
      await until('a Seed Reader status bar item counting quotes', async () => page.evaluate(() =>
        [...document.querySelectorAll('.statusbar-item')].map((e) => e.textContent?.trim() ?? '').some((t) => /\b\d+ actors?\b.*\b[1-9]\d* quotes?\b/.test(t))), 60_000);
      const settings = JSON.parse(readFileSync(join(CACHE_DIR, 'profile-start', 'user-data', 'User', 'settings.json'), 'utf8'));
      if (settings['files.autoSave'] !== 'off') throw new Error(`files.autoSave in npm start's profile is ${JSON.stringify(settings['files.autoSave'])}`);
    }, 240_000);
  } finally {
    try { await page.screenshot({ path: join(resultsDir, 'npm-start.png') }); } catch { /* page gone */ }
    await page.close().catch(() => undefined);
    try { process.kill(-child.pid, 'SIGTERM'); } catch { /* already ended */ }
    await new Promise((r) => { if (child.exitCode !== null) r(); else { child.once('exit', r); setTimeout(r, 10_000); } });
    try { process.kill(-child.pid, 'SIGKILL'); } catch { /* ended */ }
  }
}
