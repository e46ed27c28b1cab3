// Output identity, for changes meant to keep every result (speed work, refactors, merges): hashes of the
// `seed-reader/1` JSON the engine gives, and incremental re-analysis checked against fresh analyses.
//
//   node out/test/eval/identity.js hash DIR...            sha256 over every *.txt / *.seed under each DIR (sorted; a
//                                                          folder with articles/ is read there), one line: count + hash
//   node out/test/eval/identity.js hash DIR... --list F   also each input's own hash, to diff which inputs changed
//   node out/test/eval/identity.js edits                  the bench's 1 MB edit sequence through one createAnalyzer():
//                                                          hash of every result; every 8th also compared with a new analyzer's
//   node out/test/eval/identity.js marks                  the same edits on a 256 kB input typed with typewriter marks, each
//                                                          result frozen: no later analysis may write into an earlier one
//   node out/test/eval/identity.js fuzz DIR [N] [SEED]    N random articles of DIR, 12 random paragraph edits each (delete,
//                                                          duplicate, swap, a capitalised word moved), every result
//                                                          through one analyzer compared with a fresh analysis
//
// Run after `npm run compile-tests`. Reads only the folders it is given (PolNeAR's converted gold stays outside the
// repository); prints hashes and counts, never text. Exit status 1 when an incremental result differs.
import * as fs from 'fs';
import * as path from 'path';
import { createHash } from 'crypto';
import { analyze, createAnalyzer, type Analysis } from '../../src/engine';
import { toSeedJson } from '../../src/export/json';
import { decodeSeedBytes } from '../../src/export/batch';
import { buildInput, editSequence } from '../../bench/inputs';

const sha = (s: string): string => createHash('sha256').update(s).digest('hex');
const json = (a: Analysis, text: string, name: string): string => JSON.stringify(toSeedJson({ analysis: a, text, fileName: name }));

/** The seed files of one folder (its `articles/` when it has one), sorted. */
function seedFiles(dir: string): string[] {
  const d = fs.existsSync(path.join(dir, 'articles')) ? path.join(dir, 'articles') : dir;
  return fs.readdirSync(d).filter((f) => f.endsWith('.txt') || f.endsWith('.seed')).sort().map((f) => path.join(d, f));
}

function hashDirs(dirs: string[], list: string | undefined): void {
  const all = createHash('sha256');
  const lines: string[] = [];
  for (const dir of dirs) {
    for (const file of seedFiles(dir)) {
      const dec = decodeSeedBytes(fs.readFileSync(file));
      if (!dec.ok) continue;
      const h = sha(json(analyze(dec.text), dec.text, path.basename(file)));
      all.update(h);
      lines.push(`${path.relative(dir, file)} ${h}`);
    }
  }
  if (list) fs.writeFileSync(list, lines.join('\n') + '\n');
  console.log(`${lines.length} inputs ${all.digest('hex')}`);
}

function editHash(): number {
  const text = buildInput(1 << 20, 1002);
  const an = createAnalyzer();
  an.analyze(text);
  const all = createHash('sha256');
  let i = 0;
  let differ = 0;
  for (const t of editSequence(text)) {
    const s = json(an.analyze(t), t, 'x.seed');
    all.update(sha(s));
    if (i % 8 === 0 && s !== json(createAnalyzer().analyze(t), t, 'x.seed')) differ++;
    i++;
  }
  console.log(`${i} edits ${all.digest('hex')}; ${differ} of the sampled results differ from fresh analyses`);
  return differ;
}

/** The edit sequence again on a smaller input typed with typewriter marks (``` `` ``` opens, `''` closes), each result
 *  frozen once made: a later analysis that wrote into an object of an earlier one would fail (and differ), and the
 *  earlier results must serialise as they did when made. */
