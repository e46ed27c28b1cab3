// Issue 13, "what the reader sees is right and honest": speaker hints, confidence, the legend, place cards, one
// grouping, Go to Actor's order and aliases, the highlights toggle's feedback, and the offer to open a seed-shaped .txt.
import * as assert from 'node:assert/strict';
import type * as vscode from 'vscode';
import * as fake from './fakes/vscode';
import { boot, openSample, settle } from './fakes/boot';
import { speakerHints } from '../../src/editor/inlayHints';
import { legendEntries, legendHtml } from '../../src/editor/legend';
import { hoverCard } from '../../src/editor/hover';
import { actorPickItems } from '../../src/editor/commands/goToActor';
import { displayAliases, speakerCertainty } from '../../src/editor/model';
import { speakerLabel } from '../../src/editor/text';
import { buildActorTree, type GroupNode } from '../../src/editor/actorsTree';
import { statusText } from '../../src/editor/statusBar';
import { LAYERS, decorationSpans, DEFAULT_HIGHLIGHTS, layerOptions } from '../../src/editor/decorations';
import { registerSeedOffer, seedShapedWithoutUrl, OPEN_AS_SEED, ALWAYS_FOR_FOLDER, NOT_NOW } from '../../src/editor/seedOffer';
import type { Actor } from '../../src/engine/types';
import { analyze } from '../../src/engine';
import { SAMPLE, SOURCES, at, sampleAnalysis } from './fakes/sample';

const token = {} as vscode.CancellationToken;
type Doc = vscode.TextDocument;
const ROOT_PKG = JSON.parse(require('node:fs').readFileSync(require('node:path').join(__dirname, '..', '..', '..', 'package.json'), 'utf8'));
/** The English text of a `%key%` of package.json (package.nls.json). */
const NLS: Record<string, string> = JSON.parse(require('node:fs').readFileSync(require('node:path').join(__dirname, '..', '..', '..', 'package.nls.json'), 'utf8'));
const english = (s: string): string => s.replace(/^%([^%]+)%$/, (_m, k: string) => NLS[k] ?? s);

/** Invented seeds whose speaker the text leaves open (see the guessed-speaker test). */
const GUESS_HEAD = 'Ferry talks stall\n20240301\nhttps://example.org/guess\n';
const GUESS_SEEDS = [
  GUESS_HEAD + 'Senator Ruth Vell backs the plan.\nDale Rinn chairs the parents council in Fenmoor. Rinn takes a quieter line. She said the funds should go to new classrooms.\n“They are leaving the children behind,” she said.\n',
  GUESS_HEAD + 'Senator Cal Vell spoke in Fenmoor on Friday.\nThe radio host has stuffed his radio letters to Vell with praise. “He is a friend to every farmer,” he said.\n',
];

