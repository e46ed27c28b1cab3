// The words of the Who said what page and of the export format picker are localised like the rest of the editor:
// the page gets them from the extension (vscode.l10n.t), its script fills in the numbers; the picker's names are the
// bundle's, not the CLI's English table.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as fake from './fakes/vscode';
import { ROOT } from './fakes/sample';
import { WSW_STRINGS, buildWhoSaidWhatHtml, type WswStrings } from '../../src/editor/corpus/whoSaidWhatHtml';
import { wswStrings } from '../../src/editor/corpus/whoSaidWhatPanel';
import { formatPickText } from '../../src/editor/commands/exportAnnotations';
import { EXPORT_FORMATS, FORMAT_INFO } from '../../src/export/common';

const BUNDLE: Record<string, unknown> = JSON.parse(readFileSync(join(ROOT, 'l10n/bundle.l10n.json'), 'utf8'));
const SCRIPT = readFileSync(join(ROOT, 'media/whoSaidWhat.js'), 'utf8');
const base = { nonce: 'n1', cspSource: 'vscode-resource:', scriptUri: 'vscode-resource:/media/whoSaidWhat.js', status: '', rows: [] };

describe('localised pages: Who said what', () => {
  beforeEach(() => fake.reset());

  it('in English the panel gives the page the English words, each of them a message of the bundle', () => {
    assert.deepEqual(wswStrings(), WSW_STRINGS);
    for (const m of fake.state.l10nMessages) assert.ok(m in BUNDLE, `"${m}" is in l10n/bundle.l10n.json`);
    assert.equal(fake.state.l10nMessages.size, Object.keys(WSW_STRINGS).length);
  });

  it('a translated bundle changes the page: headings, labels, columns, the data its script reads, and <html lang>', () => {
    fake.l10n.bundle = { 'Who said what': 'Qui a dit quoi', 'Speaker': 'Orateur', '{0} of {1} quotes': '{1} citations dont {0} affichées', 'Clear filters': 'Effacer <tout>' };
    let w: WswStrings;
    try {
      w = wswStrings();
    } finally {
      fake.l10n.bundle = undefined;
    }
    // The placeholders the page fills in survive the translation, in the translator's order.
    assert.equal(w.shown, '{1} citations dont {0} affichées');
    const html = buildWhoSaidWhatHtml({ ...base, strings: w, lang: 'fr' });
    assert.match(html, /<html lang="fr">/);
    assert.match(html, /<title>Qui a dit quoi<\/title>/);
    assert.match(html, /<h1>Qui a dit quoi<\/h1>/);
    assert.match(html, /<label>Orateur<input id="f-speaker"/);
    assert.match(html, /<th data-key="speaker" aria-sort="none"><button type="button">Orateur<\/button><\/th>/);
    assert.match(html, /<button type="button" id="f-clear">Effacer &lt;tout&gt;<\/button>/, 'a translation is escaped');
    assert.doesNotMatch(html, />Who said what</);
    const json = JSON.parse(/<script type="application\/json" id="wsw-data"[^>]*>([\s\S]*?)<\/script>/.exec(html)![1]);
    assert.equal(json.strings.shown, '{1} citations dont {0} affichées');
    assert.equal(json.strings.clear, 'Effacer <tout>');
  });

  it('without strings the page is in English, as before', () => {
    const html = buildWhoSaidWhatHtml(base);
    assert.match(html, /<html lang="en">/);
    assert.match(html, /<h1>Who said what<\/h1>/);
    assert.match(html, /<button type="button">Confidence<\/button>/);
  });

  it('the page\'s script writes no English of its own: every word comes through fmt(key, the English of WSW_STRINGS)', () => {
    const calls = [...SCRIPT.matchAll(/fmt\('(\w+)', '([^']*)'/g)];
    assert.ok(calls.length >= 7, `${calls.length} fmt calls`);
    for (const [, key, english] of calls) assert.equal(english, (WSW_STRINGS as Record<string, string>)[key], key);
    assert.doesNotMatch(SCRIPT, /textContent = ['`][A-Z]/, 'no English literal set as text');
    assert.doesNotMatch(SCRIPT, /\.title = ['`][A-Z]/, 'no English literal set as a title');
  });

  it('the script fills {0}, {1} in the translator\'s order and leaves an unknown one as it is', () => {
    const body = /const fmt = ([^;]+);/.exec(SCRIPT)![1];
    // eslint-disable-next-line @typescript-eslint/no-implied-eval
    const fmt = new Function('S', `return ${body};`)({ shown: '{1} citations dont {0} affichées' }) as (k: string, f: string, ...a: unknown[]) => string;
    assert.equal(fmt('shown', '{0} of {1} quotes', 3, 10), '10 citations dont 3 affichées');
    assert.equal(fmt('missing', '{0} of {1} quotes', 3, 10), '3 of 10 quotes');
    assert.equal(fmt('missing', 'x {2}', 1), 'x {2}');
  });
});

describe('localised pages: the export format picker', () => {
  beforeEach(() => fake.reset());

  it('names each format with a message of the bundle (English: the CLI\'s names)', () => {
    for (const f of EXPORT_FORMATS) {
      const p = formatPickText(f);
      assert.equal(p.label, FORMAT_INFO[f].label, f);
      assert.equal(p.detail, FORMAT_INFO[f].description, f);
    }
    for (const m of fake.state.l10nMessages) assert.ok(m in BUNDLE, `"${m}" is in l10n/bundle.l10n.json`);
    fake.l10n.bundle = { 'Markdown report': 'Rapport Markdown' };
    try {
      assert.equal(formatPickText('markdown').label, 'Rapport Markdown');
    } finally {
      fake.l10n.bundle = undefined;
    }
  });
});