function marksHash(): number {
  const text = buildInput(1 << 18, 1003).replace(/(^|[\s(])"|"/gm, (m: string, pre: string | undefined) => (pre !== undefined ? `${pre}\`\`` : "''"));
  const an = createAnalyzer();
  const all = createHash('sha256');
  const kept: { a: Analysis; t: string; s: string }[] = [];
  let i = 0;
  let differ = 0;
  for (const t of [text, ...editSequence(text, 24)]) {
    const a = an.analyze(t);
    const s = json(a, t, 'x.seed');
    all.update(sha(s));
    for (const list of [a.entities, a.quotes, a.claims, a.actors] as object[][]) for (const o of list) Object.freeze(o);
    if (i % 4 === 0) kept.push({ a, t, s });
    if (i % 8 === 0 && s !== json(createAnalyzer().analyze(t), t, 'x.seed')) differ++;
    i++;
  }
  const changed = kept.filter((k) => json(k.a, k.t, 'x.seed') !== k.s).length;
  console.log(`${i} analyses with typewriter marks ${all.digest('hex')}; ${differ} of the sampled results differ from fresh analyses, ${changed} earlier results changed`);
  return differ + changed;
}

/** A small deterministic generator (the same edits on every run for one seed). */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => { s = (Math.imul(s, 1103515245) + 12345) & 0x7fffffff; return s / 0x7fffffff; };
}

/** One random paragraph edit of `lines` (a seed split in lines; the three header lines are left alone). */
function editOnce(lines: string[], rnd: () => number): void {
  const body = lines.length - 3;
  const i = 3 + Math.floor(rnd() * body);
  const k = 3 + Math.floor(rnd() * body);
  const op = Math.floor(rnd() * 4);
  const caps = (s: string): string[] => s.match(/\b\p{Lu}\p{Ll}+\b/gu) ?? [];
  if (op === 0) lines.splice(i, 1);
  else if (op === 1) lines.splice(i, 0, lines[k]);
  else if (op === 2) [lines[i], lines[k]] = [lines[k], lines[i]];
  else {
    const from = caps(lines[k]);
    const to = caps(lines[i]);
    if (from.length && to.length) lines[i] = lines[i].replace(to[Math.floor(rnd() * to.length)], from[Math.floor(rnd() * from.length)]);
  }
}

/** `n` random articles of `dir`, 12 random paragraph edits each through one analyzer: how many edits, and the names
 *  of the articles (with the edit's number) whose incremental result differed from a fresh analysis. */
export function fuzzEdits(dir: string, n: number, seed: number): { steps: number; differ: string[] } {
  const files = seedFiles(dir);
  const rnd = lcg(seed);
  let steps = 0;
  const differ: string[] = [];
  for (let a = 0; a < n && files.length; a++) {
    const file = files[Math.floor(rnd() * files.length)];
    const lines = fs.readFileSync(file, 'utf8').split('\n');
    const an = createAnalyzer();
    an.analyze(lines.join('\n'));
    for (let e = 0; e < 12 && lines.length > 4; e++) {
      editOnce(lines, rnd);
      const t = lines.join('\n');
      steps++;
      // (A new analyzer for the fresh result: the shared `analyze` keeps what it kept from the texts before.)
      if (json(an.analyze(t), t, 'x.seed') !== json(createAnalyzer().analyze(t), t, 'x.seed')) differ.push(`${path.basename(file)}, edit ${e + 1}`);
    }
  }
  return { steps, differ };
}

function fuzz(dir: string, n: number, seed: number): number {
  const r = fuzzEdits(dir, n, seed);
  for (const d of r.differ.slice(0, 5)) console.log(`differs: ${d}`);
  console.log(`${r.steps} edits; ${r.differ.length} incremental results differ from fresh analyses`);
  return r.differ.length;
}

function main(argv: string[]): number {
  const [mode, ...rest] = argv;
  if (mode === 'hash' && rest.length) {
    const li = rest.indexOf('--list');
    const list = li >= 0 ? rest[li + 1] : undefined;
    hashDirs(rest.filter((_, i) => li < 0 || (i !== li && i !== li + 1)), list);
    return 0;
  }
  if (mode === 'edits') return editHash() ? 1 : 0;
  if (mode === 'marks') return marksHash() ? 1 : 0;
  if (mode === 'fuzz' && rest[0]) return fuzz(rest[0], Number(rest[1] ?? 60), Number(rest[2] ?? 1)) ? 1 : 0;
  console.error('usage: identity.js hash DIR... [--list FILE] | edits | marks | fuzz DIR [N] [SEED]');
  return 2;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
