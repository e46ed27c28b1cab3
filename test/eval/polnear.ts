// Converts a PolNeAR checkout (github.com/networkdynamics/PolNeAR) into the gold format of
// shared/gold/README.md, for evaluating on unseen news. PolNeAR has no licence: write the output outside
// the repository (e.g. /tmp/polnear-gold) and never commit it.
//
// usage: node out/test/eval/polnear.js CHECKOUT --split train|dev --out DIR
//   writes DIR/<split>/{articles,gold,meta} and DIR/<split>-stripped/{articles,gold,meta}.
// The `test` split is the owner's acceptance set: the converter refuses it (and any path with a `test` part).
import * as fs from 'fs';
import * as path from 'path';
import {
  type Attribution, type BratSpan, type Frag, attributionForQuote, buildSeed, codePointToUtf16, isPronoun,
  parseAnn, quoteKind, quoteStretches, stripMarks,
} from './polnearCore';

export const ALLOWED_SPLITS = ['train', 'dev'];

/** Throws unless the split and the paths are allowed (never the `test` split). */
export function checkSplit(checkout: string, split: string): void {
  if (!ALLOWED_SPLITS.includes(split)) throw new Error(`split must be one of ${ALLOWED_SPLITS.join(', ')} (the test split is held out)`);
  const parts = path.resolve(checkout, 'data', split).split(path.sep);
  if (parts.some((p) => /^test$/i.test(p))) throw new Error(`refusing a path with a "test" part: ${checkout}`);
}

interface Token { s: number; e: number; word: string; pos: string; ner: string }
interface Sentence { tokens: Token[] }
interface Mention { sent: number; start: number; end: number; rep: boolean }
interface CoreNlp { sents: Sentence[]; chains: Mention[][] }

const tag = (x: string, t: string) => { const m = new RegExp(`<${t}>([^<]*)</${t}>`).exec(x); return m ? m[1] : ''; };
const unxml = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

/** Reads the parts of a CoreNLP XML file we need (tokens with offsets, POS, NER; coreference chains). */
export function parseCoreNlp(xml: string): CoreNlp {
  const sents: Sentence[] = [];
  const sentBlock = xml.split('<coreference>')[0];
  for (const sm of sentBlock.matchAll(/<sentence id="\d+"[^>]*>([\s\S]*?)<\/sentence>/g)) {
    const tokens: Token[] = [];
    for (const tm of sm[1].matchAll(/<token id="\d+">([\s\S]*?)<\/token>/g)) {
      tokens.push({ s: +tag(tm[1], 'CharacterOffsetBegin'), e: +tag(tm[1], 'CharacterOffsetEnd'), word: unxml(tag(tm[1], 'word')), pos: tag(tm[1], 'POS'), ner: tag(tm[1], 'NER') });
    }
    sents.push({ tokens });
  }
  const chains: Mention[][] = [];
  const ci = xml.indexOf('<coreference>');
  if (ci >= 0) {
    for (const cm of xml.slice(ci + '<coreference>'.length).matchAll(/<coreference>([\s\S]*?)<\/coreference>/g)) {
      const ms: Mention[] = [];
      for (const mm of cm[1].matchAll(/<mention( representative="true")?>([\s\S]*?)<\/mention>/g)) {
        ms.push({ rep: !!mm[1], sent: +tag(mm[2], 'sentence') - 1, start: +tag(mm[2], 'start') - 1, end: +tag(mm[2], 'end') - 1 });
      }
      chains.push(ms);
    }
  }
  return { sents, chains };
}

interface SpeakerGold { speaker: string | null; scored: boolean; how: string }

/** Person-name runs (NER PERSON) in the tokens, each with whether a possessive follows (`Trump 's aide`). */
function personRuns(tokens: Token[]): Array<{ toks: Token[]; possessive: boolean }> {
  const out: Array<{ toks: Token[]; possessive: boolean }> = [];
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].ner !== 'PERSON') continue;
    let j = i;
    while (j + 1 < tokens.length && tokens[j + 1].ner === 'PERSON') j++;
    const next = tokens[j + 1];
    out.push({ toks: tokens.slice(i, j + 1), possessive: !!next && next.pos === 'POS' });
    i = j;
  }
  return out;
}

