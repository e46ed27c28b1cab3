// The editor applies the reader's corrections (the sidecar beside the seed) on top of every analysis it publishes.
import * as assert from 'node:assert/strict';
import type * as vscode from 'vscode';
import * as fake from './fakes/vscode';
import { AnalysisService } from '../../src/editor/analysisService';
import { analyze, type Analysis } from '../../src/engine';
import { addCorrection, correctSpeaker, isCorrected, serializeCorrections } from '../../src/corrections';
import { SAMPLE } from './fakes/sample';

type Doc = vscode.TextDocument;
const SEED = '/seeds/000_sample.txt';
const SIDECAR = fake.Uri.file(`${SEED}.corrections.json`);

function counting(): { analyzer: (t: string) => Analysis; texts: string[] } {
  const texts: string[] = [];
  return { texts, analyzer: (t) => { texts.push(t); return analyze(t); } };
}

/** The first quote the engine attributes to someone, and a sidecar giving it to `name`. */
function speakerSidecar(name: string): { json: string; quoteStart: number } {
  const a = analyze(SAMPLE);
  const q = a.quotes.find((x) => x.speaker)!;
  return { json: serializeCorrections(addCorrection(null, correctSpeaker(SAMPLE, q, name))), quoteStart: q.start };
}

function speakerOf(a: Analysis, start: number): string | undefined {
  const q = a.quotes.find((x) => x.start === start)!;
  return a.actors.find((x) => x.id === q.speaker)?.name;
}

const nextPublish = (s: AnalysisService) => new Promise<Analysis>((resolve) => {
  const d = s.onDidChangeAnalysis((e) => { d.dispose(); resolve(e.analysis); });
});

