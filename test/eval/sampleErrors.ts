// Draws a reproducible random sample of errors from an errors file written by the unseen-news eval
// (`npm run eval -- --polnear DIR --split train` writes `$TMPDIR/seed-eval-errors-train.md`), for reading the
// errors by hand: the sample is spread over the categories in proportion to their sizes (largest remainder),
// and within a category the items are drawn with a seeded shuffle, so the same file, seed and options give the
// same sample. Reads the file it is given and prints the sample; it never reads a dev or test split.
//
// usage: node out/test/eval/sampleErrors.js ERRORS.md --set "polnear train" --category REGEX --n N
//          [--seed S] [--out FILE]
//   --set       the set heading after `# Errors: ` (exact, e.g. `polnear train stripped`)
//   --category  a regular expression on the category (e.g. `^SPEAKER`, `^SPURIOUS direct`)
//   --n         how many items in all; --seed (default 12) fixes the draw; --out writes there instead of stdout.
// The sample holds the article text of the errors file: write it outside the repository.
import * as fs from 'fs';
import * as path from 'path';
import { mulberry32 } from '../../bench/random';

export interface ErrorItem { set: string; article: string; category: string; line: string; index: number }
export interface SampledItem extends ErrorItem { rank: number }
export interface Allocation { category: string; size: number; take: number }

/** Throws for a path that names a split other than train (a `dev` or `test` part, or `-dev`/`-test` in the name). */
export function checkErrorsPath(file: string): void {
  const parts = path.resolve(file).split(path.sep);
  if (parts.some((p) => /^(dev|test)(-stripped)?$/i.test(p))) throw new Error(`refusing a dev or test path: ${file}`);
  if (/(^|[-_.])(dev|test)([-_.]|$)/i.test(path.basename(file))) throw new Error(`refusing a dev or test errors file: ${file}`);
}

/** Throws for a set heading of a split other than train (`polnear dev`, `... test ...`). */
export function checkSetName(set: string): void {
  if (/\b(dev|test)\b/i.test(set)) throw new Error(`refusing the set "${set}": only train errors may be sampled`);
}

/** Every error bullet of the file with its set (`# Errors: <set>`), article (`## <name>`) and category (`**...**`). */
export function parseErrors(text: string): ErrorItem[] {
  const out: ErrorItem[] = [];
  let set = '';
  let article = '';
  for (const line of text.split(/\r?\n/)) {
    if (line.startsWith('# Errors: ')) { set = line.slice('# Errors: '.length).trim(); article = ''; continue; }
    if (line.startsWith('## ')) { article = line.slice(3).trim(); continue; }
    if (!set || !article || article === 'Summary by category') continue;
    const m = /^- \*\*([^*]+)\*\*/.exec(line);
    if (m) out.push({ set, article, category: m[1].trim(), line, index: out.length });
  }
  return out;
}

/** A small seeded generator (mulberry32, shared with the benchmarks): the same seed gives the same numbers on every
 *  platform. */
export const seededRandom = mulberry32;

/** How many to take from each category: n spread in proportion to the sizes, the remainders by largest fraction. */
export function allocate(sizes: Map<string, number>, n: number): Allocation[] {
  const total = [...sizes.values()].reduce((a, b) => a + b, 0);
  const cats = [...sizes.keys()].sort((a, b) => (sizes.get(b)! - sizes.get(a)!) || (a < b ? -1 : a > b ? 1 : 0));
  if (total === 0) return cats.map((c) => ({ category: c, size: 0, take: 0 }));
  const want = Math.min(n, total);
  const rows = cats.map((c) => {
    const exact = (sizes.get(c)! * want) / total;
    return { category: c, size: sizes.get(c)!, take: Math.floor(exact), frac: exact - Math.floor(exact) };
  });
  let left = want - rows.reduce((a, r) => a + r.take, 0);
  const byFrac = [...rows].sort((a, b) => (b.frac - a.frac) || (b.size - a.size) || (a.category < b.category ? -1 : 1));
  for (const r of byFrac) {
    if (left <= 0) break;
    if (r.take < r.size) { r.take++; left--; }
  }
  return rows.map(({ category, size, take }) => ({ category, size, take }));
}

/** The seeded, proportional sample of the items of `set` whose category matches `category`. */
export function sampleErrors(items: ErrorItem[], set: string, category: RegExp, n: number, seed: number): { sample: SampledItem[]; allocation: Allocation[] } {
  checkSetName(set);
  const pool = items.filter((it) => it.set === set && category.test(it.category));
  const byCat = new Map<string, ErrorItem[]>();
  for (const it of pool) {
    const list = byCat.get(it.category) ?? [];
    list.push(it);
    byCat.set(it.category, list);
  }
  const allocation = allocate(new Map([...byCat].map(([c, l]) => [c, l.length])), n);
  const rand = seededRandom(seed);
  const sample: SampledItem[] = [];
  for (const a of allocation) {
    const list = [...byCat.get(a.category)!];
    for (let i = list.length - 1; i > 0; i--) { // Fisher–Yates with the seeded generator
      const j = Math.floor(rand() * (i + 1));
      [list[i], list[j]] = [list[j], list[i]];
    }
    sample.push(...list.slice(0, a.take).map((it) => ({ ...it, rank: 0 })));
  }
  sample.sort((x, y) => x.index - y.index);
  sample.forEach((s, i) => { s.rank = i + 1; });
  return { sample, allocation };
}

/** The sample as markdown: the allocation table, then each item numbered with its article. */
export function formatSample(set: string, pattern: string, seed: number, sample: SampledItem[], allocation: Allocation[]): string {
  const lines = [`# Sample of "${set}" errors matching /${pattern}/ (seed ${seed}, ${sample.length} items)`, '', '| category | in file | sampled |', '|---|---|---|'];
  for (const a of allocation) lines.push(`| ${a.category} | ${a.size} | ${a.take} |`);
  lines.push('');
  for (const s of sample) lines.push(`### ${s.rank}. ${s.article}`, '', s.line, '');
  return lines.join('\n');
}

function main(argv: string[]): void {
  const opts: Record<string, string> = {};
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i].startsWith('--')) opts[argv[i].slice(2)] = argv[++i] ?? '';
    else files.push(argv[i]);
  }
  if (files.length !== 1 || !opts.set || !opts.category || !opts.n) {
    console.error('usage: sampleErrors ERRORS.md --set NAME --category REGEX --n N [--seed S] [--out FILE]');
    process.exitCode = 2;
    return;
  }
  checkErrorsPath(files[0]);
  const seed = opts.seed === undefined ? 12 : Number(opts.seed);
  const n = Number(opts.n);
  if (!Number.isInteger(seed) || !Number.isInteger(n) || n < 0) throw new Error('--seed and --n must be whole numbers');
  const items = parseErrors(fs.readFileSync(files[0], 'utf8'));
  const { sample, allocation } = sampleErrors(items, opts.set, new RegExp(opts.category), n, seed);
  const text = formatSample(opts.set, opts.category, seed, sample, allocation) + '\n';
  if (opts.out) fs.writeFileSync(opts.out, text); else process.stdout.write(text);
}

if (require.main === module) {
  try { main(process.argv.slice(2)); } catch (e) { console.error((e as Error).message); process.exitCode = 1; }
}
