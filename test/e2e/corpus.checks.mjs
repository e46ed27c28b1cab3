// The workspace corpus, as a reader sees it: the Corpus view (an actor quoted in two articles), Who said what
// (filtered by that speaker) and the click through to the quote in its article. Runs after the reader checks, in a
// page of its own, on the same workspace plus three small seeds written here (invented text).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { activeTabTitle, closeQuickInput, cursorLine, runCommand, sleep, until, waitForWorkbench } from './workbench.mjs';

const DIR = 'corpus';
const ACTOR = 'Ilse Varga';
const FIXTURES = {
  'harbour-plan.seed': [
    'Harbour plan wins approval in Westport',
    '20240510',
    'https://www.westport-gazette.example/2024/05/10/harbour-plan',
    'The Westport council approved the harbour plan on Friday after a long debate.',
    'Mayor Ilse Varga said the vote was a turning point. "This harbour will bring back the jobs we lost," Varga told reporters after the meeting.',
    '"We listened to every fisherman in this town," Varga said.',
    'Council member Tomas Reed voted against the plan.',
  ],
  'ferry-strike.seed': [
    'Ferry workers end strike in Westport',
    '20240512',
    'https://news.coastline.example/2024/05/12/ferry-strike-ends',
    'Ferry workers in Westport ended their strike on Sunday after a new agreement.',
    '"The ferries will run again on Monday morning," Mayor Ilse Varga said at a news conference.',
    'Union leader Petra Holm said the deal was fair. "Our members voted for it by a large margin," Holm said.',
  ],
  // A seed by its header (a .txt).
  'budget-review.txt': [
    'Westport budget review delayed again',
    '20240514',
    'https://www.westport-gazette.example/2024/05/14/budget-review',
    'The budget review in Westport was delayed for a second week on Tuesday.',
    '"We need more time to check the numbers," Finance director Omar Lindqvist said.',
  ],
};

export function writeCorpusFixtures(workspace) {
  mkdirSync(join(workspace, DIR), { recursive: true });
  for (const [name, lines] of Object.entries(FIXTURES)) writeFileSync(join(workspace, DIR, name), [...lines, ''].join('\n'));
}

/** Rows of the pane with this header (visible ones), as text and level. */
async function paneRows(page, header) {
  return page.evaluate((header) => {
    const pane = [...document.querySelectorAll('.pane')].find((p) => p.offsetParent !== null && p.querySelector('.pane-header')?.textContent?.includes(header));
    if (!pane) return [];
    return [...pane.querySelectorAll('.monaco-list-row')].map((r) => ({
      level: Number(r.getAttribute('aria-level') ?? '1'),
      text: (r.textContent ?? '').replace(/\s+/g, ' ').trim(),
      expanded: r.getAttribute('aria-expanded'),
    }));
  }, header);
}

/** The frame of the Who said what page (inside the webview's iframes). */
async function wswFrame(page) {
  return until('the Who said what page', async () => {
    for (const f of page.frames()) {
      if (await f.locator('#f-speaker').count().catch(() => 0)) return f;
    }
    return undefined;
  }, 30000);
}