describe('reading: who said it, and how sure', () => {
  for (const source of SOURCES) {
    describe(`on the sample seed (${source})`, () => {
      it('an inlay hint `— Speaker` follows each attributed quote; its name links to the attribution', async () => {
        const { doc } = await openSample(source);
        const a = sampleAnalysis(source);
        const p = fake.provider<vscode.InlayHintsProvider>('inlayHints');
        const full = new fake.Range(doc.positionAt(0), doc.positionAt(SAMPLE.length));
        const hints = (await p.provideInlayHints(doc as unknown as Doc, full as unknown as vscode.Range, token)) as unknown as fake.InlayHint[];
        const attributed = a.quotes.filter((q) => q.speaker);
        assert.equal(hints.length, attributed.length);
        const herbst = a.quotes.find((q) => q.text.startsWith('The sequence is wrong'))!;
        const h = hints.find((x) => doc.offsetAt(x.position) >= herbst.end && doc.offsetAt(x.position) <= herbst.end + 2)!;
        assert.ok(h, 'a hint right after Herbst\'s quote');
        const parts = h.label as fake.InlayHintLabelPart[];
        assert.equal(parts.map((x) => x.value).join(''), '— John Herbst');
        assert.equal(parts[1].command!.command, 'seedReader.revealRange');
        assert.deepEqual(parts[1].command!.arguments, [doc.uri.toString(), herbst.speakerSpan!.start, herbst.speakerSpan!.end]);
        assert.equal(doc.getText(parts[1].location!.range), SAMPLE.slice(herbst.speakerSpan!.start, herbst.speakerSpan!.end));
        // Only the quotes in the range asked for.
        const firstLine = new fake.Range(0, 0, 4, 0);
        const few = (await p.provideInlayHints(doc as unknown as Doc, firstLine as unknown as vscode.Range, token)) as unknown as fake.InlayHint[];
        assert.ok(few.length < hints.length);
        // The setting turns them off.
        fake.setSetting('seedReader.inlayHints.speakers', false);
        assert.deepEqual(await p.provideInlayHints(doc as unknown as Doc, full as unknown as vscode.Range, token), []);
      });

      it('a guessed speaker reads `probably …` in the hint, the hover and is underlined dashed; the threshold hides speakers', () => {
        const a = sampleAnalysis(source);
        const guessed = a.quotes.find((q) => q.speaker && q.confidence < 0.5);
        const sure = a.quotes.find((q) => q.speaker && q.confidence >= 0.5)!;
        assert.equal(speakerCertainty(a, sure), 'certain');
        assert.ok(!speakerLabel(a, sure)!.startsWith('probably'));
        assert.equal(speakerCertainty(a, sure, 1), 'hidden');
        assert.equal(speakerLabel(a, sure, 1), undefined);
        assert.deepEqual(speakerHints(a, SAMPLE, 1.01), [], 'nothing above the threshold');
        const sureCard = hoverCard(a, 'file:///s.txt', sure.start + 3)!.markdown;
        assert.doesNotMatch(sureCard, /probably/);
        assert.match(hoverCard(a, 'file:///s.txt', sure.start + 3, { threshold: 1 })!.markdown, /Speaker: \*not shown/);
        // The engine's guesses: the sample's when it has one, else invented paragraphs written to leave the speaker
        // open (a pronoun after a sentence led by someone the name lists give the other gender; a role noun leading
        // the sentence before a pronoun). Calibration moves the sample's borderline quote across 0.5 from one refit
        // to the next; one of these must still be shown as a guess.
        const cases: { a: typeof a; text: string }[] = guessed ? [{ a, text: SAMPLE }] : source === 'gold' ? [] : GUESS_SEEDS.map((text) => ({ a: analyze(text), text }));
        const found = cases.map((c) => ({ ...c, q: c.a.quotes.find((q) => q.speaker && q.confidence < 0.5) })).find((c) => c.q);
        if (source === 'engine') assert.ok(found, 'the engine shows at least one speaker as a guess');
        if (found) {
          const { a: ga, text, q } = found as { a: typeof a; text: string; q: NonNullable<typeof guessed> };
          assert.equal(speakerCertainty(ga, q), 'guessed');
          const hint = speakerHints(ga, text).find((x) => x.quote.start === q.start)!;
          assert.match(hint.label, /^probably /);
          assert.ok(hint.guessed);
          assert.match(hoverCard(ga, 'file:///s.txt', q.start + 3)!.markdown, /Speaker: probably \*\*/);
          const spans = decorationSpans(ga, DEFAULT_HIGHLIGHTS);
          assert.ok(spans.guessedSpeaker.some((s) => s.start === q.speakerSpan!.start));
        }
        assert.equal((layerOptions('guessedSpeaker') as { textDecoration: string }).textDecoration, 'underline dashed');
      });
    });
  }
});

