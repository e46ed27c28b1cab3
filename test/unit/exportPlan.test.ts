// The export plan (src/export/plan.ts): which files an export of 1..n inputs writes, and the rules on what may be
// written over, run against an in-memory folder.
import * as assert from 'node:assert/strict';
import { toBrat } from '../../src/export/brat';
import { exportText } from '../../src/export/index';
import { decide, type Existing, executePlan, type PlanIO, type PlanPolicy, planExport, type PlannedFile } from '../../src/export/plan';
import { NASTY, real, SAMPLE } from './exportFixtures';

/** An in-memory folder: name → content; `inputs` names the files that are inputs (by index). */
function memoryFolder(files: Record<string, string> = {}, inputs: string[] = []) {
  const disk = new Map(Object.entries(files));
  const writes: string[] = [];
  const failOn = new Set<string>();
  const io: PlanIO = {
    existing(f, content): Existing {
      const k = inputs.indexOf(f.name);
      if (!disk.has(f.name)) return { kind: 'absent' };
      if (k >= 0) return { kind: 'input', index: k, same: disk.get(f.name) === content() };
      return disk.get(f.name) === content() ? { kind: 'same' } : { kind: 'differs' };
    },
    write(f, content) {
      if (failOn.has(f.name)) throw Object.assign(new Error('ENOSPC'), { code: 'ENOSPC' });
      writes.push(f.name);
      disk.set(f.name, content);
    },
  };
  return { disk, writes, failOn, io };
}

const overwriteAll: PlanPolicy = { conflicts: (fs) => new Set(fs.map((f) => f.name)) };
const keepAll: PlanPolicy = { conflicts: () => new Set() };
const names = (fs: { name: string }[] | { file: PlannedFile }[]) => fs.map((f) => ('file' in f ? f.file.name : f.name));

