// The reader's corrections in the editor: the Quick Fix provider, the commands that write the sidecar, the hover's
// marker and links, the tree's marker, Show Corrections (with removal) and Undo Last Correction.
import * as assert from 'node:assert/strict';
import type * as vscode from 'vscode';
import * as fake from './fakes/vscode';
import { boot, nextAnalysis, settle } from './fakes/boot';
import { SAMPLE } from './fakes/sample';
import { registerCorrectionCommands, CAN_UNDO_KEY, correctionItems } from '../../src/editor/corrections/commands';
import { registerCorrectionCodeActions, correctionActions } from '../../src/editor/corrections/codeActions';
import { hoverCard } from '../../src/editor/hover';
import { buildActorTree, actorDescription } from '../../src/editor/actorsTree';
import { parseCorrections, isCorrected } from '../../src/corrections';
import type { Analysis } from '../../src/engine/types';

type Doc = vscode.TextDocument;
const SEED = '/seeds/000_sample.txt';
const SIDECAR = fake.Uri.file(`${SEED}.corrections.json`);

function sidecarText(): string | undefined {
  const b = fake.state.files.get(SIDECAR.toString());
  return b && new TextDecoder().decode(b);
}

async function setup() {
  const b = boot('engine');
  const ctx = b.context as unknown as vscode.ExtensionContext;
  registerCorrectionCommands(ctx, b.service);
  registerCorrectionCodeActions(ctx, b.service);
  const doc = fake.openDocument(SAMPLE, { path: SEED });
  const ready = nextAnalysis(b.service);
  const ed = fake.showEditor(doc);
  await ready;
  await settle();
  const analysis = (await b.service.get(doc as unknown as Doc))!;
  return { b, doc, ed, analysis };
}

function quoteBy(a: Analysis, name: RegExp) {
  return a.quotes.find((q) => q.speaker && name.test(a.actors.find((x) => x.id === q.speaker)!.name))!;
}

function speakerName(a: Analysis, start: number): string | undefined {
  const q = a.quotes.find((x) => x.start === start);
  return q && a.actors.find((x) => x.id === q.speaker)?.name;
}

