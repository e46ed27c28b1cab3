// Evaluation on unseen news (issue 12): scores the engine on gold folders in the format of
// shared/gold/README.md with an in-process copy of the owner's scorer shared/eval/score.mjs (same
// matching and counting; `--verify N` checks it against the real scorer run on the CLI), and adds
// breakdowns: speaker accuracy by how the engine found the speaker, calibration by confidence band,
// recall by gold quote kind and by how the gold speaker was given; every error goes to a Markdown file.
//
//   npm run eval -- --polnear DIR [--split dev|train|train,dev] [--verify N] [--errors FILE] [--json]
//   npm run eval -- --gold DIR [DIR...]          (any gold folder: articles/ gold/ [meta/])
//   npm run eval -- --gum DIR                    (GUM folders converted to the same format; entities scored)
// DIR for --polnear is either a PolNeAR checkout (converted first into --out, default /tmp/polnear-gold)
// or the output folder of test/eval/polnear.ts (holding <split>/ and <split>-stripped/).
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { execFileSync } from 'child_process';
import { analyze } from '../../src/engine';
import { decodeSeedBytes } from '../../src/export/batch';
import { toSeedJson, type SeedJsonDocument, type SeedJsonQuote } from '../../src/export/json';
import { ALLOWED_SPLITS, convertSplit } from './polnear';
import { convertGum } from './gum';
import { entityByGenreGroup } from './gumGenres';

// ---- exact port of shared/eval/score.mjs --------------------------------------------------------------

const TITLES = new Set('mr mrs ms dr gen general president sen senator rep gov governor sec secretary prof professor rev sir lord lady jr sr ii iii iv the former retired vice'.split(' '));
const toks = (s: string | null | undefined) => (s || '').toLowerCase().replace(/[^a-z0-9 ]+/g, ' ').split(/\s+/).filter((t) => t && !TITLES.has(t));
export function scorerSameSpeaker(goldName: string, names: string[]): boolean {
  const g = toks(goldName); if (!g.length) return false;
  const last = g[g.length - 1];
  return names.some((n) => { const p = toks(n); return p.length > 0 && (p[p.length - 1] === last || p.join(' ') === g.join(' ')); });
}
const TYPE: Record<string, string> = { person: 'PERSON', organization: 'ORG', organisation: 'ORG', org: 'ORG', place: 'PLACE', location: 'PLACE', gpe: 'PLACE' };
const ov = (a: { start: number; end: number }, b: { start: number; end: number }) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

export interface GoldQ { text: string; start: number; end: number; speaker: string | null; speakerScored?: boolean }
export interface GoldE { text: string; type: string; start: number; end: number }
export interface GoldDoc { entities?: GoldE[]; quotes?: GoldQ[] }
export interface MetaQ { kind?: string; how?: string; source?: string | null }
export interface Item { name: string; text: string; gold: GoldDoc; meta: MetaQ[]; out: SeedJsonDocument | null; ms: number }

/** One gold quote's outcome. */
export interface GoldOutcome { gi: number; pi: number; direct: boolean; scored: boolean; speakerOk: boolean | null; predNames: string[] }
export interface Detail { item: Item; gold: GoldOutcome[]; unusedPreds: number[]; ent: { gold: number; pred: number; exact: number; lenient: number } | null }

export interface ScoreLine {
  docs: number; failed: number; ms_per_doc: number | null;
  quote_PRF: string[]; direct_R: string | null; speaker_acc: string | null; quote_speaker_PRF: string[];
  entity_exact_PRF: string[]; entity_lenient_PRF: string[];
  counts: unknown;
  speaker_unscored?: { gold: number; matched: number; quote_speaker_gold: number; quote_speaker_pred: number };
}

