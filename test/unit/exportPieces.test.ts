// Every export format in pieces (the CLI and folder exports write them one at a time): joined, the pieces are exactly
// the format's whole string, whatever the piece size; pieces stay near the size asked for; the export plan writes files
// in pieces where its writer can, telling a piece that cannot be built from a failed write.
import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sameContentIn } from '../../src/cli/folder';
import { combinedPieces } from '../../src/export/batch';
import { bratAnnPieces, bratNormalizes, bratText, toBrat } from '../../src/export/brat';
import { EXPORT_FORMATS, type ExportInput } from '../../src/export/common';
import { CSV_LAYERS, csvPieces, csvRows, stringifyCsv, toCsv } from '../../src/export/csv';
import { exportPieces, exportText } from '../../src/export/index';
import { markdownPieces, toMarkdown } from '../../src/export/markdown';
import { executePlan, type PlanIO, planExport, type PlannedFile } from '../../src/export/plan';
import { toW3c, toW3cLine, w3cPieces } from '../../src/export/w3c';
import { combine, input, NASTY, nastyFixture, real, SAMPLE, sampleFixture } from './exportFixtures';

/** An invented seed with many names, quotes and claims: hundreds of items. */
const MANY = ['Harbour lamps notes', '20240311', 'https://example.org/lamps',
  ...Array.from({ length: 60 }, (_, i) => `"The quay ${i} opens at noon," said Ilse Marrow, a pilot of the Tern Ferry Company. Mayor Odo Brill told the council: "We will pay for lamp ${i}."`)].join('\n');

const SIZES = [1, 64, 4096, Infinity];

function inputs(): ExportInput[] {
  return [input(sampleFixture(), SAMPLE), input(nastyFixture(), NASTY, 'nasty.txt'), real(MANY), real(''), real('Only a headline'), real(MANY.replace(/\n/g, '\r\n'), 'crlf.txt')];
}