describe('Corrections in the editor', () => {
  it('offers Quick Fixes on a quote, a name and a selection (pure)', async () => {
    const { analysis } = await setup();
    const q = quoteBy(analysis, /Herbst/);
    const onQuote = correctionActions(analysis, SAMPLE, 'u', q.start + 3, q.start + 3);
    assert.deepEqual(onQuote.map((a) => a.command).slice(0, 2), ['seedReader.correctSpeaker', 'seedReader.markNotQuote']);
    assert.match(onQuote[0].title, /now John Herbst/);
    assert.deepEqual(onQuote[0].args, ['u', q.start]);
    const clark = SAMPLE.indexOf('Mr. Clark') + 5;
    const onName = correctionActions(analysis, SAMPLE, 'u', clark, clark).map((a) => a.command);
    for (const c of ['seedReader.correctEntityType', 'seedReader.markNotEntity', 'seedReader.renameActor', 'seedReader.mergeActors']) assert.ok(onName.includes(c), c);
    const plain = SAMPLE.indexOf('\n\n', 400) + 2;
    const sel = correctionActions(analysis, SAMPLE, 'u', plain, plain + 20).filter((a) => a.command === 'seedReader.markQuote');
    assert.equal(sel.length + (analysis.quotes.some((x) => x.start <= plain && plain + 20 <= x.end) ? 1 : 0), 1);
  });

  it('a Quick Fix reassigns a speaker: the sidecar is written, every view follows, and Undo restores it', async () => {
    const { b, doc, analysis } = await setup();
    const q = quoteBy(analysis, /Herbst/);
    const provider = fake.provider<vscode.CodeActionProvider>('codeActions');
    const pos = doc.positionAt(q.start + 3);
    const actions = (await provider.provideCodeActions(doc as unknown as Doc, new fake.Range(pos, pos) as unknown as vscode.Range, { only: undefined } as unknown as vscode.CodeActionContext, {} as vscode.CancellationToken)) as fake.CodeAction[];
    const fix = actions.find((a) => a.command?.command === 'seedReader.correctSpeaker')!;
    const symbolsBefore = fake.state.providers.find((p) => p.kind === 'documentSymbol');
    assert.ok(fix, 'a Change the speaker Quick Fix');
    assert.equal(fix.kind, fake.CodeActionKind.QuickFix);
    // The quick pick lists the actors; pick Wesley Clark.
    fake.state.quickPickAnswer = (items) => items.find((i: { label: string }) => i.label === 'Wesley Clark');
    const published = nextAnalysis(b.service);
    assert.equal(await fake.commands.executeCommand(fix.command!.command, ...(fix.command!.arguments ?? [])), true);
    await published;
    const written = parseCorrections(sidecarText()!);
    assert.deepEqual(written.problems, []);
    assert.equal(written.corrections.length, 1);
    assert.equal(written.corrections[0].op, 'speaker');
    const now = b.service.peek(doc as unknown as Doc)!;
    assert.equal(speakerName(now, q.start), 'Wesley Clark');
    // Hover: the corrected speaker and the marker.
    const card = hoverCard(now, doc.uri.toString(), q.start + 3)!;
    assert.match(card.markdown, /Speaker: \*\*Wesley Clark\*\*/);
    assert.match(card.markdown, /corrected by the reader/);
    // Tree: the quote under Wesley Clark says corrected.
    const groups = buildActorTree(now, { sort: 'appearance', filter: '', speakersOnly: false });
    const clark = groups.flatMap((g) => g.children).find((n) => n.type === 'actor' && n.actor.name === 'Wesley Clark');
    assert.ok(clark && clark.type === 'actor');
    const item = clark.children.find((c) => c.span.start === q.start);
    assert.ok(item && item.corrected && /corrected/.test(item.detail));
    assert.equal(clark.quoteCount, analysis.actors.find((x) => x.name === 'Wesley Clark')!.quotes.length + 1);
    assert.match(actorDescription(clark), /corrected/);
    // Inlay hints follow (they read the published analysis).
    const hints = await fake.provider<vscode.InlayHintsProvider>('inlayHints').provideInlayHints(
      doc as unknown as Doc, new fake.Range(0, 0, doc.lineCount - 1, 0) as unknown as vscode.Range, {} as vscode.CancellationToken,
    ) as { label: string | { value: string }[]; position: fake.Position }[];
    const labels = hints.map((h) => (typeof h.label === 'string' ? h.label : h.label.map((p) => p.value).join('')));
    assert.ok(labels.some((l) => /Wesley Clark/.test(l)), labels.join(' | '));
    // Outline: the symbol provider is registered again (VS Code then asks again), and names the new speaker.
    await new Promise((r) => setTimeout(r, 80));
    const symbolsRec = fake.state.providers.filter((p) => p.kind === 'documentSymbol');
    assert.equal(symbolsRec.length, 1);
    assert.notEqual(symbolsRec[0], symbolsBefore, 'the symbol provider was registered again');
    const syms = await symbolsRec[0].provider.provideDocumentSymbols(doc, {}) as { name: string }[];
    assert.ok(syms.some((x) => /^Wesley Clark: “The sequence is wrong/.test(x.name)), syms.map((x) => x.name).join(' | '));
    // Undo: the context key says Ctrl+Z undoes it, and the command restores the sidecar (here: removes it).
    assert.equal(fake.state.contextKeys.get(CAN_UNDO_KEY), true);
    const back = nextAnalysis(b.service);
    assert.equal(await fake.commands.executeCommand('seedReader.undoCorrection'), true);
    await back;
    assert.equal(sidecarText(), undefined, 'the sidecar did not exist before');
    assert.equal(speakerName(b.service.peek(doc as unknown as Doc)!, q.start), 'John Herbst');
    assert.equal(fake.state.contextKeys.get(CAN_UNDO_KEY), false);
    assert.equal(b.calls.count, 1, 'never re-analysed');
  });

  it('a new speaker name from the input box; not a quote; entity type; rename', async () => {
    const { b, doc, analysis } = await setup();
    const D = doc as unknown as Doc;
    const q = quoteBy(analysis, /Herbst/);
    fake.state.quickPickAnswer = (items) => items.find((i: { label: string }) => /Someone else/.test(i.label));
    fake.state.inputBoxAnswer = 'Ann Example';
    assert.equal(await fake.commands.executeCommand('seedReader.correctSpeaker', doc.uri.toString(), q.start), true);
    assert.equal(speakerName(b.service.peek(D)!, q.start), 'Ann Example');
    assert.equal(await fake.commands.executeCommand('seedReader.markNotQuote', doc.uri.toString(), q.start), true);
    assert.equal(b.service.peek(D)!.quotes.some((x) => x.start === q.start), false);
    assert.equal(parseCorrections(sidecarText()!).corrections.length, 1, 'not a quote supersedes the speaker of the same quote');
    const ukraine = b.service.peek(D)!.entities.find((e) => e.type === 'place' && e.text === 'Ukraine')!;
    fake.state.quickPickAnswer = (items) => items.find((i: { label: string }) => i.label === 'organization');
    assert.equal(await fake.commands.executeCommand('seedReader.correctEntityType', doc.uri.toString(), ukraine.start), true);
    const e2 = b.service.peek(D)!.entities.find((e) => e.start === ukraine.start)!;
    assert.equal(e2.type, 'organization');
    assert.ok(isCorrected(e2));
    assert.match(hoverCard(b.service.peek(D)!, doc.uri.toString(), e2.start + 1)!.markdown, /corrected by the reader/);
    const clark = SAMPLE.indexOf('Mr. Clark') + 5;
    fake.state.inputBoxAnswer = 'Gen. Wesley Clark';
    assert.equal(await fake.commands.executeCommand('seedReader.renameActor', doc.uri.toString(), clark), true);
    assert.ok(b.service.peek(D)!.actors.some((a) => a.name === 'Gen. Wesley Clark'));
    assert.equal(parseCorrections(sidecarText()!).corrections.length, 3);
  });

  it('the Actors & Claims context menu passes tree nodes: rename an actor, correct a quote, merge and split', async () => {
    const { b, doc } = await setup();
    const D = doc as unknown as Doc;
    const nodes = () => buildActorTree(b.service.peek(D)!, { sort: 'appearance', filter: '', speakersOnly: false }).flatMap((g) => g.children);
    const herbst = nodes().find((n) => n.type === 'actor' && n.actor.name === 'John Herbst')!;
    assert.ok(herbst && herbst.type === 'actor');
    fake.state.inputBoxAnswer = 'Ambassador John Herbst';
    assert.equal(await fake.commands.executeCommand('seedReader.renameActor', herbst, [herbst]), true);
    const renamed = nodes().find((n) => n.type === 'actor' && n.actor.name === 'Ambassador John Herbst');
    assert.ok(renamed && renamed.type === 'actor' && renamed.corrected);
    const quoteNode = renamed.children.find((c) => c.type === 'quote')!;
    assert.equal(await fake.commands.executeCommand('seedReader.correctSpeaker', quoteNode, [quoteNode], 'William Taylor'), true);
    assert.equal(speakerName(b.service.peek(D)!, quoteNode.span.start), 'William Taylor');
    const taylor = nodes().find((n) => n.type === 'actor' && n.actor.name === 'William Taylor')!;
    fake.state.quickPickAnswer = (items) => {
      fake.state.quickPickAnswer = (names) => names.find((n: { label: string }) => n.label === 'William Taylor');
      return items.filter((i: { label: string }) => i.label === 'Ambassador John Herbst');
    };
    assert.equal(await fake.commands.executeCommand('seedReader.mergeActors', taylor, [taylor]), true);
    const merged = b.service.peek(D)!.actors.filter((a) => a.name === 'William Taylor' || a.name === 'Ambassador John Herbst');
    assert.deepEqual(merged.map((a) => a.name), ['William Taylor']);
    assert.deepEqual(parseCorrections(sidecarText()!).corrections.map((c) => c.op), ['renameActor', 'speaker', 'mergeActors']);
    // Split: the mentions picked go to another actor.
    const t2 = nodes().find((n) => n.type === 'actor' && n.actor.name === 'William Taylor')!;
    assert.ok(t2.type === 'actor' && t2.mentionCount >= 2);
    fake.state.quickPickAnswer = (items) => [items[items.length - 1]];
    fake.state.inputBoxAnswer = 'John Herbst';
    assert.equal(await fake.commands.executeCommand('seedReader.splitActor', t2, [t2]), true);
    assert.ok(b.service.peek(D)!.actors.some((a) => a.name === 'John Herbst'));
    assert.equal(b.calls.count, 1);
  });

  it('Show Corrections lists them with their status (orphans too) and removes one', async () => {
    const { b, doc, analysis } = await setup();
    const D = doc as unknown as Doc;
    const q = quoteBy(analysis, /Herbst/);
    await fake.commands.executeCommand('seedReader.correctSpeaker', doc.uri.toString(), q.start, 'Wesley Clark');
    // An orphan: a correction of text that is not in the seed.
    const json = JSON.parse(sidecarText()!);
    json.corrections.push({ op: 'notQuote', target: { exact: 'words that are nowhere in the seed', start: 10 } });
    const published = nextAnalysis(b.service);
    fake.writeFile(SIDECAR, JSON.stringify(json));
    await published;
    const items = correctionItems(b.service.correctionsOf(D)!.json, b.service.correctionsOf(D)!.outcome.results);
    assert.deepEqual(items.map((i) => i.status), ['applied', 'orphaned']);
    assert.match(items[1].description!, /orphaned/);
    // Pick the first one, then Remove.
    fake.state.quickPickAnswer = (list) => {
      fake.state.quickPickAnswer = (actions) => actions.find((a: { id: string }) => a.id === 'remove');
      return list[0];
    };
    const removed = nextAnalysis(b.service);
    await fake.commands.executeCommand('seedReader.showCorrections');
    await removed;
    const left = parseCorrections(sidecarText()!).corrections;
    assert.deepEqual(left.map((c) => c.op), ['notQuote']);
    assert.equal(speakerName(b.service.peek(D)!, q.start), 'John Herbst');
  });

  it('does not rewrite a sidecar it cannot fully read, and says why', async () => {
    const { doc, analysis } = await setup();
    fake.writeFile(SIDECAR, '{ "schema": "seed-reader-corrections/1", "corrections": [ { "op": "speaker" } ] }');
    await settle();
    const before = sidecarText();
    const q = quoteBy(analysis, /Herbst/);
    assert.equal(await fake.commands.executeCommand('seedReader.correctSpeaker', doc.uri.toString(), q.start, 'X Y'), false);
    assert.equal(sidecarText(), before);
    assert.ok(fake.state.messages.some((m) => m.level === 'error' && /000_sample\.txt\.corrections\.json has a problem \(entry 0/.test(m.message)));
  });
});

describe('Corrections: a sidecar that cannot be written', () => {
  it('says so and logs the reason in the Seed Reader output (not the console)', async () => {
    const { doc, analysis } = await setup();
    const fs = fake.workspace.fs as { writeFile(uri: unknown, content: Uint8Array): Promise<void> };
    const original = fs.writeFile;
    fs.writeFile = async () => { throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' }); };
    try {
      const before = fake.state.output.length;
      const q = analysis.quotes[0];
      assert.equal(await fake.commands.executeCommand('seedReader.markNotQuote', doc.uri.toString(), q.start), false);
      assert.match(fake.state.messages.at(-1)!.message, /^Seed Reader: cannot write 000_sample\.txt\.corrections\.json: ENOSPC/);
      const logged = fake.state.output.slice(before).join('\n');
      assert.match(logged, /writing file:\/\/\/seeds\/000_sample\.txt\.corrections\.json: Error: ENOSPC/);
      assert.equal(sidecarText(), undefined, 'nothing written');
    } finally {
      fs.writeFile = original;
    }
  });
});

describe('Corrections: the sidecar is written atomically', () => {
  it('goes through a temporary file renamed over it; a failed rename leaves the previous sidecar and no temporary file', async () => {
    const { doc, analysis } = await setup();
    const fs = fake.workspace.fs as unknown as { rename(a: unknown, b: unknown, o?: unknown): Promise<void> };
    const q = quoteBy(analysis, /Herbst/);
    const renamed: string[] = [];
    const original = fs.rename;
    fs.rename = async (a, b, o) => { renamed.push(String(b)); return original(a, b, o); };
    try {
      assert.equal(await fake.commands.executeCommand('seedReader.correctSpeaker', doc.uri.toString(), q.start, 'Wesley Clark'), true);
      assert.deepEqual(renamed, [SIDECAR.toString()], 'written by renaming a temporary file over the sidecar');
      const before = sidecarText();
      assert.equal(parseCorrections(before!).corrections.length, 1);
      fs.rename = async () => { throw Object.assign(new Error('EIO: i/o error'), { code: 'EIO' }); };
      assert.equal(await fake.commands.executeCommand('seedReader.markNotQuote', doc.uri.toString(), analysis.quotes.at(-1)!.start), false);
      assert.equal(sidecarText(), before, 'the previous sidecar is intact');
      const leftovers = [...fake.state.files.keys()].filter((k) => /\.tmp$/.test(k));
      assert.deepEqual(leftovers, [], 'no temporary file is left behind');
    } finally {
      fs.rename = original;
    }
  });
});
