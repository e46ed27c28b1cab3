// Corpus files in batches through the worker (`seed/corpusSummaries`): the worker's summaries are those of the
// in-process path (corrections applied), a failing file fails alone, cancellation stops a batch; the corpus service's
// batcher groups files and builds the same index as one analysis per file.
import * as assert from 'node:assert/strict';
import { MessageChannel } from 'node:worker_threads';
import { analyze, createAnalyzer } from '../../src/engine';
import { summarize } from '../../src/corpus';
import { addCorrection, correctSpeaker } from '../../src/corrections/edit';
import { serializeCorrections } from '../../src/corrections/parse';
import { applySidecarText } from '../../src/corrections/sidecar';
import { serve, summarizeCorpusFile, type ServerEnv } from '../../src/worker/server';
import { AnalysisClient, type WorkerFactory } from '../../src/worker/client';
import { PortReader, PortWriter, installRuntime, portConnection } from '../../src/worker/node/port';
import { CorpusBatcher, BATCH_FILES } from '../../src/editor/corpus/corpusBatcher';
import { CorpusService, type CorpusHost } from '../../src/editor/corpus/corpusService';
import type { CorpusFile, CorpusFileResult } from '../../src/worker/protocol';
import { PLANTED } from './corpusFixtures';

/** A client whose worker is `serve` on the other end of a MessageChannel in this thread. */
function inThread(): { client: AnalysisClient; stats: NonNullable<ServerEnv['stats']> } {
  const stats = { analyses: 0, ranged: 0, compared: 0 };
  const factory: WorkerFactory = {
    start() {
      const { port1, port2 } = new MessageChannel();
      installRuntime();
      serve(new PortReader(port2), new PortWriter(port2), { loadedAt: 0, stats });
      return { connection: portConnection(port1), terminate: () => { port1.close(); port2.close(); }, hold: () => undefined };
    },
  };
  return { client: new AnalysisClient(factory), stats };
}

const never = { isCancellationRequested: false, onCancellationRequested: () => ({ dispose: () => undefined }) };

/** A sidecar that takes the speaker of the first quote of `text` away. */
function sidecarFor(text: string): string {
  const q = analyze(text).quotes[0];
  assert.ok(q, 'the fixture has a quote');
  return serializeCorrections(addCorrection(null, correctSpeaker(text, q, null)));
}

describe('corpus batches in the worker (seed/corpusSummaries)', function () {
  this.timeout(30_000);

  it('returns the summaries of the in-process path, in order, the corrections applied; a bad file fails alone', async () => {
    const { client, stats } = inThread();
    try {
      const withFix = PLANTED[0].text;
      const json = sidecarFor(withFix);
      const files: CorpusFile[] = [
        { key: 'a', text: withFix, corrections: json },
        { key: 'b', text: PLANTED[1].text },
        { key: 'bad', text: 42 as unknown as string },
        { key: 'c', text: PLANTED[2].text },
      ];
      const results = await client.corpusSummaries(files, never);
      assert.deepEqual(results.map((r) => r.key), ['a', 'b', 'bad', 'c']);
      const corrected = applySidecarText(createAnalyzer().analyze(withFix), withFix, json).analysis;
      assert.deepEqual(results[0], { key: 'a', summary: summarize('a', corrected, withFix) });
      // The correction changed something: without it the summary differs.
      assert.notDeepEqual((results[0] as { summary: unknown }).summary, summarize('a', analyze(withFix), withFix));
      assert.deepEqual(results[1], { key: 'b', summary: summarize('b', analyze(PLANTED[1].text), PLANTED[1].text) });
      assert.ok('error' in results[2]);
      assert.deepEqual(results[3], { key: 'c', summary: summarize('c', analyze(PLANTED[2].text), PLANTED[2].text) });
      assert.equal(stats.analyses, 4);
    } finally {
      client.dispose();
    }
  });

  it('a cancelled batch rejects and stops before its end', async () => {
    const { client, stats } = inThread();
    try {
      // Long enough that the batch is still running when the cancel arrives (each file a few ms, 200 of them).
      const body = PLANTED.map((p) => p.text.split('\n').slice(3).join('\n')).join('\n');
      const long = `${PLANTED[0].text.split('\n').slice(0, 3).join('\n')}\n${body}\n${body}\n${body}\n`;
      const files = Array.from({ length: 200 }, (_, i) => ({ key: `f${i}`, text: `${long}(${i})` }));
      let fire: (() => void) | undefined;
      const token = { isCancellationRequested: false, onCancellationRequested: (fn: () => void) => { fire = fn; return { dispose: () => undefined }; } };
      const p = client.corpusSummaries(files, token);
      setTimeout(() => { token.isCancellationRequested = true; fire?.(); }, 20);
      await assert.rejects(p, /cancelled/);
      assert.ok(stats.analyses < files.length, `${stats.analyses} analysed`);
    } finally {
      client.dispose();
    }
  });

  it('summarizeCorpusFile never throws', () => {
    assert.ok('error' in summarizeCorpusFile(null as unknown as CorpusFile));
    assert.ok('summary' in summarizeCorpusFile({ key: 'x', text: '' }));
  });
});

