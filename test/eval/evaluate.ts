// Scores `analyze()` against the gold annotations in shared/gold (see its README).
// Usage: `npm run eval` (gold at <repo>/test/fixtures/gold, or SEED_READER_GOLD=/path/to/gold).
// Prints a table per folder; `--json` prints the raw numbers; `--verbose` lists misses.
import * as fs from 'fs';
import * as path from 'path';
import { createAnalyzer } from '../../src/engine';
import type { Analysis } from '../../src/engine/types';

export interface GoldEntity { text: string; type: 'PERSON' | 'ORG' | 'PLACE' | 'OTHER'; start: number; end: number }
export interface GoldQuote { text: string; start: number; end: number; speaker: string | null }
export interface GoldFile { entities: GoldEntity[]; quotes: GoldQuote[]; actors?: Array<{ name: string; aliases: string[]; role: string | null }> }

export interface FolderScore {
  folder: string;
  articles: number;
  quoteP: number; quoteR: number; quoteF1: number;
  directRecall: number; fragmentRecall: number;
  speakerAcc: number; quoteSpeakerF1: number;
  entExactP: number; entExactR: number; entExactF1: number;
  entLenientP: number; entLenientR: number; entLenientF1: number;
  msPerArticle: number;
  counts: { goldQuotes: number; predQuotes: number; direct: number; fragments: number; goldEntities: number; predEntities: number };
  misses: string[];
}

const TYPE_MAP: Record<string, string> = { person: 'PERSON', organization: 'ORG', place: 'PLACE', group: 'OTHER' };

export function goldDir(): string {
  if (process.env.SEED_READER_GOLD) return process.env.SEED_READER_GOLD;
  // The gold set travels with the repository (test/fixtures/gold). out/test/eval → repo root is three
  // levels up; the source tree is two levels up.
  const candidates = [path.resolve(__dirname, '../../..'), path.resolve(__dirname, '../..')];
  for (const root of candidates) {
    const g = path.resolve(root, 'test', 'fixtures', 'gold');
    if (fs.existsSync(g)) return g;
  }
  return path.resolve(candidates[0], 'test', 'fixtures', 'gold');
}

interface Article { name: string; text: string; gold: GoldFile }

export function loadFolder(dir: string): Article[] {
  // Two layouts: <folder>/articles/*.txt + <folder>/gold/*.json, or <folder>/*.txt + *.json side by side.
  const art = fs.existsSync(path.join(dir, 'articles')) ? path.join(dir, 'articles') : dir;
  const gold = fs.existsSync(path.join(dir, 'gold')) ? path.join(dir, 'gold') : dir;
  return fs.readdirSync(art).filter((f) => f.endsWith('.txt')).sort().map((f) => {
    const base = f.replace(/\.txt$/, '');
    return {
      name: base,
      text: fs.readFileSync(path.join(art, f), 'utf8'),
      gold: JSON.parse(fs.readFileSync(path.join(gold, base + '.json'), 'utf8')) as GoldFile,
    };
  });
}

const HONORIFICS = /^(mr|mrs|ms|miss|dr|prof|professor|gen|general|president|secretary|minister|sen|senator|rep|gov|governor|sir|dame|lord|lady|retired|former|the|prime|foreign|state|of)\.?$/i;

