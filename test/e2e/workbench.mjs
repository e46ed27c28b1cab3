// Small helpers that drive the VS Code workbench (code-server in headless Chromium) the way a reader
// does: keyboard, command palette, mouse. They read what is on screen, not extension internals.

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Polls `probe` (async) until truthy; throws `what` after `timeout` ms. */
export async function until(what, probe, timeout = 15000, interval = 200) {
  const end = Date.now() + timeout;
  let last;
  for (;;) {
    try {
      const v = await probe();
      if (v) return v;
      last = v;
    } catch (err) {
      last = err;
    }
    if (Date.now() > end) {
      throw new Error(`timed out waiting for ${what}${last instanceof Error ? ` (${last.message.split('\n')[0]})` : ''}`);
    }
    await sleep(interval);
  }
}

/** Waits for the workbench and the first editor to be ready. */
export async function waitForWorkbench(page) {
  await page.waitForSelector('.monaco-workbench', { timeout: 60000 });
  await page.waitForSelector('.statusbar', { timeout: 60000 });
}

export async function statusBarText(page, id) {
  return page.evaluate((id) => document.getElementById(id)?.textContent?.trim() ?? '', id);
}

/** The language shown in the status bar for the active editor (e.g. "Seed article", "Plain Text"). */
export const editorLanguage = (page) => statusBarText(page, 'status.editor.mode');

/** 1-based cursor line from the status bar "Ln X, Col Y". */
export async function cursorLine(page) {
  const t = await statusBarText(page, 'status.editor.selection');
  const m = /Ln (\d+)/.exec(t);
  return m ? Number(m[1]) : undefined;
}

export async function activeTabTitle(page) {
  return page.evaluate(() => document.querySelector('.editor-group-container.active .tabs-container .tab.active .label-name')?.textContent?.trim() ?? '');
}

export async function closeQuickInput(page) {
  if (await page.locator('.quick-input-widget').isVisible()) await page.keyboard.press('Escape');
}

/** Focuses the active editor's text. */
export async function focusEditor(page) {
  await closeQuickInput(page);
  await page.keyboard.press('Escape');
  await runCommand(page, 'View: Focus Active Editor Group');
}

/**
 * Runs a command from the palette by its full title ("Seed Reader: Toggle Highlights").
 * Picks the row whose label equals the title, so that a fuzzy neighbour is never run instead.
 */
export async function runCommand(page, title) {
  await closeQuickInput(page);
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input.input');
  await input.waitFor({ state: 'visible', timeout: 10000 });
  await input.fill(`>${title}`);
  const row = await until(`the command "${title}" in the palette`, async () => {
    const rows = page.locator('.quick-input-widget .quick-input-list .monaco-list-row');
    const n = await rows.count();
    for (let i = 0; i < n; i++) {
      const label = (await rows.nth(i).locator('.label-name').first().textContent().catch(() => ''))?.trim() ?? '';
      if (label === title) return rows.nth(i);
    }
    return undefined;
  }, 10000);
  await row.click();
}

/** Current quick-input state: visible?, input value, placeholder/title, row labels. */
export async function quickInputState(page) {
  return page.evaluate(() => {
    const w = document.querySelector('.quick-input-widget');
    const visible = !!w && w.style.display !== 'none' && w.offsetParent !== null;
    const input = w?.querySelector('input.input');
    const rows = [...(w?.querySelectorAll('.quick-input-list .monaco-list-row') ?? [])].map((r) => r.textContent?.trim() ?? '');
    return {
      visible,
      value: input?.value ?? '',
      placeholder: input?.getAttribute('placeholder') ?? '',
      title: w?.querySelector('.quick-input-title')?.textContent?.trim() ?? '',
      rows,
    };
  });
}

/** Opens a workspace file by name through Quick Open (Ctrl+P). */
export async function quickOpen(page, fileName) {
  await closeQuickInput(page);
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input.input');
  await input.waitFor({ state: 'visible', timeout: 10000 });
  await input.fill(fileName);
  await until(`${fileName} in Quick Open`, async () => {
    const labels = await page.locator('.quick-input-widget .quick-input-list .monaco-list-row .label-name').allTextContents();
    return labels.some((l) => l.trim() === fileName);
  }, 15000);
  await page.keyboard.press('Enter');
  await until(`${fileName} to become the active editor`, async () => (await activeTabTitle(page)) === fileName, 10000);
}

