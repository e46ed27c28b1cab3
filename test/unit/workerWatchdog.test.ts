// Hostile input against the analysis worker (the real dist/worker.js): a runaway analysis must not keep the only worker
// busy (the watchdog restarts it), a result too large to send is not sent, and crashes are always told.
// A runaway analysis is simulated, not found: a wrapper of dist/worker.js blocks the worker thread for the number of ms
// a text starts with (`SLOW<ms>`, seen as the document is opened in the worker), at the first clock read after it (the
// request's analysis) — so the tests do not depend on
// what the engine happens to find slow today.
import * as assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type * as vscode from 'vscode';
import * as fake from './fakes/vscode';
import { createAnalyzer, type Analysis } from '../../src/engine';
import {
  AnalysisTimeoutError, AnalysisTooLargeError, AnalysisWorker, SupersededError, type AnalysisWorkerOptions, type WorkerTimeout,
} from '../../src/worker/node/client';
import { AnalysisService } from '../../src/editor/analysisService';
import { SAMPLE, ROOT } from './fakes/sample';

const WORKER = join(ROOT, 'dist', 'worker.js');
type Doc = vscode.TextDocument;

/** How long the slow wrapper blocks the worker for a text starting with SLOW<ms>. */
const RUNAWAY_MS = 15_000;
/** A seed whose analysis "runs away" (blocks the worker for RUNAWAY_MS). */
const HOSTILE = `SLOW${RUNAWAY_MS} ${SAMPLE}`;

const WRAPPER = (worker: string) => `
const { parentPort } = require('node:worker_threads');
let armed = 0;
const now = performance.now.bind(performance);
performance.now = () => {
  if (armed) { const end = Date.now() + armed; armed = 0; while (Date.now() < end); }
  return now();
};
const on = parentPort.on.bind(parentPort);
parentPort.on = (ev, fn) => on(ev, ev !== 'message' ? fn : (msg) => {
  fn(msg);
  // A JSON-RPC seed/didOpen whose text starts with SLOW<ms>: the next clock read (its analysis) blocks.
  const text = msg && msg.method === 'seed/didOpen' && msg.params ? msg.params.text : undefined;
  const m = typeof text === 'string' ? /^SLOW(\\d+)/.exec(text) : null;
  if (m) armed = Number(m[1]);
});
require(${JSON.stringify(worker)});
`;

