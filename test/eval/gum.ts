// Converts GUM documents (github.com/amir-zeldes/gum, dep/*.conllu, commit 72ce5ac; CC-BY) of genres other
// than news into gold entity folders in the format of shared/gold/README.md, for entity evaluation on
// text the engine was not tuned on. The GUM_news_* documents are held out by the owner (the ten in
// shared/gold/gum excepted): the converter refuses every news document. Reddit documents are skipped (their
// text is not in the repository). Output goes where it is told (outside the repository).
//
// usage: node out/test/eval/gum.js GUM_CHECKOUT_OR_DEP_DIR --out DIR [--genres bio,interview,...]
//   writes DIR/gum-other/{articles,gold,meta} and DIR/gum-other-stripped/...
import * as fs from 'fs';
import * as path from 'path';
import { OffsetMap, stripMarks } from './polnearCore';

export interface ConlluToken { id: number; form: string; upos: string; xpos: string; head: number; misc: string }
export interface ConlluSentence { tokens: ConlluToken[]; newpar: boolean; headBlock: boolean; text: string | null }
export interface ConlluDoc { id: string; meta: Record<string, string>; sents: ConlluSentence[] }

export function parseConllu(src: string): ConlluDoc {
  const doc: ConlluDoc = { id: '', meta: {}, sents: [] };
  let cur: ConlluSentence | null = null;
  let pendingPar = false; let pendingHead = false; let pendingText: string | null = null;
  for (const line of src.split(/\r?\n/)) {
    if (line.startsWith('#')) {
      let m = /^# newdoc id = (.*)$/.exec(line);
      if (m) doc.id = m[1].trim();
      m = /^# meta::(\w+) = (.*)$/.exec(line);
      if (m) doc.meta[m[1]] = m[2].trim();
      if (/^# newpar\b/.test(line)) pendingPar = true;
      if (/^# newpar_block = head/.test(line)) pendingHead = true;
      m = /^# text = (.*)$/.exec(line);
      if (m) pendingText = m[1];
      continue;
    }
    if (!line.trim()) { cur = null; continue; }
    const c = line.split('\t');
    if (!/^\d+$/.test(c[0])) continue; // multiword ranges and empty nodes
    if (!cur) { cur = { tokens: [], newpar: pendingPar, headBlock: pendingHead, text: pendingText }; doc.sents.push(cur); pendingPar = false; pendingHead = false; pendingText = null; }
    cur.tokens.push({ id: +c[0], form: c[1], upos: c[3], xpos: c[4], head: +c[6], misc: c[9] ?? '_' });
  }
  return doc;
}

interface Mention { eid: string; type: string; identity: string | null; start: number; end: number } // token indexes within sentence, end exclusive

/** Entity mentions of a sentence from the MISC `Entity=` brackets (`(3-person-...-Lord_Byron` ... `3)`). */
export function sentenceMentions(s: ConlluSentence): Mention[] {
  const open: Array<{ eid: string; type: string; identity: string | null; start: number }> = [];
  const out: Mention[] = [];
  s.tokens.forEach((t, i) => {
    const m = /(?:^|\|)Entity=([^|]*)/.exec(t.misc);
    if (!m) return;
    for (const part of m[1].matchAll(/\((\d+)-([^()]*?)(\))?(?=\(|$|\d+\))|(\d+)\)/g)) {
      if (part[1]) {
        const fields = part[2].split('-');
        const identity = fields.length >= 7 ? fields.slice(6).join('-') : null;
        const e = { eid: part[1], type: fields[0], identity, start: i };
        if (part[3]) out.push({ ...e, end: i + 1 }); else open.push(e);
      } else if (part[4]) {
        for (let k = open.length - 1; k >= 0; k--) if (open[k].eid === part[4]) { out.push({ ...open[k], end: i + 1 }); open.splice(k, 1); break; }
      }
    }
  });
  return out;
}

const TITLE_WORDS = /^(mr|mrs|ms|miss|dr|prof|professor|gen|general|president|secretary|minister|sen|senator|rep|gov|governor|sir|dame|lord|lady|king|queen|prince|princess|saint|st|rev|reverend|judge|justice|captain|capt|col|colonel|lt|sgt|pope|archbishop|bishop|chancellor|mayor|chairman|ceo|coach|officer|detective|mister|madam|uncle|aunt|ambassador|spokesman|spokeswoman|commissioner|director|senior|deputy|chief|vice|former)\.?$/i;
const GLUE = /^(of|the|de|du|da|del|la|le|van|von|and|&|-|\.|')$/i;
const TYPES: Record<string, 'PERSON' | 'ORG' | 'PLACE' | 'OTHER'> = { person: 'PERSON', organization: 'ORG', place: 'PLACE' };

/**
 * The name inside a mention: the run of proper-noun tokens around the mention's head (the token whose
 * syntactic head lies outside the mention), joined over `of` / `the` / `and` / hyphens between proper nouns;
 * a person's titles are left out (`Dr. William Glennie` → `William Glennie`). Null when the head is no
 * proper noun (`the school`, `he`). Type: person / organization / place, everything else OTHER; a plural
 * proper noun for people (`Muslims`) is OTHER.
 */
export function nameOfMention(s: ConlluSentence, m: Mention, all: Mention[] = []): { start: number; end: number; type: 'PERSON' | 'ORG' | 'PLACE' | 'OTHER' } | null {
  if (m.type === 'time' || m.type === 'quantity') return null;
  const toks = s.tokens;
  const proper = (i: number) => toks[i].xpos === 'NNP' || toks[i].xpos === 'NNPS';
  let h = -1;
  for (let i = m.start; i < m.end; i++) { const hd = toks[i].head; if (hd === 0 || hd - 1 < m.start || hd - 1 >= m.end) { h = i; break; } }
  if (h < 0 || !proper(h)) return null;
  let type = TYPES[m.type] ?? 'OTHER';
  const person = type === 'PERSON';
  // A person's name does not run into another entity nested before or after it (`United States Ambassador X`).
  const barrier = new Set<number>();
  if (person) for (const o of all) if (o !== m && o.start >= m.start && o.end <= m.end && !(o.start <= h && h < o.end)) for (let i = o.start; i < o.end; i++) barrier.add(i);
  const isP = (i: number) => i >= m.start && i < m.end && !barrier.has(i) && proper(i) && !(person && TITLE_WORDS.test(toks[i].form));
  const glue = (i: number) => i >= m.start && i < m.end && GLUE.test(toks[i].form);
  let a = h; let z = h;
  for (;;) {
    if (isP(a - 1)) { a--; continue; }
    if (glue(a - 1) && isP(a - 2)) { a -= 2; continue; }
    if (glue(a - 1) && glue(a - 2) && isP(a - 3)) { a -= 3; continue; }
    break;
  }
  for (;;) {
    if (isP(z + 1)) { z++; continue; }
    if (glue(z + 1) && isP(z + 2)) { z += 2; continue; }
    if (glue(z + 1) && glue(z + 2) && isP(z + 3)) { z += 3; continue; }
    break;
  }
  if (person && TITLE_WORDS.test(toks[h].form)) return null;
  if (person && toks[h].xpos === 'NNPS') type = 'OTHER';
  return { start: a, end: z + 1, type };
}

export interface GumConverted { name: string; text: string; entities: Array<{ text: string; type: string; start: number; end: number }>; genre: string }

/** Seed text (title / date / URL / one paragraph a line; an empty title line when the text does not open with the title) and named entities. */
export function convertGumDoc(doc: ConlluDoc): GumConverted {
  const date = (doc.meta.dateCreated || doc.meta.dateCollected || '2000-01-01').replace(/-/g, '').slice(0, 8);
  const url = doc.meta.sourceURL && /^https?:\/\//.test(doc.meta.sourceURL) ? doc.meta.sourceURL : `https://gum.invalid/${doc.id}`;
  const title = (doc.meta.title || doc.id).replace(/\s+/g, ' ');
  // The heading sentence that repeats the title becomes line 1 (with its entities). Else line 1 is left empty: the
  // title from the metadata is not part of GUM's annotated text, so names in it would count as spurious predictions
  // (and missed ones would not count) by construction.
  const s0 = doc.sents[0];
  const headIsTitle = !!s0 && s0.headBlock && (s0.text ?? s0.tokens.map((t) => t.form).join(' ')).replace(/\s+/g, '') === title.replace(/\s+/g, '');
  let text = headIsTitle ? '' : `\n${date}\n${url}`;
  const entities: GumConverted['entities'] = [];
  let first = true;
  let paraOpen = false;
  for (const [si, s] of doc.sents.entries()) {
    const raw = s.tokens.map((t) => t.form).join(' ');
    void raw;
    const headline = si === 0 && headIsTitle;
    if (headline) { /* line 1 */ } else if (s.newpar || first || !paraOpen) { text += '\n'; paraOpen = true; } else text += ' ';
    first = false;
    const offs: Array<{ s: number; e: number }> = [];
    // The sentence's own text (`# text =`) when every token is found in it in order; else tokens and SpaceAfter.
    const st = s.text;
    let aligned = st !== null;
    if (st !== null) {
      let p = 0;
      for (const t of s.tokens) {
        const i = st.indexOf(t.form, p);
        if (i < 0 || st.slice(p, i).trim()) { aligned = false; break; }
        offs.push({ s: i, e: i + t.form.length });
        p = i + t.form.length;
      }
    }
    if (aligned && st !== null) {
      const base = text.length;
      text += st;
      for (const o of offs) { o.s += base; o.e += base; }
    } else {
      offs.length = 0;
      s.tokens.forEach((t, i) => {
        offs.push({ s: text.length, e: text.length + t.form.length });
        text += t.form;
        if (i < s.tokens.length - 1 && !/(?:^|\|)SpaceAfter=No(?:\||$)/.test(t.misc)) text += ' ';
      });
    }
    const ms = sentenceMentions(s);
    for (const m of ms) {
      const n = nameOfMention(s, m, ms);
      if (!n) continue;
      const st = offs[n.start].s; const en = offs[n.end - 1].e;
      entities.push({ text: text.slice(st, en), type: n.type, start: st, end: en });
    }
    if (headline) { text += `\n${date}\n${url}`; paraOpen = false; }
  }
  // Nested mentions can give the same name twice (`Aberdeen` inside `Aberdeen Grammar School` is its own
  // place): keep one per span, and drop a name inside a longer one of the same run only when identical.
  const seen = new Set<string>();
  // The outermost name wins: a name inside another one (`United States` in `United States Navy`) is dropped.
  const uniq = entities.filter((e) => { const k = `${e.start}:${e.end}`; if (seen.has(k)) return false; seen.add(k); return true; })
    .filter((e) => !entities.some((o) => o.start <= e.start && e.end <= o.end && o.end - o.start > e.end - e.start))
    .sort((x, y) => x.start - y.start || y.end - x.end);
  return { name: doc.id.toLowerCase(), text, entities: uniq, genre: doc.meta.genre ?? doc.id.split('_')[1] };
}

/** Throws for a held-out document: every GUM news document (and anything named like one). */
export function checkGumDoc(file: string): void {
  if (/news/i.test(path.basename(file))) throw new Error(`refusing ${file}: GUM news documents are held out`);
}

export function convertGum(checkout: string, outDir: string, genres: string[] | null, log = (s: string) => console.error(s)): { marked: string; stripped: string } {
  const dep = fs.existsSync(path.join(checkout, 'dep')) ? path.join(checkout, 'dep') : checkout;
  const files = fs.readdirSync(dep).filter((f) => /^GUM_.*\.conllu$/.test(f) && !/^GUM_(news|reddit)_/.test(f)
    && (!genres || genres.includes(f.split('_')[1]))).sort();
  const marked = path.join(outDir, 'gum-other');
  const stripped = path.join(outDir, 'gum-other-stripped');
  for (const d of [marked, stripped]) { fs.rmSync(d, { recursive: true, force: true }); for (const s of ['articles', 'gold', 'meta']) fs.mkdirSync(path.join(d, s), { recursive: true }); }
  let ne = 0;
  for (const f of files) {
    checkGumDoc(f);
    const c = convertGumDoc(parseConllu(fs.readFileSync(path.join(dep, f), 'utf8')));
    ne += c.entities.length;
    const meta = { dataset: 'GUM (Georgetown University Multilayer corpus)', repo: 'amir-zeldes/gum', commit: '72ce5ac14978a324c2fd18d49484e65292cbe316', file: `dep/${f}`, license: 'GUM: CC-BY (see its LICENSE.txt)', genre: c.genre, layers: ['entities'] };
    const write = (dir: string, text: string, ents: GumConverted['entities'], extra: Record<string, unknown>) => {
      fs.writeFileSync(path.join(dir, 'articles', c.name + '.txt'), text);
      fs.writeFileSync(path.join(dir, 'gold', c.name + '.json'), JSON.stringify({ entities: ents }, null, 1));
      fs.writeFileSync(path.join(dir, 'meta', c.name + '.json'), JSON.stringify({ ...meta, ...extra }, null, 1));
    };
    write(marked, c.text, c.entities, {});
    const st = stripMarks(c.text);
    const sm: OffsetMap = st.map;
    const ents = c.entities.map((e) => { const sp = sm.span(e.start, e.end); return sp && { ...e, text: st.text.slice(sp.start, sp.end), start: sp.start, end: sp.end }; }).filter((e): e is NonNullable<typeof e> => !!e);
    write(stripped, st.text, ents, { stripped: true });
  }
  log(`GUM (not news, not reddit): ${files.length} documents, ${ne} named entities → ${marked}, ${stripped}`);
  return { marked, stripped };
}

if (require.main === module) {
  const args = process.argv.slice(2);
  const opt = (k: string) => { const i = args.indexOf(k); return i >= 0 ? args[i + 1] : undefined; };
  const src = args.find((a, i) => !a.startsWith('--') && !(i > 0 && args[i - 1].startsWith('--')));
  if (!src) { console.error('usage: gum.js GUM_CHECKOUT --out DIR [--genres bio,interview]'); process.exit(2); }
  try { convertGum(src, opt('--out') ?? '/tmp/gum-gold', opt('--genres')?.split(',') ?? null); } catch (e) { console.error(String((e as Error).message ?? e)); process.exit(1); }
}
