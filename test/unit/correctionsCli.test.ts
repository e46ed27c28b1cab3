// The CLI and the reader's corrections: `seed-reader export` applies `<seed>.corrections.json`;
// `--no-corrections` ignores it. Orphaned corrections warn (exit code unchanged); an invalid sidecar
// or entry is an error (exit code 1) and the valid entries still apply.
import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { runCli } from '../../src/cliMain';
import { CSV_COLUMNS } from '../../src/export/csv';
import type { SeedJsonDocument } from '../../src/export/json';
import { checkSeedJson, SAMPLE } from './exportFixtures';

interface Run { code: number; out: string; err: string }

async function run(...argv: string[]): Promise<Run> {
  let out = '';
  let err = '';
  const code = await runCli(argv, { stdout: (s) => { out += s; }, stderr: (s) => { err += s; } });
  return { code, out, err };
}

const at = (text: string, exact: string) => ({ exact, start: text.indexOf(exact) });

/** One correction of each op, on the sample seed. */
function everyOp(text: string) {
  return {
    schema: 'seed-reader-corrections/1',
    corrections: [
      { op: 'speaker', target: at(text, 'He wants to shatter NATO. Hes thinking big'), speaker: 'William Taylor' },
      { op: 'notQuote', target: at(text, 'The sequence is wrong') },
      { op: 'quote', target: at(text, 'a prelude to an invasion'), speaker: 'Some Analyst' },
      { op: 'entityType', target: at(text, 'White House'), type: 'place' },
      { op: 'notEntity', target: at(text, 'Kyiv') },
      { op: 'mergeActors', actors: ['Biden', 'Biden administration'], name: 'Joseph R. Biden Jr.' },
      { op: 'splitActor', actor: 'NATO', mentions: [{ exact: 'NATO', start: text.indexOf('NATO', text.indexOf('NATO') + 1) }], name: 'NATO leaders', type: 'organization' },
      { op: 'renameActor', actor: 'Wesley Clark', name: 'Gen. Wesley Clark' },
    ],
  };
}

