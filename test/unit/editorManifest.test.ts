// The manifest and the editor's conventions (issue 14): every user-facing string of package.json is a `%key%` of
// package.nls.json; every setting has a scope and the default of config.ts; every contributed command is registered
// by the code and every id of ids.ts is contributed; the when-clauses name only views and context keys that exist;
// every `vscode.l10n.t` message is in l10n/bundle.l10n.json, which is what `@vscode/l10n-dev export` makes of src/.
import * as assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import * as fake from './fakes/vscode';
import { ROOT, SAMPLE } from './fakes/sample';
import { DEFAULTS, affects, highlightSettings, setting, settingId, speakerConfidenceThreshold, type SettingKey } from '../../src/editor/config';
import { CMD, CONTEXT, ITEM, VIEW } from '../../src/editor/ids';
import { analyze } from '../../src/engine';
import { hoverCard } from '../../src/editor/hover';
import { buildActorTree } from '../../src/editor/actorsTree';
import { statusText, statusTooltip } from '../../src/editor/statusBar';
import { legendHtml } from '../../src/editor/legend';
import { symbolTree } from '../../src/editor/symbols';
import { correctionActions } from '../../src/editor/corrections/codeActions';
import { correctionItems } from '../../src/editor/corrections/pickers';
import { actorPickItems } from '../../src/editor/commands/goToActor';
import { count, groupLabel, typeLabel } from '../../src/editor/text';
import { FORMAT_INFO, type ExportFormat } from '../../src/export/common';

const read = (p: string) => JSON.parse(readFileSync(join(ROOT, p), 'utf8'));
const PKG = read('package.json');
const NLS: Record<string, string> = read('package.nls.json');
const BUNDLE: Record<string, string | { message: string }> = read('l10n/bundle.l10n.json');
const C = PKG.contributes;

/** Every string value in a JSON tree, with its path. */
function strings(value: unknown, path = ''): { path: string; value: string }[] {
  if (typeof value === 'string') return [{ path, value }];
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, `${path}[${i}]`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => strings(v, path ? `${path}.${k}` : k));
  return [];
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? sourceFiles(p) : /\.ts$/.test(name) ? [p] : [];
  });
}