export async function corpusChecks(ctx) {
  const { browser, server, workspace, check, resultsDir } = ctx;
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  page.setDefaultTimeout(15000);
  page.on('pageerror', (e) => console.log(`      [page error] ${e.message}`));
  const step = async (name, fn, timeout) => {
    const ok = await check(name, fn, timeout);
    if (!ok) await page.screenshot({ path: join(resultsDir, `failed-corpus-${name.replace(/[^a-z0-9]+/gi, '-').slice(0, 50)}.png`) }).catch(() => {});
    await closeQuickInput(page).catch(() => {});
    return ok;
  };
  const loaded = await step('corpus: the workbench opens the workspace of several seeds', async () => {
    await page.goto(ctx.workbenchUrl(server.port, workspace, []));
    await waitForWorkbench(page);
    await sleep(3000);
  });
  if (!loaded) return;

  let rows = [];
  await step(`the Corpus view indexes the workspace and lists ${ACTOR} with 3 quotes across 2 articles`, async () => {
    await runCommand(page, 'Seed Reader: Focus on Corpus View');
    const pane = page.locator('.pane').filter({ has: page.locator('.pane-header', { hasText: 'Corpus' }) }).first();
    await pane.waitFor({ state: 'visible' });
    rows = await until(`${ACTOR} in the Corpus view`, async () => {
      const r = await paneRows(page, 'Corpus');
      return r.some((x) => x.text.startsWith(ACTOR)) ? r : undefined;
    }, 90000);
    const row = rows.find((x) => x.text.startsWith(ACTOR));
    if (!/3 quotes · 2 articles/.test(row.text)) throw new Error(`the row says "${row.text}"`);
    if (!rows.some((x) => /^Actors by quotes/.test(x.text)) || !rows.some((x) => /^Articles by date/.test(x.text))) {
      throw new Error(`roots missing: ${rows.map((x) => x.text).join(' | ')}`);
    }
    // The view's message counts the articles and the skipped files (a plain .txt, a .txt without a URL on line 3).
    const message = await until('the view\'s message to count articles and skipped files', async () => {
      const t = await page.evaluate(() => {
        const p = [...document.querySelectorAll('.pane')].find((x) => x.offsetParent !== null && x.querySelector('.pane-header')?.textContent?.includes('Corpus'));
        return [...(p?.querySelectorAll('.pane-body *') ?? [])].filter((e) => !e.closest('.monaco-list') && e.children.length === 0).map((e) => e.textContent?.trim() ?? '').find((x) => /\d+ articles?\b/.test(x)) ?? '';
      });
      return /^\d+ articles? · skipped: .*not a seed/.test(t) ? t : undefined;
    }, 60000);
    console.log(`      view message: ${message}`);
    // Expand the actor: its two articles, date · headline.
    // A click that lands while the tree redraws its rows can be lost (the row under the mouse is replaced between
    // mouse down and up): a row still collapsed a few seconds later is clicked again, as a reader would; at most 4.
    const actorRow = () => pane.locator('.monaco-list-row').filter({ hasText: ACTOR }).first();
    await actorRow().click();
    let clicks = 1;
    let clickedAt = Date.now();
    const arts = await until('the actor\'s articles', async () => {
      const r = await paneRows(page, 'Corpus');
      const i = r.findIndex((x) => x.text.startsWith(ACTOR));
      if (i < 0) return undefined;
      const kids = [];
      for (let k = i + 1; k < r.length && r[k].level > r[i].level; k++) kids.push(r[k].text);
      if (kids.length >= 2) return kids;
      if (r[i].expanded === 'false' && clicks < 4 && Date.now() - clickedAt > 4000) {
        await actorRow().click();
        clicks++;
        clickedAt = Date.now();
      }
      return undefined;
    }, 30000);
    if (clicks > 1) console.log(`      the actor's row needed ${clicks} clicks to expand`);
    if (!arts.some((t) => /^2024-05-10 · Harbour plan wins approval/.test(t)) || !arts.some((t) => /^2024-05-12 · Ferry workers end strike/.test(t))) {
      throw new Error(`articles under ${ACTOR}: ${arts.join(' | ')}`);
    }
    await page.screenshot({ path: join(resultsDir, 'corpus-view.png') }).catch(() => {});
  }, 150000);

  await step(`Who said what, filtered by ${ACTOR}, shows only her quotes; clicking one opens the article at the quote`, async () => {
    await runCommand(page, 'Seed Reader: Who Said What');
    await until('a "Who said what" tab', async () => (await page.locator('.tabs-container .tab').filter({ hasText: 'Who said what' }).count()) > 0, 15000);
    const frame = await wswFrame(page);
    await until('rows in the table', async () => (await frame.locator('#quotes tbody tr').count()) >= 4, 20000);
    const all = await frame.locator('#quotes tbody tr').count();
    await frame.locator('#f-speaker').fill('Varga');
    const texts = await until('only her rows', async () => {
      const t = await frame.locator('#quotes tbody tr').allTextContents();
      return t.length === 3 && t.every((x) => x.includes(ACTOR)) ? t : undefined;
    }, 10000);
    if (all <= 3) throw new Error(`the unfiltered table has ${all} rows`);
    const svgBars = await frame.locator('#timeline svg rect.bar').count();
    if (svgBars !== 2) throw new Error(`timeline bars for her two days: ${svgBars}`);
    console.log(`      ${all} rows; filtered: ${texts.length}`);
    await page.screenshot({ path: join(resultsDir, 'who-said-what.png') }).catch(() => {});
    // Click the ferry quote: the editor opens ferry-strike.seed with the cursor on the quote's line.
    await frame.locator('#quotes tbody button.open', { hasText: 'The ferries will run again' }).first().click();
    await until('ferry-strike.seed as the active editor', async () => (await activeTabTitle(page)) === 'ferry-strike.seed', 15000);
    const want = FIXTURES['ferry-strike.seed'].findIndex((l) => l.includes('The ferries will run again')) + 1;
    await until(`the cursor on line ${want}`, async () => (await cursorLine(page)) === want, 10000);
    const sel = await page.evaluate(() => document.querySelector('.editor-group-container.active .selected-text') !== null);
    if (!sel) throw new Error('the quote is not selected');
  }, 90000);

  await step('Who said what keeps its filter across hide and show (the page is not retained, its state is)', async () => {
    // Opening the quote hid the panel (same editor group); show it again.
    await page.locator('.tabs-container .tab').filter({ hasText: 'Who said what' }).first().click();
    const frame = await wswFrame(page);
    await until('the speaker filter restored', async () => (await frame.locator('#f-speaker').inputValue()) === 'Varga', 15000);
    await until('only her rows again', async () => {
      const t = await frame.locator('#quotes tbody tr').allTextContents();
      return t.length === 3 && t.every((x) => x.includes(ACTOR));
    }, 10000);
    // Sorting from the keyboard: focus the Quote header's button, Enter sorts by quote text.
    await frame.locator('th[data-key="quote"] button').focus();
    await page.keyboard.press('Enter');
    await until('sorted by quote', async () => (await frame.locator('th[data-key="quote"]').getAttribute('aria-sort')) === 'ascending', 5000);
    const quotes = (await frame.locator('#quotes tbody button.open').allTextContents()).map((t) => t.replace(/^“/, ''));
    const sorted = [...quotes].sort((a, b) => a.localeCompare(b));
    if (quotes.join('|') !== sorted.join('|')) throw new Error(`not sorted: ${quotes.join(' | ')}`);
  });

  await step('Find Quotes by Speaker: pick the speaker, then a quote; the article opens at it', async () => {
    // A quick pick closes when focus moves (the Who said what page shown just before may take focus as it loads, on
    // a slow machine after the pick opened): a pick that is not visible a few seconds after the command is opened
    // again, at most three times in all (logged).
    const input = page.locator('.quick-input-widget input.input');
    let opened = 0;
    for (;;) {
      await runCommand(page, 'Seed Reader: Find Quotes by Speaker...');
      opened++;
      const shown = await until('the speaker pick', async () => (await input.isVisible()) && (await input.getAttribute('placeholder')) === 'Speaker', 5000).catch(() => false);
      if (shown) break;
      if (opened >= 3) throw new Error('the speaker pick did not stay open (3 tries)');
    }
    if (opened > 1) console.log(`      the speaker pick was opened ${opened} times (focus moved away)`);
    await input.fill(ACTOR);
    await until(`${ACTOR} in the pick`, async () => (await page.locator('.quick-input-widget .monaco-list-row').filter({ hasText: ACTOR }).count()) > 0, 15000);
    await page.keyboard.press('Enter');
    await until('her quotes in the second pick', async () => (await page.locator('.quick-input-widget .monaco-list-row').filter({ hasText: 'fisherman' }).count()) > 0, 10000);
    await input.fill('fisherman');
    await sleep(300);
    await page.keyboard.press('Enter');
    await until('harbour-plan.seed as the active editor', async () => (await activeTabTitle(page)) === 'harbour-plan.seed', 15000);
    const want = FIXTURES['harbour-plan.seed'].findIndex((l) => l.includes('fisherman')) + 1;
    await until(`the cursor on line ${want}`, async () => (await cursorLine(page)) === want, 10000);
  });

  await page.close().catch(() => {});
}
