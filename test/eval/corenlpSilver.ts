// Silver entity agreement on news: PolNeAR ships Stanford CoreNLP output (an old 4-class NER: PERSON,
// ORGANIZATION, LOCATION, MISC, plus dates and numbers) for each article. This tool turns those automatic
// tags into gold-format folders (shared/gold/README.md) beside the same seed text the PolNeAR converter
// builds, and scores the engine's entities against them with the in-process copy of score.mjs.
// It measures AGREEMENT WITH AN AUTOMATIC TAGGER, not accuracy against human gold: CoreNLP errs too.
// PolNeAR has no licence: the output goes outside the repository (default <tmpdir>/polnear-silver, <tmpdir> from TMPDIR) and
// nothing of it may be committed. Only the train and dev splits are read (never test).
//
// usage: node out/test/eval/corenlpSilver.js POLNEAR_CHECKOUT [--split train|dev] [--out DIR] [--errors FILE] [--json]
//   then also: node ../shared/eval/score.mjs DIR/<split>-silver node dist/cli.js export --format json
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { checkSplit, parseCoreNlp } from './polnear';
import { buildSeed, codePointToUtf16, stripMarks } from './polnearCore';
import { entityByPrefix, errorsMarkdown, loadGoldDir, runInProcess, score } from './unseen';

/** CoreNLP NER class → the scorer's type; MISC (nationalities, events, works) → OTHER (not scored). */
export const CORENLP_TYPE: Record<string, 'PERSON' | 'ORG' | 'PLACE' | 'OTHER'> = {
  PERSON: 'PERSON', ORGANIZATION: 'ORG', LOCATION: 'PLACE', CITY: 'PLACE', STATE_OR_PROVINCE: 'PLACE', COUNTRY: 'PLACE',
  MISC: 'OTHER', NATIONALITY: 'OTHER', RELIGION: 'OTHER',
};

export interface SilverEntity { type: 'PERSON' | 'ORG' | 'PLACE' | 'OTHER'; start: number; end: number; possessive?: boolean }

/**
 * Entity spans from CoreNLP tokens: a run of adjacent tokens of one mapped class is one entity. A possessive
 * token (`'s`) ends a run; spans are offsets into `raw` (UTF-16).
 */
/** Titles CoreNLP's old model sometimes tags as part of a person (`Mr. Clark`); the scorer's gold leaves them out. */
const TITLE_WORD = /^(mr|mrs|ms|miss|dr|prof|professor|rev|sen|senator|rep|gov|governor|gen|general|adm|admiral|col|lt|sgt|capt|justice|judge|mayor|president|pope|sir|dame|lord|lady|king|queen|prince|princess)\.?$/i;