describe('the corpus service in batches', function () {
  this.timeout(30_000);

  it('groups files by count and size; a failed request fails its files, a cancel the rest', async () => {
    const sent: number[] = [];
    const b = new CorpusBatcher(async (files) => {
      sent.push(files.length);
      if (files.some((f) => f.key === 'boom')) throw new Error('worker died');
      return files.map((f): CorpusFileResult => ({ key: f.key, summary: summarize(f.key, analyze(f.text), f.text) }));
    });
    const all = Array.from({ length: BATCH_FILES + 3 }, (_, i) => b.summarize({ key: `k${i}`, text: PLANTED[0].text }));
    const got = await Promise.all(all);
    assert.deepEqual(sent, [BATCH_FILES, 3]);
    assert.equal(got[4].file, 'k4');
    const big = 'x'.repeat(700_000);
    await Promise.all([b.summarize({ key: 'big1', text: big }), b.summarize({ key: 'big2', text: big })]);
    assert.deepEqual(sent.slice(2), [1, 1]);
    await assert.rejects(b.summarize({ key: 'boom', text: '' }), /worker died/);
    const late = b.summarize({ key: 'late', text: PLANTED[0].text });
    b.cancel();
    await assert.rejects(late, /cancelled/);
    await assert.rejects(b.summarize({ key: 'after', text: '' }), /cancelled/);
  });

  it('builds the index of one analysis per file, with far fewer requests; a failing file is skipped', async () => {
    const files = new Map<string, Uint8Array>();
    const enc = new TextEncoder();
    for (let i = 0; i < 30; i++) files.set(`file:///ws/${i}.seed`, enc.encode(PLANTED[i % PLANTED.length].text));
    const sidecar = sidecarFor(PLANTED[0].text);
    const { client } = inThread();
    let requests = 0;
    const host = (batch: boolean): CorpusHost => ({
      listFiles: async () => [...files.keys()],
      size: async (f) => files.get(f)!.length,
      read: async (f) => files.get(f)!,
      analyze: async (text, key) => {
        if (key.endsWith('/7.seed')) throw new Error('boom');
        const a = analyze(text);
        return key === 'corpus:file:///ws/0.seed' ? applySidecarText(a, text, sidecar).analysis : a;
      },
      dependencies: async (f) => (f === 'file:///ws/0.seed' ? sidecar : ''),
      summarizeBatch: batch ? async (fs, token) => {
        requests++;
        const out = await client.corpusSummaries(fs.filter((f) => !f.key.endsWith('/7.seed')), token);
        return fs.some((f) => f.key.endsWith('/7.seed')) ? [...out, { key: 'file:///ws/7.seed', error: 'boom' }] : out;
      } : undefined,
      load: async () => undefined,
      save: async () => undefined,
      log: () => undefined,
      maxBytes: () => 0,
      engineVersion: 'e',
    });
    try {
      const one = new CorpusService(host(false), 0);
      await one.indexAll();
      const batched = new CorpusService(host(true), 0);
      await batched.indexAll();
      assert.equal(batched.index.size, 29);
      assert.equal(batched.skipped.get('file:///ws/7.seed')?.reason, 'analysis failed');
      assert.deepEqual([...batched.index.files()].sort(), [...one.index.files()].sort());
      for (const f of one.index.files()) assert.deepEqual(batched.index.get(f), one.index.get(f), f);
      assert.ok(requests > 0 && requests <= 6, `${requests} requests`);
      // A change after the run goes alone through the same request.
      files.set('file:///ws/3.seed', enc.encode(PLANTED[5].text));
      await batched.update('file:///ws/3.seed');
      assert.deepEqual(batched.index.get('file:///ws/3.seed'), summarize('file:///ws/3.seed', analyze(PLANTED[5].text), PLANTED[5].text));
    } finally {
      client.dispose();
    }
  });
});