/** Scores documents exactly as score.mjs does (its JSON line), keeping per-quote outcomes for the breakdowns. */
export function score(items: Item[]): { line: ScoreLine; details: Detail[] } {
  const T = { q: { gold: 0, pred: 0, match: 0, spk: 0, spkGold: 0, e2e: 0 }, e: { gold: 0, pred: 0, exact: 0, lenient: 0 }, ms: 0, fail: 0, docs: 0 };
  const U = { gold: 0, matched: 0 };
  const D = { gold: 0, match: 0 };
  const details: Detail[] = [];
  for (const it of items) {
    const gold = it.gold; const out = it.out;
    if (!out) { T.fail++; continue; }
    T.ms += it.ms; T.docs++;
    const actors = new Map((out.actors || []).map((a) => [a.id, a]));
    const namesOf = (q: SeedJsonQuote): string[] => { const a = q.speaker !== null ? actors.get(q.speaker) : undefined; return a ? [a.name, ...(a.aliases || [])] : ((q as { speakerName?: string }).speakerName ? [(q as { speakerName?: string }).speakerName!] : []); };
    const det: Detail = { item: it, gold: [], unusedPreds: [], ent: null };
    if (gold.quotes) {
      const preds = (out.quotes || []).slice(); T.q.gold += gold.quotes.length; T.q.pred += preds.length;
      const used = new Set<number>();
      const qm = it.meta;
      for (const [gi, g] of gold.quotes.entries()) {
        const direct = !!qm[gi] && qm[gi].kind === 'direct';
        if (direct) D.gold++;
        const scored = g.speakerScored !== false;
        if (!scored) U.gold++;
        let best = -1; let bo = 0;
        preds.forEach((p, i) => { if (used.has(i)) return; const o = ov(g, p); if (o > bo) { bo = o; best = i; } });
        if (best < 0 || bo < 0.5 * (g.end - g.start)) { det.gold.push({ gi, pi: -1, direct, scored, speakerOk: null, predNames: [] }); continue; }
        used.add(best); T.q.match++; if (direct) D.match++;
        const predNames = namesOf(preds[best]);
        if (!scored) { U.matched++; det.gold.push({ gi, pi: best, direct, scored, speakerOk: null, predNames }); continue; }
        const ok = g.speaker ? scorerSameSpeaker(g.speaker, predNames) : !preds[best].speaker;
        if (g.speaker) { T.q.spkGold++; if (ok) T.q.spk++; }
        if (ok) T.q.e2e++;
        det.gold.push({ gi, pi: best, direct, scored, speakerOk: g.speaker ? ok : null, predNames });
      }
      det.unusedPreds = preds.map((_, i) => i).filter((i) => !used.has(i));
    }
    if (gold.entities) {
      const ge = gold.entities.filter((e) => e.type !== 'OTHER');
      const pe = (out.entities || []).map((e) => ({ ...e, T: TYPE[String(e.type).toLowerCase()] })).filter((e) => e.T);
      T.e.gold += ge.length; T.e.pred += pe.length;
      const e0 = T.e.exact; const l0 = T.e.lenient;
      const key = (e: { start: number; end: number; T?: string; type: string }) => e.start + ':' + e.end + ':' + (e.T || e.type);
      const pk = new Set(pe.map(key));
      for (const g of ge) if (pk.has(g.start + ':' + g.end + ':' + g.type)) T.e.exact++;
      const usedE = new Set<number>();
      for (const g of ge) {
        const i = pe.findIndex((p, i) => !usedE.has(i) && ov(g, p) > 0 && (p.T === g.type || (p.T !== 'PERSON' && g.type !== 'PERSON')));
        if (i >= 0) { usedE.add(i); T.e.lenient++; }
      }
      det.ent = { gold: ge.length, pred: pe.length, exact: T.e.exact - e0, lenient: T.e.lenient - l0 };
    }
    details.push(det);
  }
  const f1 = (m: number, p: number, g: number) => { const P = p ? m / p : 0; const R = g ? m / g : 0; return [P, R, P + R ? 2 * P * R / (P + R) : 0].map((x) => x.toFixed(3)); };
  const line: ScoreLine = {
    docs: T.docs, failed: T.fail, ms_per_doc: T.docs ? Math.round(T.ms / T.docs) : null,
    quote_PRF: f1(T.q.match, T.q.pred, T.q.gold), direct_R: D.gold ? (D.match / D.gold).toFixed(3) : null, speaker_acc: T.q.spkGold ? (T.q.spk / T.q.spkGold).toFixed(3) : null,
    quote_speaker_PRF: f1(T.q.e2e, T.q.pred - U.matched, T.q.gold - U.gold),
    entity_exact_PRF: f1(T.e.exact, T.e.pred, T.e.gold), entity_lenient_PRF: f1(T.e.lenient, T.e.pred, T.e.gold),
    counts: T,
  };
  if (U.gold) line.speaker_unscored = { gold: U.gold, matched: U.matched, quote_speaker_gold: T.q.gold - U.gold, quote_speaker_pred: T.q.pred - U.matched };
  return { line, details };
}

// ---- loading and running ------------------------------------------------------------------------------