/**
 * Census of Seed Reader decorations in the visible part of the active editor, by kind, found by the
 * theme colour each kind is drawn with (the colours package.json contributes), so the check does not
 * depend on how the extension names its decoration types. Text-style decorations render as
 * `span[class*="ced-"]` in `.view-lines`; background-only ones as `div[class*="ced-"]` in `.view-overlays`.
 * @returns {Promise<{items: {key: string, kind: string}[], total: number}>}
 */
export async function decorationCensus(page) {
  return page.evaluate(() => {
    const editor = document.querySelector('.editor-group-container.active .monaco-editor') ?? document.querySelector('.monaco-editor');
    if (!editor) return { items: [], total: 0 };
    const wb = document.querySelector('.monaco-workbench');
    const probe = document.createElement('div');
    wb.appendChild(probe);
    const resolve = (prop, cssVar) => {
      probe.style.cssText = '';
      probe.style[prop] = `var(${cssVar})`;
      return getComputedStyle(probe)[prop];
    };
    const fg = {
      speaker: resolve('color', '--vscode-seedReader-speakerForeground'),
      person: resolve('color', '--vscode-seedReader-personForeground'),
      organization: resolve('color', '--vscode-seedReader-organizationForeground'),
      place: resolve('color', '--vscode-seedReader-placeForeground'),
      date: resolve('color', '--vscode-seedReader-dateForeground'),
      cue: resolve('color', '--vscode-seedReader-cueForeground'),
      other: resolve('color', '--vscode-seedReader-otherEntityForeground'),
    };
    const bg = {
      quote: resolve('backgroundColor', '--vscode-seedReader-quoteBackground'),
      speaker: resolve('backgroundColor', '--vscode-seedReader-speakerBackground'),
    };
    probe.remove();
    const transparent = (c) => !c || c === 'rgba(0, 0, 0, 0)' || c === 'transparent';
    const items = [];
    const lineTop = (el) => el.closest('.view-line')?.style.top ?? '';
    for (const s of editor.querySelectorAll('.view-lines span[class*="ced-"]')) {
      const cs = getComputedStyle(s);
      let kind = Object.keys(fg).find((k) => !transparent(fg[k]) && fg[k] === cs.color);
      if (!kind && !transparent(bg.speaker) && cs.backgroundColor === bg.speaker) kind = 'speaker';
      // Quote text keeps the editor's colour and is set in italics.
      if (!kind && cs.fontStyle === 'italic') kind = 'quote-text';
      items.push({ key: `t|${lineTop(s)}|${s.offsetLeft}|${s.textContent}`, kind: kind ?? 'unknown', text: s.textContent });
    }
    for (const o of editor.querySelectorAll('.view-overlays div[class*="ced-"]')) {
      const cs = getComputedStyle(o);
      const row = o.parentElement;
      let kind = 'overlay';
      if (!transparent(bg.quote) && cs.backgroundColor === bg.quote) kind = 'quote';
      else if (!transparent(bg.speaker) && cs.backgroundColor === bg.speaker) kind = 'speaker-background';
      items.push({ key: `o|${row?.style.top ?? ''}|${o.style.left}|${o.style.width}|${kind}`, kind, text: '' });
    }
    return { items, total: items.length };
  });
}

/** Counts by kind over the whole document: scrolls the active editor from top to bottom, merging what it sees. */
export async function fullDecorationCensus(page) {
  const box = await page.locator('.editor-group-container.active .monaco-editor').first().boundingBox();
  const seen = new Map();
  const scrollPos = () =>
    page.evaluate(() => document.querySelector('.editor-group-container.active .monaco-editor .lines-content')?.style.top ?? '');
  await page.keyboard.press('Control+Home');
  await sleep(200);
  let pages = 0;
  for (let i = 0; i < 80; i++) {
    pages++;
    const c = await decorationCensus(page);
    for (const it of c.items) if (!seen.has(it.key)) seen.set(it.key, it);
    const before = await scrollPos();
    if (!box) break;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, Math.max(200, box.height * 0.7));
    await sleep(200);
    if ((await scrollPos()) === before) break;
  }
  await page.keyboard.press('Control+Home');
  const counts = {};
  for (const it of seen.values()) counts[it.kind] = (counts[it.kind] ?? 0) + 1;
  return { counts, items: [...seen.values()], pages };
}