describe('the corpus index builds incrementally', () => {
  it('after any sequence of adds, replaces and removes, its actors are those of an index built at once', () => {
    const { CorpusIndex } = require('../../src/corpus') as typeof import('../../src/corpus');
    const texts = PLANTED.map((p) => p.text);
    const summaries = (file: string, i: number) => summarize(file, analyze(texts[i]), texts[i]);
    const files = ['f0', 'f1', 'f2', 'f3', 'f4', 'f5'];
    let seed = 7;
    const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648) % n);
    for (let run = 0; run < 12; run++) {
      const live = new CorpusIndex();
      const now = new Map<string, number>();
      for (let step = 0; step < 25; step++) {
        const f = files[rnd(files.length)];
        if (rnd(4) === 0) {
          live.delete(f);
          now.delete(f);
        } else {
          const i = rnd(texts.length);
          live.set(summaries(f, i));
          now.set(f, i);
        }
        if (rnd(2) === 0) live.actors(); // a build in between: the next one is incremental
      }
      const once = new CorpusIndex();
      for (const [f, i] of [...now].sort()) once.set(summaries(f, i));
      const view = (ix: InstanceType<typeof CorpusIndex>) => ix.actors().map((a) => ({ ...a, articles: ix.articlesOf(a.speakerId).map((x) => x.file) }));
      assert.deepEqual(view(live), view(once), `run ${run}`);
      assert.deepEqual([...live.records()].map((r) => r.speakerId).sort(), [...once.records()].map((r) => r.speakerId).sort());
    }
  });

  it('a bare surname joins the full name once it is known, and leaves it when the full name goes', () => {
    const { CorpusIndex } = require('../../src/corpus') as typeof import('../../src/corpus');
    const sum = (name: string) => {
      const p = PLANTED.find((x) => x.name === name)!;
      return summarize(name, analyze(p.text), p.text);
    };
    const ix = new CorpusIndex();
    ix.set(sum('blinken-bare.seed.txt'));
    const bareId = ix.speakers().find((a) => /Blinken/.test(a.name))!.speakerId;
    ix.set(sum('blinken-titled.seed.txt'));
    const joined = ix.speakers().filter((a) => /Blinken/.test(a.name));
    assert.equal(joined.length, 1);
    assert.notEqual(joined[0].speakerId, bareId);
    assert.equal(joined[0].quotedArticles, 2);
    ix.delete('blinken-titled.seed.txt');
    assert.deepEqual(ix.speakers().filter((a) => /Blinken/.test(a.name)).map((a) => a.speakerId), [bareId]);
  });
});

describe('the Corpus view lists actors a page at a time', () => {
  it('a long actor list ends with "Show more…", whose children are the next page, and so on to the last actor', () => {
    const { CorpusIndex } = require('../../src/corpus') as typeof import('../../src/corpus');
    const { CorpusModel } = require('../../src/editor/corpus/corpusModel') as typeof import('../../src/editor/corpus/corpusModel');
    const { treeItemOf } = require('../../src/editor/corpus/corpusTree') as typeof import('../../src/editor/corpus/corpusTree');
    const ix = new CorpusIndex();
    for (const p of PLANTED) ix.set(summarize(p.name, analyze(p.text), p.text));
    const all = ix.speakers().length;
    assert.ok(all >= 3, `${all} speakers`);
    const model = new CorpusModel(ix, '', 1);
    const group = model.roots()[0];
    const kids = model.children(group);
    assert.equal(kids.length, 2);
    const more = kids[1];
    assert.ok(more.type === 'more' && more.more === all - 1 && more.shown === 1);
    const item = treeItemOf(more);
    assert.equal(item.collapsibleState, 1); // Collapsed: expanding it lists the next page
    assert.match(String(item.description), new RegExp(`^${all - 1} `));
    // Walking the "Show more…" nodes lists every actor once, in the order of the whole list.
    const seen: string[] = [];
    let page = kids;
    for (let guard = 0; guard < all; guard++) {
      const last = page[page.length - 1];
      seen.push(...page.filter((n) => n.type === 'actor').map((n) => n.id));
      if (last.type !== 'more') break;
      page = model.children(last);
    }
    assert.deepEqual(seen, model.actorNodes().map((n) => n.id));
    // The whole list when it fits in a page; the default page is 200.
    assert.equal(new CorpusModel(ix, '', all).children(group).length, all);
    assert.equal(new CorpusModel(ix).children(group).length, all);
  });
});