export function silverSpans(tokens: Array<{ s: number; e: number; ner: string; pos: string; word: string }>): SilverEntity[] {
  const out: SilverEntity[] = [];
  let cur: SilverEntity | null = null;
  for (const t of tokens) {
    const ty = t.pos === 'POS' ? undefined : CORENLP_TYPE[t.ner];
    if (cur && ty === cur.type) { cur.end = t.e; continue; }
    // `Trump's`: once the marks are stripped the word reads `Trumps` and the scorer's gold keeps it so.
    if (cur && t.pos === 'POS' && t.s === cur.end && /^['’]s$/i.test(t.word)) cur.possessive = true;
    if (cur) out.push(cur);
    // A title that opens a person run is dropped (`Mr. Clark` → `Clark`, `Justice Ann Lo` → `Ann Lo`).
    cur = ty && !(ty === 'PERSON' && TITLE_WORD.test(t.word)) ? { type: ty, start: t.s, end: t.e } : null;
  }
  if (cur) out.push(cur);
  return out;
}

interface Out { text: string; entities: Array<SilverEntity & { text: string }> }

/** Seed text (as test/eval/polnear.ts builds it) and the silver entities mapped onto it. */
export function convertSilver(raw: string, xml: string, date: string, url: string): Out {
  const nlp = parseCoreNlp(xml);
  const toU16 = codePointToUtf16(raw);
  const seed = buildSeed(raw, date, url);
  const entities: Out['entities'] = [];
  for (const s of nlp.sents) {
    for (const e of silverSpans(s.tokens)) {
      const sp = seed.map.span(toU16(e.start), toU16(e.end));
      if (sp) entities.push({ type: e.type, start: sp.start, end: sp.end, text: seed.text.slice(sp.start, sp.end), ...(e.possessive ? { possessive: true } : {}) });
    }
  }
  return { text: seed.text, entities };
}

function stripOut(o: Out): Out {
  const st = stripMarks(o.text);
  const entities: Out['entities'] = [];
  for (const e of o.entities) {
    const sp = st.map.span(e.start, e.end);
    if (!sp) continue;
    const end = e.possessive && /^s(?![\p{L}\p{N}])/iu.test(st.text.slice(sp.end, sp.end + 2)) ? sp.end + 1 : sp.end;
    entities.push({ ...e, start: sp.start, end, text: st.text.slice(sp.start, end) });
  }
  return { text: st.text, entities };
}

function write(dir: string, name: string, o: Out): void {
  for (const d of ['articles', 'gold']) fs.mkdirSync(path.join(dir, d), { recursive: true });
  fs.writeFileSync(path.join(dir, 'articles', name + '.txt'), o.text);
  fs.writeFileSync(path.join(dir, 'gold', name + '.json'), JSON.stringify({ entities: o.entities.map(({ possessive, ...e }) => e) }));
}

/** Writes `<out>/<split>-silver` and `<out>/<split>-silver-stripped`; returns them. */
export function convertSilverSplit(checkout: string, split: string, outDir: string): string[] {
  checkSplit(checkout, split);
  const base = path.join(checkout, 'data', split);
  const dirs = [path.join(outDir, `${split}-silver`), path.join(outDir, `${split}-silver-stripped`)];
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
  for (const tf of fs.readdirSync(path.join(base, 'text')).filter((f) => f.endsWith('.txt')).sort()) {
    const xp = path.join(base, 'corenlp', tf + '.xml');
    // (A missing or empty CoreNLP file: no silver for that article, rather than an empty gold that counts every name spurious.)
    if (!fs.existsSync(xp) || fs.statSync(xp).size === 0) continue;
    const name = tf.replace(/\.txt$/, '');
    const date = (/_(\d{4}-\d\d-\d\d)_/.exec(name)?.[1] ?? '2016-01-01').replace(/-/g, '');
    const o = convertSilver(fs.readFileSync(path.join(base, 'text', tf), 'utf8'), fs.readFileSync(xp, 'utf8'), date, `https://polnear.invalid/${name}`);
    write(dirs[0], name, o);
    write(dirs[1], name, stripOut(o));
  }
  return dirs;
}

function main(args: string[]): number {
  const opt = (k: string) => { const i = args.indexOf(k); return i >= 0 ? args[i + 1] : undefined; };
  const checkout = args.find((a, i) => !a.startsWith('--') && !(i > 0 && args[i - 1].startsWith('--')));
  if (!checkout) { console.error('usage: corenlpSilver.js POLNEAR_CHECKOUT [--split train|dev] [--out DIR] [--errors FILE] [--json]'); return 2; }
  const split = opt('--split') ?? 'train';
  const dirs = convertSilverSplit(checkout, split, opt('--out') ?? path.join(os.tmpdir(), 'polnear-silver'));
  const rows = dirs.map((d) => ({ label: path.basename(d), ...score(runInProcess(loadGoldDir(d))) }));
  if (args.includes('--json')) console.log(JSON.stringify(rows.map((r) => ({ set: r.label, exact: r.line.entity_exact_PRF, lenient: r.line.entity_lenient_PRF }))));
  else {
    console.log('Silver = agreement with CoreNLP\'s automatic NER, not human gold.\n');
    console.log('| set | docs | entity exact P / R / F1 | entity lenient P / R / F1 |\n|---|---|---|---|');
    for (const r of rows) console.log(`| ${r.label} | ${r.line.docs} | ${r.line.entity_exact_PRF.join(' / ')} | ${r.line.entity_lenient_PRF.join(' / ')} |`);
    console.log('\n' + entityByPrefix(rows[0].details));
  }
  const err = opt('--errors') ?? path.join(os.tmpdir(), `polnear-silver-errors-${split}.md`);
  fs.writeFileSync(err, rows.map((r) => errorsMarkdown(r.label, r.details)).join('\n\n'));
  console.error(`errors with context: ${err}`);
  return 0;
}

if (require.main === module) {
  try { process.exitCode = main(process.argv.slice(2)); } catch (e) { console.error(String((e as Error).message ?? e)); process.exitCode = 1; }
}