describe('AnalysisService with corrections (sidecars)', () => {
  beforeEach(() => fake.reset());

  it('applies the sidecar beside the seed to the published analysis and reports it', async () => {
    const { json, quoteStart } = speakerSidecar('Jane Roe');
    fake.writeFile(SIDECAR, json);
    const s = new AnalysisService({ analyzer: analyze });
    const doc = fake.openDocument(SAMPLE, { path: SEED }) as unknown as Doc;
    const a = await s.get(doc);
    assert.ok(a);
    assert.equal(speakerOf(a, quoteStart), 'Jane Roe');
    assert.ok(isCorrected(a.quotes.find((q) => q.start === quoteStart)));
    assert.equal(s.peek(doc), a);
    const applied = s.correctionsOf(doc);
    assert.ok(applied);
    assert.equal(applied.sidecar.toString(), SIDECAR.toString());
    assert.equal(applied.outcome.applied, 1);
    assert.notEqual(speakerOf(s.rawOf(doc)!, quoteStart), 'Jane Roe', 'the engine analysis is kept apart');
    s.dispose();
  });

  it('re-applies a changed sidecar without analysing the seed again', async () => {
    const c = counting();
    const s = new AnalysisService({ analyzer: c.analyzer });
    const doc = fake.openDocument(SAMPLE, { path: SEED }) as unknown as Doc;
    const first = await s.get(doc);
    const { json, quoteStart } = speakerSidecar('Jane Roe');
    assert.notEqual(speakerOf(first!, quoteStart), 'Jane Roe');
    assert.equal(fake.state.watchers.length, 1);
    assert.match(fake.state.watchers[0].glob, /\*\*\/\*\.corrections\.json$/);
    let published = nextPublish(s);
    fake.writeFile(SIDECAR, json); // created on disk: the watcher fires
    assert.equal(speakerOf(await published, quoteStart), 'Jane Roe');
    published = nextPublish(s);
    fake.writeFile(SIDECAR, null); // deleted
    assert.notEqual(speakerOf(await published, quoteStart), 'Jane Roe');
    published = nextPublish(s);
    s.setSidecarText(SIDECAR as unknown as vscode.Uri, json); // written by Seed Reader itself: applied at once
    assert.equal(speakerOf(await published, quoteStart), 'Jane Roe');
    assert.equal(c.texts.length, 1, 'the seed was analysed once');
    s.dispose();
  });

  it('tells a malformed sidecar once per change, naming the file and the entry, and applies the rest', async () => {
    const { quoteStart } = speakerSidecar('x');
    const good = JSON.parse(speakerSidecar('Jane Roe').json).corrections[0];
    const text = JSON.stringify({ schema: 'seed-reader-corrections/1', corrections: [{ op: 'speaker', target: 5 }, good] });
    fake.writeFile(SIDECAR, text);
    const s = new AnalysisService({ analyzer: analyze });
    const doc = fake.openDocument(SAMPLE, { path: SEED }) as unknown as Doc;
    const a = await s.get(doc);
    assert.equal(speakerOf(a!, quoteStart), 'Jane Roe', 'the valid entry still applies');
    const warnings = fake.state.messages.filter((m) => m.level === 'warning');
    assert.equal(warnings.length, 1);
    assert.match(warnings[0].message, /000_sample\.txt\.corrections\.json: entry 0 \(speaker\)/);
    assert.ok(fake.state.output.some((l) => l.includes('entry 0 (speaker)')));
    await s.refresh(doc); // the same text again: not told twice
    assert.equal(fake.state.messages.filter((m) => m.level === 'warning').length, 1);
    const published = nextPublish(s);
    fake.writeFile(SIDECAR, '{ not json');
    await published;
    const after = fake.state.messages.filter((m) => m.level === 'warning');
    assert.equal(after.length, 2);
    assert.match(after[1].message, /000_sample\.txt\.corrections\.json: not valid JSON/);
    s.dispose();
  });

  it('an analysis finishing while the sidecar is being re-read is still published corrected', async () => {
    const { json, quoteStart } = speakerSidecar('Jane Roe');
    fake.writeFile(SIDECAR, json);
    let release: () => void = () => undefined;
    const gate = new Promise<void>((r) => (release = r));
    let calls = 0;
    const s = new AnalysisService({ analyzer: async (t) => { if (calls++ > 0) await gate; return analyze(t); } });
    const doc = fake.openDocument(SAMPLE, { path: SEED }) as unknown as Doc;
    assert.equal(speakerOf((await s.get(doc))!, quoteStart), 'Jane Roe');
    const again = s.refresh(doc); // in flight, held by the gate
    await new Promise((r) => setTimeout(r, 10));
    fake.writeFile(SIDECAR, json); // the watcher fires: the sidecar is re-read (same text)
    release();
    const a = await again;
    assert.equal(speakerOf(a!, quoteStart), 'Jane Roe');
    await new Promise((r) => setTimeout(r, 10));
    assert.equal(speakerOf(s.peek(doc)!, quoteStart), 'Jane Roe');
    s.dispose();
  });

  it('ignores sidecars when seedReader.corrections.enabled is false, and re-applies when it is turned on', async () => {
    const { json, quoteStart } = speakerSidecar('Jane Roe');
    fake.writeFile(SIDECAR, json);
    fake.setSetting('seedReader.corrections.enabled', false);
    const s = new AnalysisService({ analyzer: analyze });
    const doc = fake.openDocument(SAMPLE, { path: SEED }) as unknown as Doc;
    const a = await s.get(doc);
    assert.notEqual(speakerOf(a!, quoteStart), 'Jane Roe');
    assert.equal(s.correctionsOf(doc), undefined);
    const published = nextPublish(s);
    fake.setSetting('seedReader.corrections.enabled', true);
    assert.equal(speakerOf(await published, quoteStart), 'Jane Roe');
    s.dispose();
  });

  it('reads an open sidecar document (unsaved edits count) and follows its edits', async () => {
    const { json, quoteStart } = speakerSidecar('Jane Roe');
    const s = new AnalysisService({ analyzer: analyze });
    const doc = fake.openDocument(SAMPLE, { path: SEED }) as unknown as Doc;
    await s.get(doc);
    const side = fake.openDocument('', { path: SIDECAR.path, languageId: 'json' });
    const published = nextPublish(s);
    fake.editDocument(side, json);
    assert.equal(speakerOf(await published, quoteStart), 'Jane Roe');
    s.dispose();
  });
});