describe('reading: places and organizations are first-class', () => {
  for (const source of SOURCES) {
    it(`a place card lists its mentions as links and the quotes that mention it (${source})`, () => {
      const a = sampleAnalysis(source);
      const off = at(SAMPLE, 'Kazakhstan') + 2;
      const card = hoverCard(a, 'file:///s.txt', off, { written: (s) => SAMPLE.slice(s.start, s.end) })!;
      assert.match(card.markdown, /^\*\*Kazakhstan\*\* — place/);
      const mentions = a.entities.filter((e) => (e.canonical || e.text) === 'Kazakhstan' && e.type === 'place');
      assert.ok(mentions.length >= 2);
      assert.match(card.markdown, /\*\*Mentions\*\*: /);
      for (const m of mentions) assert.ok(card.markdown.includes(encodeURIComponent(JSON.stringify(['file:///s.txt', m.start, m.end]))), `link to ${m.start}`);
      // Taylor's quote mentions Kazakhstan.
      assert.match(card.markdown, /\*\*Quoted in\*\*/);
      assert.match(card.markdown, /No one knows/);
    });

    it(`the Actors & Claims view has a Places group with counts, and non-actor organizations (${source})`, () => {
      const a = sampleAnalysis(source);
      const groups = buildActorTree(a, { sort: 'appearance', filter: '', speakersOnly: false });
      const places = groups.find((g) => g.group === 'places')!;
      assert.equal(places.label, 'Places');
      const ukraine = places.children.find((c) => c.type === 'entity' && c.entity.name === 'Ukraine')!;
      assert.ok(ukraine && ukraine.mentionCount >= 5 && ukraine.quoteCount >= 1);
      assert.ok(ukraine.children.every((c) => c.type === 'quote' && SAMPLE.slice(c.span.start, c.span.end).includes('Ukraine')));
      const orgs = groups.find((g) => g.group === 'organizations')!;
      assert.ok(orgs.children.some((c) => c.type === 'entity' && c.entity.name === 'Atlantic Council'));
      assert.ok(!buildActorTree(a, { sort: 'appearance', filter: '', speakersOnly: true }).some((g) => g.group === 'places'));
    });
  }

  it('the view maps a place to an item that reveals its first mention', async () => {
    const { b } = await openSample('engine');
    const roots = b.tree.getChildren() as GroupNode[];
    const places = roots.find((g) => g.label === 'Places')!;
    const item = b.tree.getTreeItem(places.children[0]) as unknown as fake.TreeItem;
    assert.equal((item.iconPath as fake.ThemeIcon).id, 'location');
    assert.match(String(item.description), /\d+ mentions?/);
    assert.equal(item.command!.command, 'seedReader.revealRange');
    assert.equal(b.tree.getParent(places.children[0]), places);
  });
});

describe('reading: Go to Actor', () => {
  for (const source of SOURCES) {
    it(`lists speakers by quotes, then by mentions; no fragment as an alias (${source})`, () => {
      const a = sampleAnalysis(source);
      const items = actorPickItems(a);
      for (let i = 1; i < items.length; i++) {
        const p = items[i - 1];
        const c = items[i];
        assert.ok(p.quotes > c.quotes || (p.quotes === c.quotes && p.mentions >= c.mentions), `${p.label} before ${c.label}`);
      }
      assert.ok(items[0].quotes > 0, 'a speaker first');
      assert.ok(items.every((i) => !/also: .*\bSome\b/.test(i.detail ?? '')), items.map((i) => i.detail).join(' | '));
    });
  }

  it('displayAliases drops determiners, the name in other case and lower-case fragments, keeps surnames', () => {
    const actor = (name: string, aliases: string[]): Actor => ({ id: 'x', name, type: 'collective', aliases, role: null, mentions: [], quotes: [], claims: [] });
    assert.deepEqual(displayAliases(actor('unnamed sources', ['Some'])), []);
    assert.deepEqual(displayAliases(actor('analysts', ['Analysts'])), []);
    assert.deepEqual(displayAliases(actor('Wesley Clark', ['Mr. Clark', 'Clark', 'retired Gen. Wesley Clark', 'he'])), ['Mr. Clark', 'Clark', 'retired Gen. Wesley Clark']);
  });
});