describe('export: every format in pieces', () => {
  const all = inputs();

  it('markdown: joined, the pieces are toMarkdown, whatever the piece size', () => {
    for (const i of all) for (const size of SIZES) assert.equal([...markdownPieces(i, size)].join(''), toMarkdown(i), `${i.fileName}, pieces of ${size}`);
  });

  it('csv: joined, the pieces are all rows serialised at once for every layer, with and without BOM and header', () => {
    for (const i of all) {
      for (const layer of CSV_LAYERS) {
        for (const options of [{ layer }, { layer, bom: true }, { layer, header: false }, { layer, raw: true, bom: true }]) {
          const whole = stringifyCsv(csvRows(i, layer), layer, options);
          assert.equal(toCsv(i, options), whole, `${i.fileName} ${JSON.stringify(options)}, toCsv`);
          for (const size of SIZES) assert.equal([...csvPieces(i, options, size)].join(''), whole, `${i.fileName} ${JSON.stringify(options)}, pieces of ${size}`);
        }
      }
    }
  });

  it('w3c: joined, the pieces are toW3c (indented) and toW3cLine (one line)', () => {
    for (const i of all) {
      for (const size of SIZES) {
        assert.equal([...w3cPieces(i, true, size)].join(''), toW3c(i), `${i.fileName} readable, pieces of ${size}`);
        assert.equal([...w3cPieces(i, false, size)].join(''), toW3cLine(i), `${i.fileName} line, pieces of ${size}`);
      }
    }
  });

  it('brat: joined, the pieces are the .ann of toBrat, and they report its types; bratText and bratNormalizes as toBrat', () => {
    for (const i of all) {
      const whole = toBrat(i);
      for (const size of SIZES) {
        const types = new Set<string>();
        assert.equal([...bratAnnPieces(i, size, types)].join(''), whole.ann, `${i.fileName}, pieces of ${size}`);
        assert.deepEqual([...types], whole.types);
      }
      assert.equal(bratText(i.text), whole.txt);
      assert.equal(bratNormalizes(i.text), whole.normalized);
    }
    for (const t of ['\uFEFFA headline\nbody', 'A headline\rbody', 'A headline\r\nbody', 'A headline\nbody', '']) {
      assert.equal(bratNormalizes(t), toBrat(real(t)).normalized, JSON.stringify(t));
    }
  });

  it('exportPieces is exportText, and combinedPieces, part after part, is the combined reference, for every format and option', () => {
    for (const [k, i] of all.entries()) {
      const next = all[(k + 1) % all.length];
      for (const format of EXPORT_FORMATS) {
        for (const options of [{}, { layer: 'entities' as const, bom: true }, { layer: 'claims' as const, csvRaw: true }]) {
          assert.equal([...exportPieces(format, i, options)].join(''), exportText(format, i, options), `${format} ${i.fileName}`);
          if (format === 'brat' || format === 'html') continue;
          const parts = [...combinedPieces(format, i, true, options), ...combinedPieces(format, next, false, options)].join('');
          assert.equal(parts, combine(format, [i, next], options), `${format} combined, ${i.fileName} then ${next.fileName}`);
        }
      }
    }
  });

  it('makes pieces of about the size asked for (each at least one line, row or item), so no export is built whole', () => {
    const i = real(MANY);
    const cases: [string, (size: number) => string[], string, number][] = [
      ['markdown', (s) => [...markdownPieces(i, s)], toMarkdown(i), 400],
      ['csv', (s) => [...csvPieces(i, { layer: 'entities' }, s)], toCsv(i, { layer: 'entities' }), 400],
      ['w3c', (s) => [...w3cPieces(i, true, s)], toW3c(i), 2000],
      ['brat', (s) => [...bratAnnPieces(i, s)], toBrat(i).ann, 400],
    ];
    for (const [name, pieces, whole, slack] of cases) {
      const got = pieces(2048);
      assert.ok(got.length >= whole.length / (2048 + slack), `${name}: ${got.length} pieces for ${whole.length} characters`);
      for (const p of got) assert.ok(p.length <= 2048 + slack * 2, `${name}: a piece of ${p.length} characters`);
      assert.equal(pieces(1 << 20).length, 1, `${name}: one piece under the default size`);
    }
  });

  describe('the export plan writes in pieces where its writer can', () => {
    const a = real(MANY, 'a.txt');

    function piecewiseFolder(failWrite = false) {
      const disk = new Map<string, string>();
      const log: string[] = [];
      const io: PlanIO = {
        existing: () => ({ kind: 'absent' }),
        write(f, content) {
          log.push(`whole ${f.name}`);
          disk.set(f.name, content);
        },
        writePieces(f, pieces) {
          let s = '';
          let n = 0;
          for (const p of pieces) {
            if (failWrite) throw Object.assign(new Error('no space left'), { code: 'ENOSPC' });
            s += p;
            n++;
          }
          log.push(`${n} pieces ${f.name}`);
          disk.set(f.name, s);
        },
      };
      return { disk, log, io };
    }

    it('every format: the same files as whole writes; the main file in pieces (brat: the .ann), annotation.conf with its types', async () => {
      for (const format of EXPORT_FORMATS) {
        const plan = planExport(format, [{ name: 'a.txt', input: a }, { name: 'b.txt', input: input(nastyFixture(), NASTY, 'b.txt') }]);
        const m = piecewiseFolder();
        const out = await executePlan(plan, m.io, { conflicts: () => new Set() });
        assert.equal(out.notWritten.length, 0, format);
        for (const f of plan) assert.equal(m.disk.get(f.name), f.content(), `${format}: ${f.name}`);
        const inPieces = m.log.filter((l) => !l.startsWith('whole')).length;
        assert.equal(inPieces, 2, `${format}: ${m.log.join(', ')}`);
      }
    });

    it('a piece that cannot be built is "unbuilt", a failed write "failed"; nothing else stops', async () => {
      const broken: PlannedFile = {
        name: 'x.seed.md', role: 'export', input: 0, content: () => 'never',
        pieces: function* () {
          yield '# partial';
          throw new RangeError('Invalid string length');
        },
      };
      const m = piecewiseFolder();
      const out = await executePlan([broken, ...planExport('markdown', [{ name: 'y.txt', input: a }])], m.io, { conflicts: () => new Set() });
      assert.deepEqual(out.notWritten.map((n) => [n.file.name, n.why]), [['x.seed.md', 'unbuilt']]);
      assert.ok(out.notWritten[0].error instanceof RangeError);
      assert.deepEqual([...m.disk.keys()], ['y.seed.md']);

      const f = piecewiseFolder(true);
      const out2 = await executePlan(planExport('csv', [{ name: 'y.txt', input: a }]), f.io, { conflicts: () => new Set() });
      assert.deepEqual(out2.notWritten.map((n) => [n.file.name, n.why]), [['y.seed.csv', 'failed']]);
      assert.equal((out2.notWritten[0].error as { code?: string }).code, 'ENOSPC');
    });

    it('sameContentIn compares a file with content in pieces (equal, shorter, longer, different, multibyte, missing)', () => {
      const dir = mkdtempSync(join(tmpdir(), 'seed-pieces-'));
      try {
        const p = join(dir, 'f.txt');
        writeFileSync(p, 'Ilse said — “yes” 😀\nend');
        assert.equal(sameContentIn(p, ['Ilse said — “yes”', ' 😀\n', 'end']), true);
        assert.equal(sameContentIn(p, ['Ilse said — “yes” 😀\nen']), false);
        assert.equal(sameContentIn(p, ['Ilse said — “yes” 😀\nend', '!']), false);
        assert.equal(sameContentIn(p, ['Ilse said — “no” 😀\nend']), false);
        assert.equal(sameContentIn(join(dir, 'missing.txt'), ['x']), false);
        assert.throws(() => sameContentIn(p, (function* () {
          yield 'Ilse';
          throw new RangeError('Invalid string length');
        })()), RangeError, 'what building a piece throws is the caller\'s');
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });
});