/** Name tokens without titles, lower case, possessive `s` tolerated. */
function nameTokens(name: string): string[] {
  return name.toLowerCase().replace(/[’']/g, '').split(/[\s,]+/).filter((w) => w && !HONORIFICS.test(w));
}

/** Same person by name: titles ignored, surname match is fine. */
export function sameSpeaker(gold: string | null, pred: string | null): boolean {
  if (gold === null || pred === null) return gold === pred;
  const g = nameTokens(gold);
  const p = nameTokens(pred);
  if (!g.length || !p.length) return gold.toLowerCase() === pred.toLowerCase();
  const gl = g[g.length - 1];
  const pl = p[p.length - 1];
  if (gl === pl || gl + 's' === pl || gl === pl + 's') return true;
  return g.join(' ') === p.join(' ') || p.join(' ').includes(g.join(' ')) || g.join(' ').includes(p.join(' '));
}

function isFragment(q: GoldQuote): boolean {
  const m = /\p{L}/u.exec(q.text);
  return !!m && m[0] === m[0].toLowerCase() && m[0] !== m[0].toUpperCase();
}

const f1 = (p: number, r: number) => (p + r > 0 ? (2 * p * r) / (p + r) : 0);
const div = (a: number, b: number) => (b > 0 ? a / b : 0);

export function scoreFolder(folder: string, articles: Article[], verbose = false): FolderScore {
  const analyzer = createAnalyzer();
  let goldQ = 0; let predQ = 0; let foundQ = 0; let correctPredQ = 0;
  let direct = 0; let directFound = 0; let frag = 0; let fragFound = 0;
  let spkOk = 0; let spkTotal = 0; let qsMatch = 0;
  let goldE = 0; let predE = 0; let exactTP = 0; let lenGoldTP = 0; let lenPredTP = 0;
  let ms = 0;
  const misses: string[] = [];
  // Load the lexicons once outside the timing (a one-off cost per process).
  analyzer.analyze('Warm up.\n20200101\nhttps://example.org/\nMr. Smith said it, "he said".');
  for (const a of articles) {
    // Cache cleared before each run: a full (not incremental) analysis; the median of 5 runs.
    let an: Analysis = analyzer.analyze(a.text);
    const runs: number[] = [];
    for (let r = 0; r < 5; r++) {
      analyzer.clear();
      const t0 = process.hrtime.bigint();
      an = analyzer.analyze(a.text);
      runs.push(Number(process.hrtime.bigint() - t0) / 1e6);
    }
    runs.sort((x, y) => x - y);
    ms += runs[2];
    // Unnamed collective sources (`officials`, `the report's authors`) are anonymous: gold `null`.
    const actorName = new Map(an.actors.map((x) => [x.id, x.type === 'collective' ? null : x.name]));
    const preds = an.quotes.filter((q) => q.kind !== 'indirect');
    predQ += preds.length;
    goldQ += a.gold.quotes.length;
    const predUsed = new Set<number>();
    for (const g of a.gold.quotes) {
      const glen = g.end - g.start;
      let hit = -1;
      preds.forEach((p, i) => {
        const ov = Math.min(p.end, g.end) - Math.max(p.start, g.start);
        if (ov * 2 >= glen && hit < 0) hit = i;
      });
      const fragment = isFragment(g);
      if (fragment) frag++; else direct++;
      if (hit >= 0) {
        foundQ++;
        predUsed.add(hit);
        if (fragment) fragFound++; else directFound++;
        const spk = preds[hit].speaker ? actorName.get(preds[hit].speaker!) ?? null : null;
        spkTotal++;
        const ok = sameSpeaker(g.speaker, spk);
        if (ok) { spkOk++; qsMatch++; }
        else if (verbose) misses.push(`${folder}/${a.name}: speaker ${JSON.stringify(spk)} ≠ gold ${JSON.stringify(g.speaker)} for "${g.text.slice(0, 60)}"`);
      } else if (verbose) misses.push(`${folder}/${a.name}: missed quote (${g.speaker}) "${g.text.slice(0, 80)}"`);
    }
    // A predicted quote is correct when it overlaps some gold quote by at least half of either.
    preds.forEach((p, i) => {
      const ok = predUsed.has(i) || a.gold.quotes.some((g) => {
        const ov = Math.min(p.end, g.end) - Math.max(p.start, g.start);
        return ov * 2 >= Math.min(g.end - g.start, p.end - p.start);
      });
      if (ok) correctPredQ++;
      else if (verbose) misses.push(`${folder}/${a.name}: spurious quote "${p.text.slice(0, 80)}"`);
    });
    // Entities: gold types PERSON/ORG/PLACE/OTHER; ours person/organization/place, group → OTHER.
    // Dates, money and percentages have no gold layer and are not scored.
    const pe = an.entities.filter((e) => TYPE_MAP[e.type]).map((e) => ({ s: e.start, e: e.end, t: TYPE_MAP[e.type], text: e.text }));
    const ge = a.gold.entities;
    goldE += ge.length;
    predE += pe.length;
    const exactKeys = new Set(ge.map((g) => `${g.start}:${g.end}:${g.type}`));
    for (const p of pe) if (exactKeys.has(`${p.s}:${p.e}:${p.t}`)) exactTP++;
    const compatible = (gt: string, pt: string) => gt === pt || ((gt === 'ORG' || gt === 'PLACE') && (pt === 'ORG' || pt === 'PLACE'));
    for (const g of ge) {
      const ok = pe.some((p) => p.s < g.end && g.start < p.e && compatible(g.type, p.t));
      if (ok) lenGoldTP++;
      else if (verbose) misses.push(`${folder}/${a.name}: missed entity ${g.type} "${g.text}"`);
    }
    for (const p of pe) {
      const ok = ge.some((g) => p.s < g.end && g.start < p.e && compatible(g.type, p.t));
      if (ok) lenPredTP++;
      else if (verbose) misses.push(`${folder}/${a.name}: spurious entity ${p.t} "${p.text}"`);
    }
    if (verbose) {
      for (const p of pe) if (!exactKeys.has(`${p.s}:${p.e}:${p.t}`) && ge.some((g) => p.s < g.end && g.start < p.e)) {
        const g = ge.find((x) => p.s < x.end && x.start < p.e)!;
        misses.push(`${folder}/${a.name}: inexact entity ${p.t} "${p.text}" vs gold ${g.type} "${g.text}"`);
      }
    }
  }
  const quoteP = div(correctPredQ, predQ);
  const quoteR = div(foundQ, goldQ);
  const qsP = div(qsMatch, predQ);
  const qsR = div(qsMatch, goldQ);
  const entExactP = div(exactTP, predE);
  const entExactR = div(exactTP, goldE);
  const entLenientP = div(lenPredTP, predE);
  const entLenientR = div(lenGoldTP, goldE);
  return {
    folder, articles: articles.length,
    quoteP, quoteR, quoteF1: f1(quoteP, quoteR),
    directRecall: div(directFound, direct), fragmentRecall: div(fragFound, frag),
    speakerAcc: div(spkOk, spkTotal), quoteSpeakerF1: f1(qsP, qsR),
    entExactP, entExactR, entExactF1: f1(entExactP, entExactR),
    entLenientP, entLenientR, entLenientF1: f1(entLenientP, entLenientR),
    msPerArticle: div(ms, articles.length),
    counts: { goldQuotes: goldQ, predQuotes: predQ, direct, fragments: frag, goldEntities: goldE, predEntities: predE },
    misses,
  };
}

export const FOLDERS = ['seed', 'gum', 'gum-stripped'];

export function evaluateAll(dir = goldDir(), verbose = false): FolderScore[] {
  if (!fs.existsSync(dir)) {
    throw new Error(`Gold annotations not found at ${dir}. It ships in test/fixtures/gold; SEED_READER_GOLD names another copy.`);
  }
  return FOLDERS.filter((f) => fs.existsSync(path.join(dir, f))).map((f) => scoreFolder(f, loadFolder(path.join(dir, f)), verbose));
}

export function formatTable(scores: FolderScore[]): string {
  const r = (x: number) => x.toFixed(2);
  const lines = [
    '| folder | articles | quote P | quote R | quote F1 | direct R | fragment R | speaker acc | quote+speaker F1 | entity exact P/R/F1 | entity lenient P/R/F1 | ms/article |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|',
  ];
  for (const s of scores) {
    lines.push(`| ${s.folder} | ${s.articles} | ${r(s.quoteP)} | ${r(s.quoteR)} | ${r(s.quoteF1)} | ${r(s.directRecall)} (${s.counts.direct}) | ${r(s.fragmentRecall)} (${s.counts.fragments}) | ${r(s.speakerAcc)} | ${r(s.quoteSpeakerF1)} | ${r(s.entExactP)} / ${r(s.entExactR)} / ${r(s.entExactF1)} | ${r(s.entLenientP)} / ${r(s.entLenientR)} / ${r(s.entLenientF1)} | ${s.msPerArticle.toFixed(1)} |`);
  }
  return lines.join('\n');
}

if (require.main === module && process.argv.includes('--gold-from-corrections')) {
  // Corrections as gold (test/eval/fromCorrections.ts).
  process.exitCode = (require('./fromCorrections') as typeof import('./fromCorrections')).fromCorrectionsMain(process.argv);
} else if (require.main === module && ['--polnear', '--gum', '--gold'].some((f) => process.argv.includes(f))) {
  // Unseen-news evaluation (PolNeAR, GUM, any gold folder): see test/eval/unseen.ts and docs/eval.md.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  process.exitCode = (require('./unseen') as typeof import('./unseen')).main(process.argv.slice(2));
} else if (require.main === module) {
  const verbose = process.argv.includes('--verbose');
  try {
    const scores = evaluateAll(goldDir(), verbose);
    if (process.argv.includes('--json')) console.log(JSON.stringify(scores.map(({ misses, ...s }) => s), null, 2));
    else console.log(formatTable(scores));
    if (verbose) for (const s of scores) for (const m of s.misses) console.log(m);
  } catch (e) {
    console.error(String((e as Error).message ?? e));
    process.exit(1);
  }
}