describe('reading: the legend and the highlights toggle', () => {
  it('the legend lists every layer in its theme colour with its toggle setting', async () => {
    boot('gold');
    const entries = legendEntries();
    const settings = Object.keys(ROOT_PKG.contributes.configuration.properties);
    for (const e of entries) assert.ok(settings.includes(e.setting), `${e.setting} is a setting`);
    for (const s of ['seedReader.highlight.quotes', 'seedReader.highlight.speakers', 'seedReader.highlight.people', 'seedReader.highlight.organizations',
      'seedReader.highlight.places', 'seedReader.highlight.dates', 'seedReader.highlight.other', 'seedReader.inlayHints.speakers']) {
      assert.ok(entries.some((e) => e.setting === s), s);
    }
    const colours = new Set((ROOT_PKG.contributes.colors as { id: string }[]).map((c) => c.id.replace('.', '-')));
    const html = legendHtml();
    for (const m of html.matchAll(/--vscode-(seedReader-\w+)/g)) assert.ok(colours.has(m[1]), `${m[1]} is contributed`);
    assert.match(html, /seedReader\.highlight\.places/);
    // The samples are styled by classes of the nonce'd style element: a CSP with a nonce drops style attributes.
    assert.doesNotMatch(html, /\sstyle="/);
    entries.forEach((e, i) => {
      assert.ok(html.includes(`.sample.s${i} { ${e.css}; }`), `${e.label}: its style rule`);
      assert.ok(html.includes(`class="sample s${i}"`), `${e.label}: its sample`);
    });
    assert.match(html, /<style nonce="legend">/);
    assert.match(html, /style-src 'nonce-legend';/);
    await fake.commands.executeCommand('seedReader.showLegend');
    assert.equal(fake.state.webviewPanels.length, 1);
    assert.equal(fake.state.webviewPanels[0].title, 'Seed Reader Legend');
    assert.match(fake.state.webviewPanels[0].webview.html, /Speaker/);
    await fake.commands.executeCommand('seedReader.showLegend');
    assert.equal(fake.state.webviewPanels.length, 1, 'one legend at a time');
    // package.json: the command sits in the view's title bar.
    const vt = ROOT_PKG.contributes.menus['view/title'] as { command: string; when: string }[];
    assert.ok(vt.some((m) => m.command === 'seedReader.showLegend' && /seedReader\.actors/.test(m.when)));
  });

  it('toggling flips the context key, the editor-title icon (eye / eye-closed) and the status bar text', async () => {
    const { b } = await openSample('gold');
    const status = fake.state.statusItems.find((i) => i.id === 'seedReader.status')!;
    assert.equal(fake.state.contextKeys.get('seedReader.highlightsOn'), true);
    assert.doesNotMatch(status.text, /highlights off/);
    await fake.commands.executeCommand('seedReader.hideHighlights');
    await settle();
    assert.equal(fake.state.contextKeys.get('seedReader.highlightsOn'), false);
    assert.match(status.text, /highlights off/);
    assert.match(status.text, /\$\(eye-closed\)/);
    assert.match(status.accessibilityInformation?.label ?? '', /^Seed Reader: \d+ actors, \d+ quotes, highlights off\. Click/);
    await fake.commands.executeCommand('seedReader.showHighlights');
    await settle();
    assert.equal(b.highlights.highlightsOn, true);
    assert.doesNotMatch(status.text, /highlights off/);
    assert.match(String((status.tooltip as unknown as fake.MarkdownString).value), /command:seedReader\.showLegend/);
    const title = ROOT_PKG.contributes.menus['editor/title'] as { command: string; when: string }[];
    const cmds = ROOT_PKG.contributes.commands as { command: string; icon: string }[];
    const hide = title.find((m) => m.command === 'seedReader.hideHighlights')!;
    const show = title.find((m) => m.command === 'seedReader.showHighlights')!;
    assert.match(hide.when, /(^|&& )seedReader\.highlightsOn/);
    assert.match(show.when, /!seedReader\.highlightsOn/);
    assert.equal(cmds.find((c) => c.command === 'seedReader.hideHighlights')!.icon, '$(eye)');
    assert.equal(cmds.find((c) => c.command === 'seedReader.showHighlights')!.icon, '$(eye-closed)');
    assert.equal(statusText(sampleAnalysis('gold'), false).includes('highlights off'), true);
  });

  it('quotes get a visible bar on the left (their first character), drawn in a contributed colour', () => {
    const o = layerOptions('quoteBar') as Record<string, any>;
    assert.equal(o.borderWidth, '0 0 0 3px');
    assert.equal(o.borderColor.id, 'seedReader.quoteBar');
    const def = (ROOT_PKG.contributes.colors as { id: string; defaults: Record<string, string> }[]).find((c) => c.id === 'seedReader.quoteBar')!;
    for (const theme of ['dark', 'light']) assert.doesNotMatch(def.defaults[theme], /00$/, `${theme}: not transparent`);
    const a = sampleAnalysis('gold');
    const spans = decorationSpans(a, DEFAULT_HIGHLIGHTS);
    assert.deepEqual(spans.quoteBar, a.quotes.map((q) => ({ start: q.start, end: q.start + 1 })));
    assert.ok(LAYERS.includes('quoteBar'));
  });
});

describe('reading: a seed-shaped .txt whose line 3 is not a URL', () => {
  const DATASET = 'Council approves new transit budget after long debate\n20240315\ndataset:news-2024/0042\nThe city council voted 7 to 2 on Thursday to approve a transit budget.\n';
  const EMPTY3 = 'Council approves new transit budget after long debate\n20240315\n\nThe city council voted 7 to 2 on Thursday to approve a transit budget.\n';

  it('is recognised from its first lines; a full seed, notes and a bad date are not offered', () => {
    assert.equal(seedShapedWithoutUrl(DATASET), true);
    assert.equal(seedShapedWithoutUrl(EMPTY3), true);
    assert.equal(seedShapedWithoutUrl(SAMPLE), false, 'a full seed header is detection\'s job');
    assert.equal(seedShapedWithoutUrl('Meeting notes\nCall Jane Doe on Monday.\nRobert Lee said so.\nMore text here for the body.\n'), false);
    assert.equal(seedShapedWithoutUrl('Council approves new transit budget\n20241345\nx\nThe city council voted on Thursday to approve it.\n'), false);
  });

  function start(): { context: ReturnType<typeof fake.extensionContext> } {
    fake.reset();
    const context = fake.extensionContext();
    registerSeedOffer(context as unknown as vscode.ExtensionContext);
    return { context };
  }

  it('offers "Open as Seed article" once; accepting switches the language', async () => {
    start();
    let offered: string[] = [];
    fake.state.messageAnswer = (items) => { offered = items; return OPEN_AS_SEED(); };
    const doc = fake.openDocument(DATASET, { languageId: 'plaintext', path: '/data/a.txt' });
    await settle();
    assert.equal(fake.state.messages.length, 0, 'not offered while no editor shows it');
    fake.showEditor(doc);
    await settle();
    await settle();
    assert.deepEqual(offered, [OPEN_AS_SEED(), ALWAYS_FOR_FOLDER(), NOT_NOW()]);
    assert.match(fake.state.messages.at(-1)!.message, /a\.txt looks like a seed article/);
    assert.equal(doc.languageId, 'seed');
  });

  it('"Not now" leaves it plain and is not asked again for that file; "Always for this folder" applies to the next file', async () => {
    const { context } = start();
    fake.state.messageAnswer = () => NOT_NOW();
    const doc = fake.openDocument(DATASET, { languageId: 'plaintext', path: '/data/b.txt' });
    fake.showEditor(doc);
    await settle();
    await settle();
    assert.equal(doc.languageId, 'plaintext');
    const asked = fake.state.messages.length;
    fake.closeDocument(doc);
    const again = fake.openDocument(DATASET, { languageId: 'plaintext', path: '/data/b.txt' });
    fake.showEditor(again);
    await settle();
    assert.equal(fake.state.messages.length, asked, 'asked once');
    assert.equal(again.languageId, 'plaintext');
    fake.state.messageAnswer = () => ALWAYS_FOR_FOLDER();
    const c = fake.openDocument(EMPTY3, { languageId: 'plaintext', path: '/data/c.txt' });
    fake.showEditor(c);
    await settle();
    await settle();
    assert.equal(c.languageId, 'seed');
    assert.deepEqual(context.workspaceState.get('seedReader.seedOffer.folders'), ['file:///data/']);
    const before = fake.state.messages.length;
    const d = fake.openDocument(DATASET, { languageId: 'plaintext', path: '/data/d.txt' });
    fake.showEditor(d);
    await settle();
    assert.equal(d.languageId, 'seed', 'the folder is remembered');
    assert.equal(fake.state.messages.length, before, 'without asking');
  });

  it('`Open as Seed Article` switches the active editor; the welcome text says how to switch language', async () => {
    start();
    const doc = fake.openDocument('just some text\n', { languageId: 'plaintext', path: '/data/e.txt' });
    fake.showEditor(doc);
    assert.equal(await fake.commands.executeCommand('seedReader.openAsSeed'), true);
    assert.equal(doc.languageId, 'seed');
    for (const w of ROOT_PKG.contributes.viewsWelcome as { contents: string }[]) {
      assert.match(english(w.contents), /command:seedReader\.openAsSeed/);
      assert.match(english(w.contents), /Change Language Mode/);
    }
  });
});

describe('reading: settings', () => {
  it('the new settings have a scope', () => {
    const props = ROOT_PKG.contributes.configuration.properties as Record<string, { scope?: string }>;
    for (const k of ['seedReader.inlayHints.speakers', 'seedReader.speakerConfidenceThreshold']) assert.ok(props[k]?.scope, `${k} has a scope`);
  });
});