function fresh(text: string): Analysis {
  return createAnalyzer().analyze(text);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('worker watchdog: no document waits behind a runaway analysis', function () {
  this.timeout(60_000);
  let dir: string;
  let slowWorker: string;
  const workers: AnalysisWorker[] = [];
  const start = (options: AnalysisWorkerOptions) => {
    const w = new AnalysisWorker(slowWorker, undefined, undefined, options);
    workers.push(w);
    return w;
  };
  before(() => {
    if (!existsSync(WORKER)) throw new Error('dist/worker.js is missing: run `node esbuild.mjs` (npm run test:unit does)');
    dir = mkdtempSync(join(tmpdir(), 'seed-reader-slow-'));
    slowWorker = join(dir, 'slow-worker.js');
    writeFileSync(slowWorker, WRAPPER(WORKER));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));
  afterEach(() => {
    for (const w of workers.splice(0)) w.dispose();
  });

  it('the wrapper does block the worker (the tests below measure something)', async function () {
    const w = start({});
    await w.warm();
    const t0 = Date.now();
    await w.analyze('x', 'SLOW700 ' + SAMPLE);
    assert.ok(Date.now() - t0 >= 650, `${Date.now() - t0} ms`);
  });

  it('a superseded analysis that overruns its budget is stopped: the new version and other documents are answered', async () => {
    const w = start({ cancelledBudgetMs: () => 300 });
    const timeouts: WorkerTimeout[] = [];
    w.onTimeout = (t) => timeouts.push(t);
    await w.warm();
    const hostile = w.analyze('doc', HOSTILE);
    await sleep(200); // the worker is in it now
    const t0 = Date.now();
    const newer = w.analyze('doc', SAMPLE);
    const other = w.analyze('other', SAMPLE + '\nOne more line, she said.');
    await assert.rejects(hostile, (e) => e instanceof SupersededError);
    assert.deepEqual(await newer, fresh(SAMPLE));
    assert.deepEqual(await other, fresh(SAMPLE + '\nOne more line, she said.'));
    const waited = Date.now() - t0;
    assert.ok(waited < RUNAWAY_MS / 3, `answered after ${waited} ms`);
    assert.equal(w.restarts, 1);
    assert.equal(timeouts.length, 1);
    assert.equal(timeouts[0].key, 'doc');
    assert.equal(timeouts[0].cancelled, true);
    assert.equal(w.busy, 0);
  });

  it('closing the document stops its runaway analysis', async () => {
    const w = start({ cancelledBudgetMs: () => 300 });
    await w.warm();
    const hostile = w.analyze('closed', HOSTILE);
    await sleep(200);
    const t0 = Date.now();
    w.forget('closed');
    await assert.rejects(hostile, (e) => e instanceof SupersededError);
    assert.deepEqual(await w.analyze('other', SAMPLE), fresh(SAMPLE));
    assert.ok(Date.now() - t0 < RUNAWAY_MS / 3, `answered after ${Date.now() - t0} ms`);
    assert.equal(w.restarts, 1);
  });

  it('an analysis past its time budget fails with "analysis took too long"; the others are sent again and answered', async () => {
    const w = start({ budgetMs: () => 800 });
    await w.warm();
    const t0 = Date.now();
    const hostile = w.analyze('hostile', HOSTILE);
    await sleep(100);
    const others = [w.analyze('a', SAMPLE), w.analyze('b', SAMPLE.replace('Mr. Clark said', 'Mr. Clark told reporters'))];
    await assert.rejects(hostile, (e) => e instanceof AnalysisTimeoutError && e.message === 'analysis took too long');
    assert.deepEqual(await others[0], fresh(SAMPLE));
    assert.deepEqual(await others[1], fresh(SAMPLE.replace('Mr. Clark said', 'Mr. Clark told reporters')));
    assert.ok(Date.now() - t0 < RUNAWAY_MS / 3, `answered after ${Date.now() - t0} ms`);
    assert.equal(w.restarts, 1);
    // The new worker works as before, edits included.
    assert.deepEqual(await w.analyze('a', SAMPLE + '\nAgain, he said.'), fresh(SAMPLE + '\nAgain, he said.'));
  });

  it('a runaway analysis holding up another document gets the shorter budget', async () => {
    const w = start({ budgetMs: () => 60_000, contendedBudgetMs: () => 600 });
    await w.warm();
    const hostile = w.analyze('hostile', HOSTILE);
    await sleep(1000); // alone, it may run on
    const t0 = Date.now();
    const other = w.analyze('other', SAMPLE);
    await assert.rejects(hostile, (e) => e instanceof AnalysisTimeoutError);
    assert.deepEqual(await other, fresh(SAMPLE));
    assert.ok(Date.now() - t0 < RUNAWAY_MS / 3, `answered after ${Date.now() - t0} ms`);
    assert.equal(w.restarts, 1);
  });

  it('ordinary analyses, superseded or not, never restart the worker', async () => {
    const w = start({});
    for (let i = 0; i < 5; i++) {
      const p = w.analyze('doc', `${SAMPLE}\nLine ${i}, she said.`);
      if (i < 4) p.catch(() => undefined);
      else assert.deepEqual(await p, fresh(`${SAMPLE}\nLine ${i}, she said.`));
    }
    assert.equal(w.restarts, 0);
  });
});

describe('worker result size limit', function () {
  this.timeout(60_000);
  it('a result over the limit is not sent: the request fails with "analysis too large to display"', async () => {
    const w = new AnalysisWorker(WORKER, undefined, undefined, { maxResultChars: 2000 });
    try {
      await assert.rejects(w.analyze('a', SAMPLE), (e) => e instanceof AnalysisTooLargeError && e.message === 'analysis too large to display');
      // A small text still comes back.
      const tiny = 'Headline\n20240101\nhttps://example.org/a\nHello.\n';
      assert.deepEqual(await w.analyze('b', tiny), fresh(tiny));
    } finally {
      w.dispose();
    }
  });
});

describe('AnalysisService: hostile input is reported, never silent', function () {
  this.timeout(60_000);
  let dir: string;
  let slowWorker: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'seed-reader-slow-'));
    slowWorker = join(dir, 'slow-worker.js');
    writeFileSync(slowWorker, WRAPPER(WORKER));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));
  beforeEach(() => fake.reset());

  it('says that an analysis took too long (once per document) and logs it; other documents are analysed', async () => {
    const s = new AnalysisService({ client: new AnalysisWorker(slowWorker, undefined, undefined, { budgetMs: () => 800 }) });
    try {
      const hostile = fake.openDocument(HOSTILE);
      const other = fake.openDocument(SAMPLE);
      const first = s.get(hostile as unknown as Doc);
      await sleep(100);
      const t0 = Date.now();
      assert.deepEqual(await s.get(other as unknown as Doc), fresh(SAMPLE));
      assert.ok(Date.now() - t0 < RUNAWAY_MS / 3);
      assert.equal(await first, undefined);
      const warnings = fake.state.messages.filter((m) => m.level === 'warning');
      assert.equal(warnings.length, 1);
      assert.match(warnings[0].message, /took too long/);
      assert.ok(fake.state.output.some((l) => /took too long/.test(l)), fake.state.output.join('\n'));
    } finally {
      s.dispose();
    }
  });

  it('says that an analysis is too large to display', async () => {
    const s = new AnalysisService({ client: new AnalysisWorker(WORKER, undefined, undefined, { maxResultChars: 2000 }) });
    try {
      const doc = fake.openDocument(SAMPLE);
      assert.equal(await s.get(doc as unknown as Doc), undefined);
      const warnings = fake.state.messages.filter((m) => m.level === 'warning');
      assert.equal(warnings.length, 1);
      assert.match(warnings[0].message, /too large to display/);
    } finally {
      s.dispose();
    }
  });

  it('tells of every worker crash (at most one message per interval) and logs each', async () => {
    const s = new AnalysisService({ client: new AnalysisWorker(WORKER), crashMessageIntervalMs: 500 });
    const kill = () => (s as unknown as { worker: { worker?: { terminate(): Promise<number> } } }).worker.worker?.terminate();
    try {
      for (let i = 0; i < 3; i++) {
        const doc = fake.openDocument(`${SAMPLE}\nCrash ${i}, he said.`);
        const pending = s.get(doc as unknown as Doc);
        void kill();
        assert.equal(await pending, undefined);
      }
      const errors = () => fake.state.messages.filter((m) => m.level === 'error');
      assert.equal(errors().length, 1, 'the first crash at once');
      assert.equal(fake.state.output.filter((l) => /\] the analysis worker stopped/.test(l)).length, 3, 'every crash logged');
      await sleep(700);
      assert.equal(errors().length, 2, 'the later crashes after the interval');
      assert.match(errors()[1].message, /2 times/);
      // The worker restarts on the next analysis.
      const doc = fake.openDocument(SAMPLE);
      assert.deepEqual(await s.get(doc as unknown as Doc), fresh(SAMPLE));
    } finally {
      s.dispose();
    }
  });
});