export function loadGoldDir(dir: string, filter?: RegExp): Array<Omit<Item, 'out' | 'ms'> & { file: string }> {
  const artDir = fs.existsSync(path.join(dir, 'articles')) ? path.join(dir, 'articles') : dir;
  const goldDir = fs.existsSync(path.join(dir, 'gold')) ? path.join(dir, 'gold') : dir;
  const metaDir = path.join(dir, 'meta');
  return fs.readdirSync(artDir).filter((f) => f.endsWith('.txt') && (!filter || filter.test(f))).sort().map((f) => {
    const base = f.replace(/\.txt$/, '');
    const file = path.join(artDir, f);
    const decoded = decodeSeedBytes(fs.readFileSync(file));
    const mp = path.join(metaDir, base + '.json');
    return {
      name: base, file,
      text: decoded.ok ? decoded.text : '',
      gold: JSON.parse(fs.readFileSync(path.join(goldDir, base + '.json'), 'utf8')) as GoldDoc,
      meta: fs.existsSync(mp) ? ((JSON.parse(fs.readFileSync(mp, 'utf8')) as { quotesMeta?: MetaQ[] }).quotesMeta ?? []) : [],
    };
  });
}

/** Runs the engine in-process and builds the same `seed-reader/1` document the CLI's `export --format json` prints. */
export function runInProcess(docs: ReturnType<typeof loadGoldDir>): Item[] {
  return docs.map((d) => {
    const t0 = process.hrtime.bigint();
    let out: SeedJsonDocument | null = null;
    try {
      out = JSON.parse(JSON.stringify(toSeedJson({ analysis: analyze(d.text), text: d.text, fileName: path.basename(d.file) }))) as SeedJsonDocument;
    } catch (e) {
      console.error('FAIL', d.name, String((e as Error).message).split('\n')[0]);
    }
    return { ...d, out, ms: Number(process.hrtime.bigint() - t0) / 1e6 };
  });
}

function repoRoot(): string {
  for (const r of [path.resolve(__dirname, '../../..'), path.resolve(__dirname, '../..')]) if (fs.existsSync(path.join(r, 'package.json'))) return r;
  return process.cwd();
}

/** Runs the owner's scorer (CLI per article) on the first n articles and compares with the in-process line. */
export function verifyAgainstScorer(dir: string, n: number): { same: boolean; ours: ScoreLine; theirs: ScoreLine } {
  const root = repoRoot();
  const scorer = path.resolve(root, '..', 'shared', 'eval', 'score.mjs');
  const cli = path.join(root, 'dist', 'cli.js');
  if (!fs.existsSync(cli)) execFileSync(process.execPath, [path.join(root, 'esbuild.mjs')], { cwd: root, stdio: 'inherit' });
  const names = loadGoldDir(dir).slice(0, n).map((d) => d.name);
  const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const filter = `^(${names.map(esc).join('|')})\\.txt$`;
  const theirs = JSON.parse(execFileSync(process.execPath, [scorer, dir, process.execPath, cli, 'export', '--format', 'json'], { encoding: 'utf8', env: { ...process.env, FILTER: filter }, maxBuffer: 1 << 28 })) as ScoreLine;
  const ours = score(runInProcess(loadGoldDir(dir, new RegExp(filter)))).line;
  const strip = (l: ScoreLine) => { const c = JSON.parse(JSON.stringify(l)); delete c.ms_per_doc; delete c.counts.ms; return JSON.stringify(c); };
  return { same: strip(ours) === strip(theirs), ours, theirs };
}

// ---- breakdowns -----------------------------------------------------------------------------------------

interface Tally { n: number; ok: number }
const bump = (m: Map<string, Tally>, k: string, ok: boolean) => { const t = m.get(k) ?? { n: 0, ok: 0 }; t.n++; if (ok) t.ok++; m.set(k, t); };
const PRONOUN = /^(he|she|they|i|we|it|him|her|them|his|their|its|you)$/i;

/** How the speaker mention the engine used looks: pronoun, name (capitalised), nominal, or none. */
export function mentionClass(text: string | null): string {
  if (text === null) return 'no speaker mention';
  const t = text.trim();
  if (PRONOUN.test(t)) return 'pronoun';
  if (/^(the |a |an )?[a-z]/.test(t) && !/\b\p{Lu}\p{Ll}+/u.test(t.replace(/^(The|A|An) /, ''))) return 'nominal';
  return 'name';
}

export const BANDS: Array<[number, number]> = [[0, 0.5], [0.5, 0.7], [0.7, 0.9], [0.9, 1.0001]];
const band = (c: number) => { const b = BANDS.find(([lo, hi]) => c >= lo && c < hi) ?? BANDS[BANDS.length - 1]; return `${b[0]}–${Math.min(1, b[1]).toFixed(1).replace(/\.0$/, '')}`; };

/** Publisher (PolNeAR `nyt_...`) or genre (GUM `gum_bio_...`) from an article name. */
export function prefixOf(name: string): string { const p = name.split('_'); return p[0] === 'gum' && p.length > 2 ? p[1] : p[0]; }

