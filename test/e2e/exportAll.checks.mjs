// Export All Seeds as a reader runs it, on a workspace of its own (invented seeds, large enough that the export takes
// a while): the command from the palette, One file per seed, JSON, the output folder typed into the folder dialog;
// Cancel pressed in the progress notification once a few exports are on disk. Each seed is written as soon as it is
// analysed, so the seeds done before Cancel are there, and the summary says exactly how many seeds and files.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { closeQuickInput, quickInputState, runCommand, sleep, until, waitForWorkbench } from './workbench.mjs';

const SEEDS = 40;
const NAMES = ['Lena Quill', 'Tomas Dalworth', 'Ivo Wren', 'Lee Dorn', 'Mara Holt'];
const PLACES = ['Westport', 'Eastvale', 'Northbay', 'Southmere'];

/** An invented seed of about 120 KB: quotes, speakers, places. */
function seedText(k) {
  const lines = [`Harbour council meets again in ${PLACES[k % PLACES.length]} (${k})`, '20240601', `https://news.example/2024/06/01/harbour-${k}`];
  for (let i = 0; lines.join('\n').length < 120 * 1024; i++) {
    const who = NAMES[(i + k) % NAMES.length];
    const where = PLACES[(i * 3 + k) % PLACES.length];
    lines.push(`"We will keep the ${where} harbour open through the winter, and the ferries will run," ${who} said on Monday after meeting number ${i}.`);
    lines.push(`${who}, who chairs the council of ${where}, told reporters that the budget for the port would be ready by the end of the month.`);
  }
  return `${lines.join('\n')}\n`;
}

export function writeExportAllWorkspace(folder) {
  mkdirSync(join(folder, 'seeds'), { recursive: true });
  mkdirSync(join(folder, 'out'), { recursive: true });
  for (let k = 0; k < SEEDS; k++) writeFileSync(join(folder, 'seeds', `harbour-${String(k).padStart(2, '0')}.seed`), seedText(k));
}

/** The visible notification toasts' messages. */
async function toasts(page) {
  return page.evaluate(() => [...document.querySelectorAll('.notification-toast')].filter((t) => t.offsetParent !== null)
    .map((t) => (t.querySelector('.notification-list-item-message') ?? t).textContent?.replace(/\s+/g, ' ').trim() ?? ''));
}

export async function exportAllChecks(ctx) {
  const { browser, server, workspace, check, resultsDir } = ctx;
  const folder = join(workspace, '..', 'export-all');
  writeExportAllWorkspace(folder);
  const out = join(folder, 'out');
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  page.setDefaultTimeout(15000);
  const step = async (name, fn, timeout) => {
    const ok = await check(name, fn, timeout);
    if (!ok) await page.screenshot({ path: join(resultsDir, `failed-export-all-${name.replace(/[^a-z0-9]+/gi, '-').slice(0, 50)}.png`) }).catch(() => {});
    await closeQuickInput(page).catch(() => {});
    return ok;
  };
  const loaded = await step('export all: the workbench opens a workspace of 40 seeds', async () => {
    await page.goto(ctx.workbenchUrl(server.port, folder, []));
    await waitForWorkbench(page);
    await sleep(3000);
  });
  if (!loaded) return;

  await step('Export All Seeds, Cancel midway: the seeds done are written, and the summary counts them exactly', async () => {
    await runCommand(page, 'Seed Reader: Export All Seeds in Workspace...');
    const row = (text) => page.locator('.quick-input-widget .quick-input-list .monaco-list-row').filter({ hasText: text }).first();
    await row('One file per seed').waitFor({ state: 'visible' });
    await row('One file per seed').click();
    await row('JSON (seed-reader/1)').waitFor({ state: 'visible' });
    await row('JSON (seed-reader/1)').click();
    // The folder dialog (files.simpleDialog.enable): type the folder, accept.
    await until('the folder dialog', async () => (await quickInputState(page)).value.startsWith('/'), 10000);
    const input = page.locator('.quick-input-widget input.input');
    await input.fill(`${out}/`);
    await sleep(500);
    for (let i = 0; i < 4 && (await quickInputState(page)).visible; i++) {
      const ok = page.locator('.quick-input-widget .monaco-button').filter({ hasText: 'Export Here' }).first();
      if (await ok.isVisible().catch(() => false)) await ok.click();
      else await page.keyboard.press('Enter');
      await sleep(700);
    }
    const written = () => readdirSync(out).filter((n) => n.endsWith('.seed.json'));
    await until('two exports on disk while the export runs', () => written().length >= 2, 60000, 100);
    const cancel = page.locator('.notification-toast').filter({ hasText: 'exporting seeds' }).locator('.monaco-button').filter({ hasText: 'Cancel' }).first();
    await cancel.click();
    const atCancel = written().length;
    const summary = await until('the summary of a cancelled export', async () => (await toasts(page)).find((t) => /export cancelled after/.test(t)), 60000);
    const m = /export cancelled after (\d+) seed file\(s\); (\d+) file\(s\) written/.exec(summary);
    if (!m) throw new Error(`the summary says: ${summary}`);
    const files = written();
    console.log(`      ${atCancel} exports on disk at Cancel, ${files.length} after; summary: ${summary.slice(0, 160)}`);
    if (Number(m[1]) !== files.length || Number(m[2]) !== files.length) throw new Error(`${files.length} files on disk, the summary says ${m[1]} seeds and ${m[2]} files`);
    if (files.length >= SEEDS) throw new Error('every seed was exported: Cancel did not stop the export');
    if (files.length > atCancel + 1) throw new Error(`${files.length - atCancel} seeds written after Cancel (at most the current one)`);
    if (readdirSync(out).some((n) => n.endsWith('.tmp'))) throw new Error('a temporary file was left');
    for (const f of files) {
      const doc = JSON.parse(readFileSync(join(out, f), 'utf8'));
      if (doc.schema !== 'seed-reader/1' || !doc.quotes?.length) throw new Error(`${f} is not a complete export`);
    }
    if (!existsSync(join(out, 'harbour-00.seed.json'))) throw new Error('the first seed (in path order) was not written');
  }, 180000);

  await page.close().catch(() => {});
}