class SpeakerResolver {
  private allTokens: Token[];
  private names: string[][] = [];
  constructor(private raw: string, private nlp: CoreNlp | null) {
    this.allTokens = nlp ? nlp.sents.flatMap((s) => s.tokens) : [];
    if (nlp) for (const s of nlp.sents) for (const r of personRuns(s.tokens)) this.names.push(r.toks.map((t) => t.word));
  }
  /** The fullest person name in the article that ends in the same surname (`Hillary Clinton` for `Clinton`). */
  private fullest(words: string[]): string {
    const last = words[words.length - 1].toLowerCase();
    let best = words;
    for (const n of this.names) if (n[n.length - 1].toLowerCase() === last && n.length > best.length && n.length <= 4) best = n;
    return best.join(' ');
  }
  private tokensIn(frags: Frag[]): Token[] {
    return this.allTokens.filter((t) => frags.some((f) => t.s < f.end && f.start < t.e));
  }
  /** The head person of the tokens: exactly one non-possessive person run. */
  private personOf(tokens: Token[]): string[] | null {
    const runs = personRuns(tokens).filter((r) => !r.possessive);
    const distinct = new Set(runs.map((r) => r.toks[r.toks.length - 1].word.toLowerCase()));
    if (distinct.size !== 1) return null;
    return runs.reduce((a, b) => (b.toks.length > a.toks.length ? b : a)).toks.map((t) => t.word);
  }
  resolve(source: BratSpan | null): SpeakerGold {
    if (!source || !source.frags.length) return { speaker: null, scored: false, how: 'no source' };
    const text = source.frags.map((f) => this.raw.slice(f.start, f.end)).join(' ').replace(/\s+/g, ' ').trim();
    if (!this.nlp) return { speaker: text, scored: false, how: 'no CoreNLP file' };
    const toks = this.tokensIn(source.frags);
    const p = this.personOf(toks);
    if (p) return { speaker: this.fullest(p), scored: true, how: 'name' };
    const content = toks.filter((t) => !/^(DT|POS|,|``|''|:|-LRB-|-RRB-)$/.test(t.pos));
    if (content.length === 1 && (content[0].pos === 'PRP' || isPronoun(content[0].word))) {
      // A pronoun: follow CoreNLP's coreference chain to a person name.
      const tok = content[0];
      for (const chain of this.nlp.chains) {
        const hit = chain.some((m) => {
          const st = this.nlp!.sents[m.sent]?.tokens;
          return !!st && st.slice(m.start, m.end).includes(tok);
        });
        if (!hit) continue;
        const ordered = [...chain].sort((a, b) => Number(b.rep) - Number(a.rep));
        for (const m of ordered) {
          const mt = this.nlp.sents[m.sent]?.tokens.slice(m.start, m.end) ?? [];
          const pp = this.personOf(mt);
          if (pp) return { speaker: this.fullest(pp), scored: true, how: 'pronoun resolved by coreference' };
        }
      }
      return { speaker: text, scored: false, how: 'unresolved pronoun' };
    }
    return { speaker: text, scored: false, how: 'nominal or organisation' };
  }
}

interface GoldQuoteOut { text: string; start: number; end: number; speaker: string | null; speakerScored?: boolean }
interface MetaQuote { kind: 'direct' | 'fragment'; how: string; source: string | null; attribution: string }

interface Converted { name: string; text: string; quotes: GoldQuoteOut[]; meta: MetaQuote[] }

function metadata(checkout: string): Map<string, Record<string, string>> {
  const out = new Map<string, Record<string, string>>();
  const p = path.join(checkout, 'data', 'metadata.tsv');
  if (!fs.existsSync(p)) return out;
  const lines = fs.readFileSync(p, 'utf8').split(/\r?\n/).filter(Boolean);
  const head = lines[0].split('\t');
  for (const l of lines.slice(1)) {
    const c = l.split('\t');
    const r: Record<string, string> = {};
    head.forEach((h, i) => { r[h] = c[i] ?? ''; });
    if (ALLOWED_SPLITS.includes(r.compartment)) out.set(r.filename, r);
  }
  return out;
}

/** Converts one article (raw text + one annotator's .ann + optional CoreNLP XML) to seed text and gold quotes. */
export function convertArticle(name: string, raw: string, ann: string, xml: string | null, date: string, url: string): Converted {
  const toU16 = codePointToUtf16(raw);
  const attrs: Attribution[] = parseAnn(ann).map((a) => {
    const fix = (s: BratSpan | null) => s && { ...s, frags: s.frags.map((f) => ({ start: toU16(f.start), end: toU16(f.end) })) };
    return { ...a, source: fix(a.source), cue: fix(a.cue), content: fix(a.content) };
  });
  const nlp = xml ? parseCoreNlp(xml) : null;
  if (nlp && raw.length !== [...raw].length) {
    for (const s of nlp.sents) for (const t of s.tokens) { t.s = toU16(t.s); t.e = toU16(t.e); }
  }
  const resolver = new SpeakerResolver(raw, nlp);
  const seed = buildSeed(raw, date, url);
  const quotes: GoldQuoteOut[] = [];
  const meta: MetaQuote[] = [];
  for (const q of quoteStretches(raw)) {
    const ai = attributionForQuote(q, attrs);
    if (ai < 0) continue;
    const sp = seed.map.span(q.start, q.end);
    if (!sp) continue;
    const spk = resolver.resolve(attrs[ai].source);
    const text = seed.text.slice(sp.start, sp.end);
    quotes.push({ text, start: sp.start, end: sp.end, speaker: spk.speaker, ...(spk.scored ? {} : { speakerScored: false }) });
    meta.push({ kind: quoteKind(text), how: spk.how, source: attrs[ai].source?.text ?? null, attribution: attrs[ai].id });
  }
  return { name, text: seed.text, quotes, meta };
}