/** Entity F1 (exact and lenient, as score.mjs) per publisher or genre. */
export function entityByPrefix(details: Detail[]): string {
  const m = new Map<string, { gold: number; pred: number; exact: number; lenient: number; docs: number }>();
  for (const d of details) {
    if (!d.ent) continue;
    const k = prefixOf(d.item.name);
    const t = m.get(k) ?? { gold: 0, pred: 0, exact: 0, lenient: 0, docs: 0 };
    t.gold += d.ent.gold; t.pred += d.ent.pred; t.exact += d.ent.exact; t.lenient += d.ent.lenient; t.docs++;
    m.set(k, t);
  }
  if (![...m.values()].some((t) => t.gold > 0)) return '';
  const f = (x: number, p: number, g: number) => { const P = p ? x / p : 0; const R = g ? x / g : 0; return `${P.toFixed(2)} / ${R.toFixed(2)} / ${(P + R ? 2 * P * R / (P + R) : 0).toFixed(2)}`; };
  return ['**Entities by genre or publisher**', '', '| | docs | gold | exact P / R / F1 | lenient P / R / F1 |', '|---|---|---|---|---|',
    ...[...m.entries()].sort((a, b) => a[0].localeCompare(b[0])).map(([k, t]) => `| ${k} | ${t.docs} | ${t.gold} | ${f(t.exact, t.pred, t.gold)} | ${f(t.lenient, t.pred, t.gold)} |`), ''].join('\n');
}

export interface Breakdown {
  byAttribution: Map<string, Tally>;
  byMention: Map<string, Tally>;
  bandQuote: Map<string, Tally>;    // predictions per band: matched a gold quote
  bandSpeaker: Map<string, Tally>;  // scored found quotes per band: right speaker
  byGoldHow: Map<string, Tally>;    // gold quotes by how their speaker was given: found
  byGoldHowSpk: Map<string, Tally>; // ... and right speaker among scored found
  byKind: Map<string, Tally>;       // gold quotes by kind: found
  byPredKind: Map<string, Tally>;   // predictions by engine kind: matched a gold quote
  byPublisher: Map<string, Tally>;  // gold quotes by article name prefix (PolNeAR: publisher): found
  byPublisherSpk: Map<string, Tally>; // ... right speaker among scored found
  /** Brier score of the confidence as the chance of the right speaker (scored found quotes): sum and count. */
  brier: { sum: number; n: number };
  /** Brier score of the confidence as the chance that a predicted quote is right for the reader (`readerOutcomes`),
   *  over the predicted quotes whose outcome is known, and the right-for-the-reader rate per band. */
  brierReader: { sum: number; n: number };
  bandReader: Map<string, Tally>;
  /** Found quotes whose gold speaker is unscored (a nominal or unresolved source), by how it was given: the predicted
   *  speaker agrees with the source text by the scorer's last-word rule (`the senator` = a `senator` or `Ann Lee, the
   *  senator`); for reading only, never in the score. */
  byGoldHowUnscored: Map<string, Tally>;
  /** The same quotes with a nominal or organisation source, by what the reader sees (`unscoredSourceOutcome`). */
  unscoredSeen: Map<string, Tally>;
}

/** What the reader sees for a found quote whose gold source is a nominal or an organisation: the speaker agrees with the
 *  source's head (the source cut at its first comma, `who`, `which` or parenthesis: `Ann Lee, a senator who ...` → `Ann
 *  Lee`) by the scorer's last-word rule; no speaker; a person who does not agree (the worst: a named person credited
 *  with an unnamed source's words); or another actor (an organisation or an unnamed source that does not agree). */