describe('export plan', () => {
  const a = real(SAMPLE, 'a.txt');
  const crlf = real(NASTY, 'a.seed');

  it('one file per input, names unique in the folder (case-insensitive), contents as exportText makes them', () => {
    const plan = planExport('json', [{ name: 'x/a.txt', input: a }, { name: 'y/A.txt', input: a }, { name: 'z/b.seed', input: crlf }]);
    assert.deepEqual(names(plan), ['a.seed.json', 'A-2.seed.json', 'b.seed.json']);
    assert.deepEqual(plan.map((f) => [f.role, f.input, f.after]), [['export', 0, undefined], ['export', 1, undefined], ['export', 2, undefined]]);
    assert.equal(plan[2].content(), exportText('json', crlf));
    const csv = planExport('csv', [{ name: 'a.txt', input: a }], { bom: true, csvRaw: true });
    assert.equal(csv[0].content(), exportText('csv', a, { bom: true, csvRaw: true }));
  });

  it('brat: each .txt before its .ann, annotation.conf last with the types of every input; chosen main names are kept', () => {
    const plan = planExport('brat', [{ name: 'x/a.txt', input: a }, { name: 'y/A.seed', input: crlf }]);
    assert.deepEqual(names(plan), ['a.txt', 'a.ann', 'A-2.txt', 'A-2.ann', 'annotation.conf']);
    assert.deepEqual(plan.map((f) => f.role), ['brat-txt', 'export', 'brat-txt', 'export', 'brat-conf']);
    assert.equal(plan[1].after, 0);
    assert.equal(plan[3].after, 2);
    assert.equal(plan[2].content(), toBrat(crlf).txt);
    assert.ok(!plan[2].content().includes('\r'), 'LF text');
    for (const t of toBrat(a).types) assert.match(plan[4].content(), new RegExp(`^${t}$`, 'm'));
    const chosen = planExport('brat', [{ name: 'a.txt', input: a }], {}, ['story.brat.ann']);
    assert.deepEqual(names(chosen), ['story.brat.txt', 'story.brat.ann', 'annotation.conf']);
  });

  it('decide: absent → write, same → keep, an input → keep only when identical, a folder → refuse, different → conflict', () => {
    assert.deepEqual(decide({ kind: 'absent' }), { write: true });
    assert.deepEqual(decide({ kind: 'same' }), { write: false, kept: true });
    assert.equal(decide({ kind: 'differs' }), 'conflict');
    assert.deepEqual(decide({ kind: 'input', index: 2, same: true }), { write: false, kept: true });
    assert.deepEqual(decide({ kind: 'input', index: 2, same: false }), { write: false, kept: false, why: 'input', inputIndex: 2 });
    assert.deepEqual(decide({ kind: 'not-a-file' }), { write: false, kept: false, why: 'not-a-file' });
  });

  it('writes absent files, leaves identical ones, and asks the policy once about all different ones', async () => {
    const plan = planExport('markdown', [{ name: 'a.txt', input: a }, { name: 'b.txt', input: crlf }, { name: 'c.txt', input: a }]);
    const m = memoryFolder({ 'a.seed.md': exportText('markdown', a), 'b.seed.md': 'old', 'c.seed.md': 'older' });
    const asked: string[][] = [];
    const out = await executePlan(plan, m.io, { conflicts: (fs) => { asked.push(names(fs)); return new Set(['c.seed.md']); } });
    assert.deepEqual(asked, [['b.seed.md', 'c.seed.md']]);
    assert.deepEqual(names(out.written), ['c.seed.md']);
    assert.deepEqual(names(out.kept), ['a.seed.md']);
    assert.deepEqual(out.notWritten.map((n) => [n.file.name, n.why]), [['b.seed.md', 'skipped']]);
    assert.equal(m.disk.get('b.seed.md'), 'old');
    assert.equal(out.cancelled, false);
  });

  it("'cancel' from the policy writes nothing", async () => {
    const m = memoryFolder({ 'b.seed.md': 'old' });
    const out = await executePlan(planExport('markdown', [{ name: 'a.txt', input: a }, { name: 'b.txt', input: a }]), m.io, { conflicts: () => 'cancel' });
    assert.equal(out.cancelled, true);
    assert.deepEqual(m.writes, []);
  });

  it('brat: an input is never written over; its .ann then waits, and annotation.conf needs some .ann', async () => {
    const plan = planExport('brat', [{ name: 'a.seed', input: crlf }]);
    const m = memoryFolder({ 'a.txt': NASTY }, ['a.txt']);
    const out = await executePlan(plan, m.io, overwriteAll);
    assert.deepEqual(out.notWritten.map((n) => [n.file.name, n.why, n.inputIndex]), [['a.txt', 'input', 0], ['a.ann', 'after', undefined], ['annotation.conf', 'after', undefined]]);
    assert.deepEqual(m.writes, []);
    assert.equal(m.disk.get('a.txt'), NASTY);
  });

  it('brat beside an LF seed: the seed is its own .txt (kept), the .ann and annotation.conf are written', async () => {
    const m = memoryFolder({ 'a.txt': SAMPLE }, ['a.txt']);
    const out = await executePlan(planExport('brat', [{ name: 'a.txt', input: a }]), m.io, keepAll);
    assert.deepEqual(names(out.kept), ['a.txt']);
    assert.deepEqual(m.writes, ['a.ann', 'annotation.conf']);
  });

  it('cancelOnRefusal: a refused file stops the whole export before anything is written', async () => {
    const m = memoryFolder({ 'a.seed.json': 'the seed itself' }, ['a.seed.json']);
    const plan = planExport('json', [{ name: 'b.txt', input: a }, { name: 'a.txt', input: a }]);
    const out = await executePlan(plan, m.io, { ...overwriteAll, cancelOnRefusal: true });
    assert.equal(out.cancelled, true);
    assert.deepEqual(m.writes, []);
    assert.deepEqual(out.notWritten.map((n) => [n.file.name, n.why]), [['a.seed.json', 'input']]);
  });

  it('a failed write or an export that cannot be built is reported; the rest is written; a .ann never without its .txt', async () => {
    const plan = planExport('brat', [{ name: 'a.txt', input: a }, { name: 'b.txt', input: a }]);
    const m = memoryFolder();
    m.failOn.add('a.txt');
    const out = await executePlan(plan, m.io, keepAll);
    assert.deepEqual(out.notWritten.map((n) => [n.file.name, n.why]), [['a.txt', 'failed'], ['a.ann', 'after']]);
    assert.equal((out.notWritten[0].error as { code?: string }).code, 'ENOSPC');
    assert.deepEqual(m.writes, ['b.txt', 'b.ann', 'annotation.conf']);

    const broken: PlannedFile = { name: 'x.seed.json', role: 'export', input: 0, content: () => { throw new RangeError('Invalid string length'); } };
    const m2 = memoryFolder({ 'x.seed.json': 'old' });
    const out2 = await executePlan([broken, ...planExport('json', [{ name: 'y.txt', input: a }])], m2.io, overwriteAll);
    assert.deepEqual(out2.notWritten.map((n) => [n.file.name, n.why]), [['x.seed.json', 'unbuilt']]);
    assert.ok(out2.notWritten[0].error instanceof RangeError);
    assert.deepEqual(m2.writes, ['y.seed.json']);
  });

  it('next() returning false stops between files (cancelled, what was written is reported)', async () => {
    const m = memoryFolder();
    let n = 0;
    const out = await executePlan(planExport('json', [{ name: 'a.txt', input: a }, { name: 'b.txt', input: a }, { name: 'c.txt', input: a }]),
      { ...m.io, next: () => n++ < 2 }, overwriteAll);
    assert.equal(out.cancelled, true);
    assert.deepEqual(names(out.written), ['a.seed.json', 'b.seed.json']);
  });

  it('builds a new file once (compared only when something is there)', async () => {
    let built = 0;
    const file: PlannedFile = { name: 'n.seed.json', role: 'export', input: 0, content: () => { built++; return 'x'; } };
    await executePlan([file], memoryFolder().io, keepAll);
    assert.equal(built, 1);
  });
});