describe('CLI: corrections sidecar', () => {
  let dir: string;
  let seed: string;
  let sidecar: string;
  let plain: SeedJsonDocument;

  const put = (name: string, content: string | object) => {
    const p = join(dir, name);
    writeFileSync(p, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
    return p;
  };
  const json = (r: Run, text = SAMPLE) => checkSeedJson(JSON.parse(r.out), text);

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'seed-corr-'));
    seed = put('000_be6e4752cb109430.txt', SAMPLE);
    sidecar = `${seed}.corrections.json`;
    const r = await run('export', '-f', 'json', seed);
    assert.equal(r.code, 0);
    plain = json(r);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));
  afterEach(() => rmSync(sidecar, { force: true }));

  it('the help names --no-corrections and the sidecar', async () => {
    const h = await run('export', '--help');
    assert.match(h.out, /--no-corrections/);
    assert.match(h.out, /FILE\.corrections\.json/);
  });

  it('a sidecar with each op changes the JSON export as expected', async () => {
    put('000_be6e4752cb109430.txt.corrections.json', everyOp(SAMPLE));
    const r = await run('export', '-f', 'json', seed);
    assert.equal(r.code, 0, r.err);
    assert.equal(r.err, '');
    const d = json(r);
    const actor = (name: string) => d.actors.find((a) => a.name === name);
    const quote = (start: string) => d.quotes.find((q) => q.text.startsWith(start));
    // speaker
    const q0 = quote('He wants to shatter NATO')!;
    assert.equal(q0.speaker, actor('William Taylor')!.id);
    assert.equal(q0.corrected, true);
    assert.ok(actor('William Taylor')!.quotes!.includes(q0.id));
    // notQuote
    assert.equal(quote('The sequence is wrong'), undefined);
    assert.ok(plain.quotes.some((q) => q.text.startsWith('The sequence is wrong')));
    // quote, with a new speaker
    const q2 = quote('a prelude to an invasion')!;
    assert.equal(q2.corrected, true);
    assert.equal(q2.speaker, actor('Some Analyst')!.id);
    assert.equal(actor('Some Analyst')!.corrected, true);
    assert.ok(d.claims.some((c) => c.quote === q2.id && c.corrected));
    // entityType
    const wh = d.entities.find((e) => e.text === 'White House')!;
    assert.equal(wh.type, 'place');
    assert.equal(wh.corrected, true);
    assert.equal(wh.actor, undefined);
    // notEntity
    const kyiv = SAMPLE.indexOf('Kyiv');
    assert.ok(plain.entities.some((e) => e.start === kyiv));
    assert.ok(!d.entities.some((e) => e.start === kyiv));
    // mergeActors
    const biden = actor('Joseph R. Biden Jr.')!;
    assert.equal(biden.corrected, true);
    assert.ok(biden.aliases.includes('Biden administration'));
    assert.equal(actor('Biden administration'), undefined);
    assert.equal(d.actors.length, plain.actors.length - 1 /* merge */ + 1 /* split */ + 1 /* Some Analyst */ - 1 /* White House */);
    // splitActor
    const leaders = actor('NATO leaders')!;
    assert.equal(leaders.mentions.length, 1);
    assert.equal(actor('NATO')!.mentions.length, plain.actors.find((a) => a.name === 'NATO')!.mentions.length - 1);
    // renameActor
    assert.ok(actor('Gen. Wesley Clark')!.aliases.includes('Wesley Clark'));
    // Only what the reader touched is marked.
    assert.ok(d.quotes.filter((q) => q.corrected).length <= 2);
    assert.ok(!d.entities.find((e) => e.text === 'Atlantic Council')!.corrected);
  });

  it('--no-corrections ignores the sidecar', async () => {
    put('000_be6e4752cb109430.txt.corrections.json', everyOp(SAMPLE));
    const r = await run('export', '-f', 'json', '--no-corrections', seed);
    assert.equal(r.code, 0);
    assert.deepEqual(json(r), plain);
    assert.ok(!r.out.includes('"corrected"'));
  });

  it('an edit elsewhere in the seed keeps the corrections', async () => {
    const edited = SAMPLE.replace('Deadly protests', 'Deadly and, some say, unprecedented protests').replace('Indeed,', 'Indeed, as everyone knows,');
    const p = put('edited.txt', edited);
    put('edited.txt.corrections.json', everyOp(SAMPLE));
    const r = await run('export', '-f', 'json', p);
    assert.equal(r.code, 0);
    assert.equal(r.err, '', 'nothing orphaned');
    const d = json(r, edited);
    assert.equal(d.quotes.find((q) => q.text.startsWith('The sequence is wrong')), undefined);
    const q2 = d.quotes.find((q) => q.text === 'a prelude to an invasion')!;
    assert.equal(q2.start, edited.indexOf('a prelude to an invasion'));
    assert.equal(d.actors.find((a) => a.id === q2.speaker)!.name, 'Some Analyst');
  });

  it('a correction whose text was deleted is orphaned: a warning naming the file and entry, exit code 0, the rest applies', async () => {
    const gone = SAMPLE.replace('The sequence is wrong. ', '');
    const p = put('gone.txt', gone);
    put('gone.txt.corrections.json', everyOp(SAMPLE));
    const r = await run('export', '-f', 'json', p);
    assert.equal(r.code, 0);
    assert.match(r.err, /^seed-reader: warning: .*gone\.txt\.corrections\.json: entry 1 \(notQuote "The sequence is wrong" at \d+\): orphaned, not applied: the text .* is no longer in the seed\n$/);
    const d = json(r, gone);
    assert.ok(d.actors.some((a) => a.name === 'Joseph R. Biden Jr.'), 'the other corrections apply');
    assert.ok(d.quotes.some((q) => q.text === 'a prelude to an invasion'));
  });

  it('a malformed entry is an error naming the file and the entry; the valid entries still apply; exit code 1', async () => {
    const file = everyOp(SAMPLE) as { schema: string; corrections: unknown[] };
    file.corrections.splice(1, 0, { op: 'speaker', target: { exact: 'He wants' } }, { op: 'teleport' });
    put('000_be6e4752cb109430.txt.corrections.json', file);
    const r = await run('export', '-f', 'json', seed);
    assert.equal(r.code, 1);
    const lines = r.err.trim().split('\n');
    assert.equal(lines.length, 2, r.err);
    assert.match(lines[0], /000_be6e4752cb109430\.txt\.corrections\.json: entry 1 \(speaker\): "target"\.start must be an integer offset >= 0; skipped \(the other corrections still apply\)$/);
    assert.match(lines[1], /entry 2 \(teleport\): unknown op "teleport"/);
    const d = json(r);
    assert.ok(d.actors.some((a) => a.name === 'Gen. Wesley Clark'));
    assert.equal(d.quotes.find((q) => q.text.startsWith('The sequence is wrong')), undefined);
  });

  it('a sidecar that is not JSON: an error, the export without corrections, exit code 1', async () => {
    put('000_be6e4752cb109430.txt.corrections.json', '{ "schema": "seed-reader-corrections/1", "corrections": [ { "op": ');
    const r = await run('export', '-f', 'json', seed);
    assert.equal(r.code, 1);
    assert.match(r.err, /000_be6e4752cb109430\.txt\.corrections\.json: not valid JSON/);
    assert.deepEqual(json(r), plain);
  });

  it('markdown, csv and html mark what the reader corrected', async () => {
    put('000_be6e4752cb109430.txt.corrections.json', everyOp(SAMPLE));
    const md = await run('export', '-f', 'markdown', seed);
    assert.equal(md.code, 0);
    assert.match(md.out, /\*\*William Taylor\*\* — _said_ \(direct, confidence 100%, corrected by the reader\)/);
    assert.match(md.out, /\| Joseph R\. Biden Jr\. \(.*\) _\(corrected\)_ \|/);
    assert.match(md.out, /Corrected by the reader:/);
    const csv = await run('export', '-f', 'csv', seed);
    const rows: string[][] = parse(csv.out);
    assert.deepEqual(rows[0], [...CSV_COLUMNS.quotes]);
    const col = CSV_COLUMNS.quotes.indexOf('corrected');
    const marked = rows.slice(1).filter((r) => r[col] === 'true');
    assert.ok(marked.some((r) => r[CSV_COLUMNS.quotes.indexOf('text')] === 'a prelude to an invasion'));
    assert.ok(rows.slice(1).some((r) => r[col] === ''));
    const html = await run('export', '-f', 'html', seed);
    assert.match(html.out, /<mark class="quote corrected"/);
    assert.match(html.out, /<span class="corrected">Corrected by the reader<\/span>/);
    assert.match(html.out, /corrected by the reader/);
    const brat = await run('export', '-f', 'brat', seed);
    assert.match(brat.out, /AnnotatorNotes T\d+\tcorrected by the reader\n/, 'the White House entity');
    assert.match(brat.out, /speaker: Some Analyst; confidence 100%; corrected by the reader/);
    const w3c = await run('export', '-f', 'w3c', seed);
    assert.match(w3c.out, /"purpose": "commenting",\s*"value": "corrected by the reader"/);
  });

  it('`export dir/*` reads a sidecar with its seed, not as a seed', async () => {
    put('000_be6e4752cb109430.txt.corrections.json', everyOp(SAMPLE));
    const r = await run('export', '-f', 'json', seed, sidecar);
    assert.equal(r.code, 0);
    assert.match(r.err, /is the corrections sidecar of .*not exported on its own/);
    // One input left: one (pretty-printed) document.
    assert.ok(JSON.parse(r.out).actors.some((a: { name: string }) => a.name === 'Gen. Wesley Clark'));
  });
});