export function unscoredSourceOutcome(source: string, predNames: string[], predType: string | null): string {
  const head = source.split(/,|\(|\s(?:who|which|whose)\s/)[0].trim() || source;
  if (scorerSameSpeaker(head, predNames) || scorerSameSpeaker(source, predNames)) return 'agrees with the source\'s head';
  if (!predNames.length) return 'no speaker';
  return predType === 'person' ? 'a person who does not agree' : 'another actor (organisation or unnamed)';
}

/** Per predicted quote of one document: right for the reader, i.e. it matches a gold quote and its speaker is right by
 *  score.mjs's rule (a gold quote without a speaker wants none); wrong when it matches none or has a wrong speaker;
 *  null (not known) when the gold speaker is unscored. The outcome the engine's calibrated `confidence` estimates
 *  (passes/calibration.ts). */
export function readerOutcomes(d: Detail): Array<boolean | null> {
  const preds = d.item.out?.quotes ?? [];
  const r: Array<boolean | null> = preds.map(() => false);
  for (const g of d.gold) {
    if (g.pi < 0) continue;
    const gs = d.item.gold.quotes?.[g.gi]?.speaker;
    r[g.pi] = !g.scored ? null : gs ? g.speakerOk === true : !preds[g.pi].speaker;
  }
  return r;
}

export function breakdown(details: Detail[]): Breakdown {
  const b: Breakdown = { byAttribution: new Map(), byMention: new Map(), bandQuote: new Map(), bandSpeaker: new Map(), byGoldHow: new Map(), byGoldHowSpk: new Map(), byKind: new Map(), byPredKind: new Map(), byPublisher: new Map(), byPublisherSpk: new Map(), brier: { sum: 0, n: 0 }, byGoldHowUnscored: new Map(), brierReader: { sum: 0, n: 0 }, bandReader: new Map(), unscoredSeen: new Map() };
  for (const d of details) {
    const types = new Map((d.item.out?.actors ?? []).map((a) => [a.id, a.type as string]));
    const preds = d.item.out?.quotes ?? [];
    const matched = new Set(d.gold.filter((g) => g.pi >= 0).map((g) => g.pi));
    preds.forEach((p, i) => { bump(b.bandQuote, band(p.confidence), matched.has(i)); bump(b.byPredKind, p.kind, matched.has(i)); });
    readerOutcomes(d).forEach((ok, i) => { if (ok === null) return; bump(b.bandReader, band(preds[i].confidence), ok); b.brierReader.sum += (preds[i].confidence - (ok ? 1 : 0)) ** 2; b.brierReader.n++; });
    for (const g of d.gold) {
      const m = d.item.meta[g.gi] ?? {};
      bump(b.byKind, m.kind ?? 'unknown', g.pi >= 0);
      bump(b.byGoldHow, m.how ?? 'unknown', g.pi >= 0);
      const pub = prefixOf(d.item.name);
      bump(b.byPublisher, pub, g.pi >= 0);
      if (g.pi >= 0 && g.speakerOk !== null) bump(b.byPublisherSpk, pub, g.speakerOk);
      const source = d.item.gold.quotes?.[g.gi]?.speaker;
      // (A pronoun source has no words to agree with: left out.)
      if (g.pi >= 0 && !g.scored && source && mentionClass(source) !== 'pronoun') bump(b.byGoldHowUnscored, m.how ?? 'unknown', scorerSameSpeaker(source, g.predNames));
      if (g.pi >= 0 && !g.scored && source && m.how === 'nominal or organisation') {
        const o = unscoredSourceOutcome(source, g.predNames, types.get(preds[g.pi].speaker ?? '') ?? null);
        for (const k of ['agrees with the source\'s head', 'no speaker', 'a person who does not agree', 'another actor (organisation or unnamed)']) bump(b.unscoredSeen, k, o === k);
      }
      if (g.pi < 0 || g.speakerOk === null) continue;
      const p = preds[g.pi];
      bump(b.byGoldHowSpk, m.how ?? 'unknown', g.speakerOk);
      bump(b.byAttribution, p.attribution ?? '(none)', g.speakerOk);
      const st = p.speakerSpan ? d.item.text.slice(p.speakerSpan.start, p.speakerSpan.end) : null;
      bump(b.byMention, mentionClass(st), g.speakerOk);
      bump(b.bandSpeaker, band(p.confidence), g.speakerOk);
      b.brier.sum += (p.confidence - (g.speakerOk ? 1 : 0)) ** 2; b.brier.n++;
    }
  }
  return b;
}

const pct = (t: Tally) => (t.n ? (t.ok / t.n).toFixed(2) : '–');
function tallyTable(title: string, what: string, m: Map<string, Tally>, sortByKey = false): string {
  const rows = [...m.entries()].sort((a, b) => (sortByKey ? a[0].localeCompare(b[0]) : b[1].n - a[1].n));
  return [`**${title}**`, '', `| | n | ${what} |`, '|---|---|---|', ...rows.map(([k, t]) => `| ${k} | ${t.n} | ${pct(t)} |`)].join('\n');
}

export function formatBreakdown(label: string, b: Breakdown): string {
  return [
    `### ${label}`, '',
    tallyTable('Speaker accuracy by how the engine found the speaker (found quotes with a scored gold speaker)', 'speaker acc', b.byAttribution), '',
    tallyTable('Speaker accuracy by the speaker mention the engine used', 'speaker acc', b.byMention), '',
    tallyTable('Calibration: predicted quotes per confidence band that match a gold quote', 'quote precision', b.bandQuote, true), '',
    tallyTable('Calibration: right speaker per confidence band (found quotes with a scored gold speaker)', 'speaker acc', b.bandSpeaker, true), '',
    `Brier score of the confidence as the chance of the right speaker (lower is better): ${b.brier.n ? (b.brier.sum / b.brier.n).toFixed(4) : '–'} (n ${b.brier.n})`, '',
    tallyTable('Calibration: predicted quotes per confidence band that are right for the reader (match a gold quote with a scored speaker and have the right speaker, or match none: wrong)', 'right', b.bandReader, true), '',
    `Brier score of the confidence as the chance that a predicted quote is right for the reader (what it estimates; lower is better): ${b.brierReader.n ? (b.brierReader.sum / b.brierReader.n).toFixed(4) : '–'} (n ${b.brierReader.n})`, '',
    tallyTable('Gold quotes by kind: recall', 'recall', b.byKind), '',
    tallyTable('Gold quotes by how the gold speaker was given: recall', 'recall', b.byGoldHow), '',
    tallyTable('... speaker accuracy on found, scored ones', 'speaker acc', b.byGoldHowSpk), '',
    tallyTable('... found ones with an unscored source (not in the score): the speaker agrees with the source by its last word', 'agree', b.byGoldHowUnscored), '',
    tallyTable('... found ones with a nominal or organisation source (not in the score): what the reader sees, each row a share of all of them', 'share', b.unscoredSeen), '',
    tallyTable('Predicted quotes by engine kind: match a gold quote', 'precision', b.byPredKind), '',
    tallyTable('Gold quotes by publisher (article name prefix): recall', 'recall', b.byPublisher, true), '',
    tallyTable('... speaker accuracy on found, scored ones', 'speaker acc', b.byPublisherSpk, true), '',
  ].join('\n');
}

// ---- errors file ----------------------------------------------------------------------------------------

function context(text: string, start: number, end: number, width = 160): string {
  const ls = text.lastIndexOf('\n', start - 1) + 1;
  let le = text.indexOf('\n', end); if (le < 0) le = text.length;
  const a = Math.max(ls, start - width); const z = Math.min(le, end + width);
  return (a > ls ? '…' : '') + text.slice(a, start) + '⟦' + text.slice(start, end) + '⟧' + text.slice(end, z) + (z < le ? '…' : '');
}
const paraOf = (text: string, i: number) => text.slice(0, i).split('\n').length - 4; // paragraph index after the 3 header lines

export function errorsMarkdown(label: string, details: Detail[]): string {
  const out: string[] = [`# Errors: ${label}`, '', 'Kinds: MISS (gold quote not found), SPURIOUS (predicted quote matching no gold quote), SPEAKER (found, wrong speaker); ENTITY missed / span (overlap, same type, other span) / type / spurious (overlapping no gold entity).', ''];
  const counts = new Map<string, number>();
  const inc = (k: string) => counts.set(k, (counts.get(k) ?? 0) + 1);
  for (const d of details) {
    const t = d.item.text; const preds = d.item.out?.quotes ?? [];
    const actors = new Map((d.item.out?.actors ?? []).map((a) => [a.id, a]));
    const lines: string[] = [];
    for (const g of d.gold) {
      const q = d.item.gold.quotes![g.gi]; const m = d.item.meta[g.gi] ?? {};
      if (g.pi < 0) {
        const cat = `MISS ${m.kind ?? ''}${paraOf(t, q.start) < 0 ? ' (headline)' : ''}`;
        inc(cat);
        lines.push(`- **${cat}** gold speaker ${JSON.stringify(q.speaker)} (${m.how ?? '?'}, source ${JSON.stringify(m.source ?? null)}): ${context(t, q.start, q.end)}`);
      } else if (g.speakerOk === false) {
        const p = preds[g.pi];
        const st = p.speakerSpan ? t.slice(p.speakerSpan.start, p.speakerSpan.end) : null;
        const a = p.speaker ? actors.get(p.speaker) : undefined;
        const cat = `SPEAKER ${p.speaker ? 'wrong' : 'none'} via ${p.attribution ?? '?'}`;
        inc(cat);
        lines.push(`- **${cat}** gold ${JSON.stringify(q.speaker)} (${m.how ?? '?'}), predicted ${JSON.stringify(a?.name ?? null)} (${a?.type ?? '-'}; mention ${JSON.stringify(st)}; conf ${p.confidence.toFixed(2)}): ${context(t, q.start, q.end)}`);
      } else if (!g.scored && q.speaker && mentionClass(q.speaker) !== 'pronoun' && !scorerSameSpeaker(q.speaker, g.predNames)) {
        // Found, unscored source (a nominal or organisation) the speaker does not agree with by its last word: listed
        // for reading (the row "found ones with an unscored source"), never in the score.
        const p = preds[g.pi];
        const st = p.speakerSpan ? t.slice(p.speakerSpan.start, p.speakerSpan.end) : null;
        const a = p.speaker ? actors.get(p.speaker) : undefined;
        const cat = `UNSCORED SOURCE ${p.speaker ? `other ${a?.type ?? '?'}` : 'none'} (${m.how ?? '?'})`;
        inc(cat);
        lines.push(`- **${cat}** source ${JSON.stringify(q.speaker)}, predicted ${JSON.stringify(a?.name ?? null)} (mention ${JSON.stringify(st)}; ${p.attribution ?? '?'}; conf ${p.confidence.toFixed(2)}): ${context(t, q.start, q.end)}`);
      }
    }
    for (const i of d.unusedPreds) {
      const p = preds[i];
      // A prediction that overlaps a gold quote already taken is a split/duplicate, not a new quote.
      const dup = (d.item.gold.quotes ?? []).some((q) => ov(q, p) > 0);
      const cat = `SPURIOUS ${p.kind}${p.marked === false ? ' unmarked' : ''}${dup ? ' (overlaps a gold quote)' : ''}`;
      inc(cat);
      lines.push(`- **${cat}** conf ${p.confidence.toFixed(2)}, ${p.attribution ?? ''}: ${context(t, p.start, p.end)}`);
    }
    // Entities (gold folders with an entity layer): same typing as score.mjs (OTHER gold not scored).
    const ge = (d.item.gold.entities ?? []).filter((e) => e.type !== 'OTHER');
    if (ge.length) {
      const pe = (d.item.out?.entities ?? []).map((e) => ({ ...e, T: TYPE[String(e.type).toLowerCase()] })).filter((e) => e.T);
      for (const g of ge) {
        if (pe.some((p) => p.start === g.start && p.end === g.end && p.T === g.type)) continue;
        const o = pe.find((p) => ov(g, p) > 0);
        const cat = !o ? `ENTITY missed ${g.type}` : o.T === g.type ? `ENTITY span ${g.type}` : `ENTITY type ${g.type} as ${o.T}`;
        inc(cat);
        lines.push(`- **${cat}**${o ? ` predicted ${JSON.stringify(t.slice(o.start, o.end))}` : ''}: ${context(t, g.start, g.end, 80)}`);
      }
      for (const p of pe) if (!ge.some((g) => ov(g, p) > 0) && !(d.item.gold.entities ?? []).some((g) => ov(g, p) > 0)) {
        const cat = `ENTITY spurious ${p.T}`;
        inc(cat);
        lines.push(`- **${cat}**: ${context(t, p.start, p.end, 80)}`);
      }
    }
    if (lines.length) out.push(`## ${d.item.name}`, '', ...lines, '');
  }
  const summary = ['## Summary by category', '', '| category | n |', '|---|---|', ...[...counts.entries()].sort((a, b) => b[1] - a[1]).map(([k, n]) => `| ${k} | ${n} |`), ''];
  return [...out.slice(0, 4), ...summary, ...out.slice(4)].join('\n');
}

// ---- main -----------------------------------------------------------------------------------------------

export interface Row { label: string; line: ScoreLine; details: Detail[] }

export function formatRows(rows: Row[], entities: boolean): string {
  const head = '| set | docs | gold quotes | quote P / R / F1 | speaker acc | direct R | quote+speaker F1 | unscored speakers |' + (entities ? ' entity exact F1 | entity lenient F1 |' : '') + ' ms/doc |';
  const sep = '|---|---|---|---|---|---|---|---|' + (entities ? '---|---|' : '') + '---|';
  return [head, sep, ...rows.map(({ label, line }) => {
    const c = line.counts as { q: { gold: number; pred: number } };
    const nq = c.q.gold === 0 && c.q.pred === 0; // no quote layer (GUM entities only)
    return `| ${label} | ${line.docs}${line.failed ? ` (+${line.failed} failed)` : ''} | ${c.q.gold} | ${nq ? '–' : line.quote_PRF.join(' / ')} | ${line.speaker_acc ?? '–'} | ${line.direct_R ?? '–'} | ${nq ? '–' : line.quote_speaker_PRF[2]} | ${line.speaker_unscored?.gold ?? 0} |` + (entities ? ` ${line.entity_exact_PRF[2]} | ${line.entity_lenient_PRF[2]} |` : '') + ` ${line.ms_per_doc} |`;
  })].join('\n');
}

export function main(argv: string[]): number {
  try {
    return run(argv);
  } catch (e) {
    console.error(String((e as Error).message ?? e));
    return 1;
  }
}

function run(argv: string[]): number {
  const opt = (k: string) => { const i = argv.indexOf(k); return i >= 0 ? argv[i + 1] : undefined; };
  const multi = (k: string) => { const i = argv.indexOf(k); if (i < 0) return []; const r: string[] = []; for (let j = i + 1; j < argv.length && !argv[j].startsWith('--'); j++) r.push(argv[j]); return r; };
  const sets: Array<{ label: string; dir: string }> = [];
  let entities = false;
  let errorsBase = opt('--errors');
  const polnear = opt('--polnear');
  if (polnear) {
    const splits = (opt('--split') ?? 'dev').split(',');
    for (const split of splits) {
      if (!ALLOWED_SPLITS.includes(split)) { console.error(`--split must be one of ${ALLOWED_SPLITS.join(', ')} (the test split is the owner's and is never read)`); return 2; }
      let marked = path.join(polnear, split); let stripped = path.join(polnear, split + '-stripped');
      if (fs.existsSync(path.join(polnear, 'data'))) ({ marked, stripped } = convertSplit(polnear, split, opt('--out') ?? path.join(os.tmpdir(), 'polnear-gold')));
      if (!fs.existsSync(marked)) { console.error(`no ${marked}: run the converter (node out/test/eval/polnear.js CHECKOUT --split ${split} --out ${polnear}) or pass the checkout`); return 1; }
      sets.push({ label: `polnear ${split}`, dir: marked }, { label: `polnear ${split} stripped`, dir: stripped });
    }
    if (!errorsBase) errorsBase = path.join(os.tmpdir(), `seed-eval-errors-${splits.join('-')}`);
  }
  for (const flag of ['--gum', '--gold']) for (let d of multi(flag)) {
    entities = true;
    let root = d;
    if (flag === '--gum' && fs.existsSync(path.join(d, 'dep'))) { convertGum(d, opt('--out') ?? path.join(os.tmpdir(), 'gum-gold'), opt('--genres')?.split(',') ?? null); root = opt('--out') ?? path.join(os.tmpdir(), 'gum-gold'); }
    const sub = ['gum', 'gum-stripped', 'gum-other', 'gum-other-stripped'].filter((s) => flag === '--gum' && fs.existsSync(path.join(root, s, 'articles')));
    d = root;
    if (sub.length) for (const s of sub) sets.push({ label: s, dir: path.join(d, s) });
    else sets.push({ label: path.basename(d), dir: d });
  }
  if (!sets.length) { console.error('nothing to score: give --polnear DIR, --gum DIR or --gold DIR'); return 2; }
  if (!errorsBase) errorsBase = path.join(os.tmpdir(), 'seed-eval-errors-gold');
  const filter = process.env.FILTER ? new RegExp(process.env.FILTER) : undefined;
  const rows: Row[] = [];
  for (const s of sets) {
    const { line, details } = score(runInProcess(loadGoldDir(s.dir, filter)));
    rows.push({ label: s.label, line, details });
  }
  if (argv.includes('--json')) { console.log(JSON.stringify(rows.map((r) => ({ set: r.label, ...r.line })), null, 1)); }
  else {
    console.log(formatRows(rows, entities));
    console.log('');
    for (const r of rows) {
      const hasQuotes = r.details.some((d) => d.item.gold.quotes);
      console.log((hasQuotes ? formatBreakdown(r.label, breakdown(r.details)) : `### ${r.label}\n`) + (entities ? '\n' + entityByPrefix(r.details) + '\n' + entityByGenreGroup(r.details) : ''));
    }
  }
  const errFile = errorsBase.endsWith('.md') ? errorsBase : errorsBase + '.md';
  fs.writeFileSync(errFile, rows.map((r) => errorsMarkdown(r.label, r.details)).join('\n\n'));
  console.error(`errors with context: ${errFile}`);
  const nv = Number(opt('--verify') ?? 0);
  if (nv > 0) {
    let allSame = true;
    for (const s of sets) {
      const v = verifyAgainstScorer(s.dir, nv);
      allSame &&= v.same;
      console.error(`verify ${s.label} (${nv} articles): in-process ${v.same ? '=' : '≠'} score.mjs${v.same ? '' : `\n  ours   ${JSON.stringify(v.ours)}\n  theirs ${JSON.stringify(v.theirs)}`}`);
    }
    if (!allSame) return 1;
  }
  return 0;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