describe('manifest: localisation (package.nls.json)', () => {
  it('every %key% of package.json has an English text, and every text of package.nls.json is used', () => {
    const used = new Set<string>();
    for (const s of strings(PKG)) {
      const m = /^%(.+)%$/.exec(s.value);
      if (!m) continue;
      assert.ok(typeof NLS[m[1]] === 'string' && NLS[m[1]].length > 0, `${s.path}: ${s.value} has a text in package.nls.json`);
      used.add(m[1]);
    }
    assert.deepEqual(Object.keys(NLS).filter((k) => !used.has(k)), [], 'no unused entries');
    assert.ok(used.size >= 70, `${used.size} keys`);
  });

  it('every title, name, description and welcome text in contributes is localisable', () => {
    const fields: [string, string][] = [];
    for (const c of C.commands) fields.push([`command ${c.command} title`, c.title], [`command ${c.command} category`, c.category]);
    for (const [k, p] of Object.entries(C.configuration.properties as Record<string, { description?: string; markdownDescription?: string }>)) {
      fields.push([`setting ${k}`, p.description ?? p.markdownDescription ?? '']);
    }
    fields.push(['configuration title', C.configuration.title]);
    for (const v of Object.values(C.views as Record<string, { id: string; name: string; contextualTitle?: string }[]>).flat()) {
      fields.push([`view ${v.id}`, v.name]);
      if (v.contextualTitle) fields.push([`view ${v.id} contextualTitle`, v.contextualTitle]);
    }
    for (const v of C.viewsContainers.activitybar) fields.push([`container ${v.id}`, v.title]);
    for (const w of C.viewsWelcome) fields.push([`welcome ${w.view}`, w.contents]);
    for (const c of C.colors) fields.push([`colour ${c.id}`, c.description]);
    fields.push(['displayName', PKG.displayName], ['description', PKG.description]);
    for (const [what, value] of fields) assert.match(value, /^%[\w.-]+%$/, `${what} is a %key%`);
    assert.equal(PKG.l10n, './l10n');
    // The English texts the end-to-end checks look for are unchanged.
    const title = (id: string) => NLS[C.commands.find((c: { command: string }) => c.command === id).title.slice(1, -1)];
    assert.equal(title(CMD.exportAnnotations), 'Export Annotations...');
    assert.equal(title(CMD.showLegend), 'Show Legend');
    assert.equal(NLS[C.views.seedReader[0].name.slice(1, -1)], 'Actors & Claims');
  });

  it('command titles that ask for more end with "..." as VS Code\'s own do, never a mix with "…"', () => {
    const titles = C.commands.map((c: { title: string }) => NLS[c.title.slice(1, -1)] as string);
    assert.deepEqual(titles.filter((t: string) => t.includes('…')), []);
    for (const t of ['Correct Speaker of Quote...', 'Rename Actor...', 'Merge Actor with...', 'Export Annotations...']) assert.ok(titles.includes(t), t);
  });

  it('a setting text with Markdown is a markdownDescription (the Settings editor shows a plain one as typed)', () => {
    const props = C.configuration.properties as Record<string, { description?: string; markdownDescription?: string; enum?: string[]; markdownEnumDescriptions?: string[] }>;
    for (const [k, p] of Object.entries(props)) {
      if (p.description) assert.doesNotMatch(NLS[p.description.slice(1, -1)], /`|\]\(/, `${k}: Markdown in a plain description`);
      // Every value of a choice is explained where it is chosen.
      if (p.enum) assert.equal(p.markdownEnumDescriptions?.length, p.enum.length, `${k}: one description per value`);
    }
    assert.ok(props['seedReader.export.defaultFormat'].markdownEnumDescriptions!.every((d, i) => NLS[d.slice(1, -1)].includes(FORMAT_INFO[props['seedReader.export.defaultFormat'].enum![i] as ExportFormat].extension)));
  });

  it('the .vsix ships package.nls.json and the l10n bundle', () => {
    const ignore = readFileSync(join(ROOT, '.vscodeignore'), 'utf8').split('\n');
    assert.ok(ignore.includes('!package.nls.json'));
    assert.ok(ignore.includes('!l10n/bundle.l10n.json'));
  });
});

describe('manifest: settings, config.ts', () => {
  beforeEach(() => fake.reset());

  it('every setting has a scope, and its default is the one of config.ts', () => {
    const props = C.configuration.properties as Record<string, { scope?: string; default: unknown }>;
    const scopes = new Set(['application', 'machine', 'machine-overridable', 'window', 'resource', 'language-overridable']);
    for (const [k, p] of Object.entries(props)) assert.ok(p.scope && scopes.has(p.scope), `${k} has a scope (${p.scope})`);
    assert.deepEqual(Object.keys(props).sort(), Object.keys(DEFAULTS).map((k) => settingId(k as SettingKey)).sort());
    for (const [k, def] of Object.entries(DEFAULTS)) assert.deepEqual(props[settingId(k as SettingKey)].default, def, k);
  });

  it('reads a setting, its default when unset or of the wrong type, and clamps the threshold', () => {
    assert.equal(setting('maxFileSizeMB'), 20);
    fake.setSetting('seedReader.maxFileSizeMB', 5);
    assert.equal(setting('maxFileSizeMB'), 5);
    fake.setSetting('seedReader.maxFileSizeMB', 'lots');
    assert.equal(setting('maxFileSizeMB'), 20, 'a string where a number is expected reads as the default');
    fake.setSetting('seedReader.highlight.other', true);
    fake.setSetting('seedReader.highlight.quotes', 'no');
    assert.deepEqual(highlightSettings(), { enabled: true, quotes: true, speakers: true, people: true, organizations: true, places: true, dates: true, other: true });
    fake.setSetting('seedReader.speakerConfidenceThreshold', 7);
    assert.equal(speakerConfidenceThreshold(), 1);
    fake.setSetting('seedReader.speakerConfidenceThreshold', Number.NaN);
    assert.equal(speakerConfidenceThreshold(), 0);
  });

  it('reads with the scope it is given (a folder setting wins for its documents)', () => {
    const seen: unknown[] = [];
    const original = fake.workspace.getConfiguration;
    fake.workspace.getConfiguration = ((section?: string, scope?: unknown) => {
      seen.push([section, scope]);
      return original(section);
    }) as typeof original;
    try {
      const uri = fake.Uri.file('/seeds/a.txt');
      setting('detectSeedFiles', uri as never);
      assert.deepEqual(seen, [['seedReader', uri]]);
    } finally {
      fake.workspace.getConfiguration = original;
    }
  });

  it('affects() names the setting (or its group) in full', () => {
    const asked: string[] = [];
    const e = { affectsConfiguration: (s: string) => { asked.push(s); return s === 'seedReader.highlight'; } };
    assert.equal(affects(e as never, 'highlight'), true);
    assert.equal(affects(e as never, 'statusBar.enabled'), false);
    assert.deepEqual(asked, ['seedReader.highlight', 'seedReader.statusBar.enabled']);
  });
});

describe('manifest: command ids, views and when-clauses (ids.ts)', () => {
  beforeEach(() => fake.reset());

  it('every contributed command is registered by the extension, and every seedReader command it registers is contributed', () => {
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    const ext = require('../../src/extension') as { activate(c: unknown): void };
    const ctx = fake.extensionContext();
    ext.activate(ctx);
    const contributed = (C.commands as { command: string }[]).map((c) => c.command).sort();
    const registered = [...fake.state.commands.keys()].filter((id) => id.startsWith('seedReader.')).sort();
    assert.deepEqual(registered, contributed);
    assert.deepEqual(Object.values(CMD).sort(), contributed, 'ids.ts names exactly the contributed commands');
    ctx.dispose();
  });

  it('the Actors & Claims view is contributed once, and every menu and key names a contributed command', () => {
    const views = Object.values(C.views as Record<string, { id: string }[]>).flat().map((v) => v.id);
    assert.deepEqual(views.sort(), Object.values(VIEW).sort());
    assert.equal(views.filter((v) => v === VIEW.actors).length, 1);
    const commands = new Set((C.commands as { command: string }[]).map((c) => c.command));
    const menuItems = Object.values(C.menus as Record<string, { command: string; when?: string }[]>).flat();
    for (const m of [...menuItems, ...C.keybindings]) assert.ok(commands.has(m.command), `${m.command} is contributed`);
    for (const w of C.viewsWelcome) assert.ok(views.includes(w.view), `welcome of ${w.view}`);
  });

  it('the when-clauses use only views, context keys and item kinds that exist', () => {
    const known = new Set<string>([...Object.values(VIEW), ...Object.values(CONTEXT), ...Object.values(ITEM)]);
    const clauses = [
      ...Object.values(C.menus as Record<string, { when?: string }[]>).flat().map((m) => m.when),
      ...C.keybindings.map((k: { when?: string }) => k.when),
    ].filter((w): w is string => !!w);
    let names = 0;
    for (const w of clauses) {
      for (const name of w.match(/seedReader\.[\w.]+/g) ?? []) {
        names++;
        assert.ok(known.has(name), `${name} in "${w}"`);
      }
      assert.ok(!/\|\|.*view ==|view ==.*\|\|/.test(w), `one view per clause: ${w}`);
    }
    assert.ok(names > 30, `${names} names checked`);
  });
});

describe('localisation: vscode.l10n.t and l10n/bundle.l10n.json', () => {
  beforeEach(() => fake.reset());

  it('the fake l10n.t substitutes {0}, {1} and named arguments once', () => {
    assert.equal(fake.l10n.t('{0} of {1}', 3, 'x'), '3 of x');
    assert.equal(fake.l10n.t('{0}', '{1}'), '{1}', 'an argument is not substituted again');
    assert.equal(fake.l10n.t('Hello {name}', { name: 'Ana' }), 'Hello Ana');
    assert.equal(fake.l10n.t({ message: 'a {0}', args: [1], comment: ['c'] }), 'a 1');
  });

  it('a translated bundle changes what the editor shows', () => {
    fake.l10n.bundle = { '{0} quotes': '{0} citations', 'Speakers': 'Orateurs' };
    try {
      assert.equal(count(3, 'quote'), '3 citations');
      assert.equal(groupLabel('speakers'), 'Orateurs');
      assert.equal(typeLabel('place'), 'place');
    } finally {
      fake.l10n.bundle = undefined;
    }
  });

  it('the bundle is what `@vscode/l10n-dev export` extracts from src/ (run `npm run l10n` after changing a message)', async () => {
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    const { getL10nJson } = require('@vscode/l10n-dev') as typeof import('@vscode/l10n-dev');
    const files = sourceFiles(join(ROOT, 'src')).map((p) => ({ extension: '.ts', contents: readFileSync(p, 'utf8') }));
    const extracted = await getL10nJson(files);
    assert.deepEqual(Object.keys(BUNDLE).sort(), Object.keys(extracted).sort());
    assert.ok(Object.keys(BUNDLE).length > 200, `${Object.keys(BUNDLE).length} messages`);
  });

  it('every message the editor asks l10n.t for is in the bundle (hover, tree, status, legend, outline, quick fixes, pickers)', () => {
    const a = analyze(SAMPLE);
    const uri = 'file:///seeds/sample.txt';
    for (let offset = 0; offset < a.length; offset += 97) hoverCard(a, uri, offset, { written: (s) => SAMPLE.slice(s.start, s.end), threshold: 0.3 });
    buildActorTree(a, { sort: 'quotes', filter: '', speakersOnly: false });
    statusText(a, false);
    statusTooltip(true);
    legendHtml();
    symbolTree(a);
    actorPickItems(a);
    for (const q of a.quotes.slice(0, 5)) correctionActions(a, SAMPLE, uri, q.start, q.end + 20);
    correctionItems(JSON.stringify({ schema: 'seed-reader-corrections/1', corrections: [
      { op: 'speaker', target: { exact: 'x', start: 0 }, speaker: null }, { op: 'splitActor', actor: 'A', mentions: [{ exact: 'A', start: 1 }], name: 'B' }, { op: 'bogus' },
    ] }), [{ index: 0, status: 'orphaned', message: 'gone' }]);
    const asked = [...fake.state.l10nMessages];
    assert.ok(asked.length > 60, `${asked.length} messages asked`);
    for (const m of asked) assert.ok(m in BUNDLE, `"${m}" is in l10n/bundle.l10n.json`);
  });
});

describe('log.ts: one Seed Reader output channel', () => {
  it('every part writes to one channel; closing one handle leaves it open for the others', () => {
    const made: { name: string; lines: string[]; disposed: boolean }[] = [];
    const original = fake.window.createOutputChannel;
    fake.window.createOutputChannel = ((name: string) => {
      const ch = { name, lines: [] as string[], disposed: false };
      made.push(ch);
      return { name, appendLine: (l: string) => ch.lines.push(l), append: (l: string) => ch.lines.push(l), show: () => undefined, dispose: () => { ch.disposed = true; } };
    }) as typeof original;
    try {
      // A fresh copy of the module: the one the other tests loaded may already hold a channel.
      const path = require.resolve('../../src/editor/log');
      delete require.cache[path];
      // eslint-disable-next-line @typescript-eslint/no-var-requires
      const { log, outputChannel } = require(path) as typeof import('../../src/editor/log');
      const service = outputChannel();
      const corpus = outputChannel();
      service.appendLine('from the analysis');
      corpus.appendLine('from the corpus');
      log('from a command');
      assert.equal(made.length, 1, 'one channel');
      assert.equal(made[0].name, 'Seed Reader');
      service.dispose();
      service.dispose();
      assert.equal(made[0].disposed, false, 'still open for the others');
      corpus.appendLine('after');
      assert.deepEqual(made[0].lines.slice(0, 2), ['from the analysis', 'from the corpus']);
      assert.match(made[0].lines[2], /^\[\d{4}-\d\d-\d\dT.*\] from a command$/);
      assert.equal(made[0].lines[3], 'after');
    } finally {
      fake.window.createOutputChannel = original;
    }
  });
});