/** The stripped twin of a converted article: marks removed from the text, quote texts and speaker names. */
export function stripConverted(c: Converted): Converted {
  const st = stripMarks(c.text);
  const quotes: GoldQuoteOut[] = [];
  const meta: MetaQuote[] = [];
  c.quotes.forEach((q, i) => {
    const sp = st.map.span(q.start, q.end);
    if (!sp) return;
    quotes.push({ ...q, text: st.text.slice(sp.start, sp.end), start: sp.start, end: sp.end, speaker: q.speaker === null ? null : q.speaker.replace(/["“”'’]/g, '') });
    meta.push(c.meta[i]);
  });
  return { name: c.name, text: st.text, quotes, meta };
}

function write(dir: string, c: Converted, extra: Record<string, unknown>): void {
  for (const d of ['articles', 'gold', 'meta']) fs.mkdirSync(path.join(dir, d), { recursive: true });
  fs.writeFileSync(path.join(dir, 'articles', c.name + '.txt'), c.text);
  fs.writeFileSync(path.join(dir, 'gold', c.name + '.json'), JSON.stringify({ entities: [], quotes: c.quotes }, null, 1));
  fs.writeFileSync(path.join(dir, 'meta', c.name + '.json'), JSON.stringify({ ...extra, layers: ['quotes'], quotesMeta: c.meta }, null, 1));
}

/** Converts a split; returns the two folders written. */
export function convertSplit(checkout: string, split: string, outDir: string, log = (s: string) => console.error(s)): { marked: string; stripped: string } {
  checkSplit(checkout, split);
  const base = path.join(checkout, 'data', split);
  const meta = metadata(checkout);
  const marked = path.join(outDir, split);
  const stripped = path.join(outDir, split + '-stripped');
  for (const d of [marked, stripped]) fs.rmSync(d, { recursive: true, force: true });
  const anns = fs.readdirSync(path.join(base, 'attributions')).filter((f) => f.endsWith('.ann')).sort();
  let nq = 0; let scored = 0; let noXml = 0;
  const texts = fs.readdirSync(path.join(base, 'text')).filter((f) => f.endsWith('.txt')).sort();
  for (const tf of texts) {
    const name = tf.replace(/\.txt$/, '');
    // Several annotators may have annotated an article: the first .ann in name order is used.
    const af = anns.find((a) => a.slice(0, a.lastIndexOf('_')) === name);
    if (!af) { log(`no attributions for ${name}, skipped`); continue; }
    const raw = fs.readFileSync(path.join(base, 'text', tf), 'utf8');
    const ann = fs.readFileSync(path.join(base, 'attributions', af), 'utf8');
    const xp = path.join(base, 'corenlp', tf + '.xml');
    const xml = fs.existsSync(xp) ? fs.readFileSync(xp, 'utf8') : null;
    if (!xml) noXml++;
    const m = meta.get(name);
    const date = (m?.publication_date || (/_(\d{4}-\d\d-\d\d)_/.exec(name)?.[1] ?? '2016-01-01')).replace(/-/g, '');
    const url = `https://polnear.invalid/${m?.publisher ?? 'news'}/${name}`;
    const c = convertArticle(name, raw, ann, xml, date, url);
    nq += c.quotes.length;
    scored += c.quotes.filter((q) => q.speakerScored !== false).length;
    const extra = { dataset: 'PolNeAR (no licence: do not redistribute)', repo: 'networkdynamics/PolNeAR', commit: 'c3eee833c035bf7b8c84f55b58c0bf7346cfae76', split, file: `data/${split}/text/${tf}`, annotation: af, corenlp: !!xml };
    write(marked, c, extra);
    write(stripped, stripConverted(c), { ...extra, stripped: true });
  }
  log(`PolNeAR ${split}: ${texts.length} articles, ${nq} gold quotes (${scored} with a scored speaker), ${noXml} without CoreNLP → ${marked}, ${stripped}`);
  return { marked, stripped };
}

if (require.main === module) {
  const args = process.argv.slice(2);
  const opt = (k: string) => { const i = args.indexOf(k); return i >= 0 ? args[i + 1] : undefined; };
  const checkout = args.find((a, i) => !a.startsWith('--') && !(i > 0 && args[i - 1].startsWith('--')));
  const split = opt('--split') ?? 'dev';
  const out = opt('--out') ?? '/tmp/polnear-gold';
  if (!checkout) { console.error('usage: polnear.js CHECKOUT --split train|dev --out DIR'); process.exit(2); }
  try { convertSplit(checkout, split, out); } catch (e) { console.error(String((e as Error).message ?? e)); process.exit(1); }
}
