// Test and bench corpora generated from the CC-BY fixtures only (test/fixtures/gold/gum/articles/*.txt, with the
// person names of gum/gold/*.json, and the MIT sample seeds/*.txt): real paragraphs recombined, people renamed
// consistently inside each generated article, dates and outlets varied. Deterministic for a given seed.
// Never PolNeAR.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { mulberry32 } from './random';

const ROOT = [join(__dirname, '..', '..'), join(__dirname, '..')].find((r) => existsSync(join(r, 'package.json')))!;
const FIXTURES = join(ROOT, 'test', 'fixtures', 'gold');

export interface SourceArticle {
  name: string;
  title: string;
  paragraphs: string[];
  /** Full person names (two words or more) of the gold annotations. */
  people: string[];
}

let sources: SourceArticle[] | null = null;

function goldPeople(file: string): string[] {
  if (!existsSync(file)) return [];
  const g = JSON.parse(readFileSync(file, 'utf8')) as { entities?: { text: string; type: string }[] };
  const names = new Set<string>();
  for (const e of g.entities ?? []) if (e.type === 'PERSON' && /^\p{Lu}[\p{L}.'-]+(\s+\p{Lu}[\p{L}.'-]+)+$/u.test(e.text)) names.add(e.text);
  return [...names];
}

function readSource(file: string, gold: string): SourceArticle {
  const lines = readFileSync(file, 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/);
  return { name: file.replace(/^.*[\\/]/, '').replace(/\.txt$/, ''), title: lines[0].trim(), paragraphs: lines.slice(3).filter((p) => p.trim()), people: goldPeople(gold) };
}

/** The fixture articles the generator draws from. */
export function sourceArticles(): SourceArticle[] {
  if (sources) return sources;
  const out: SourceArticle[] = [];
  const gum = join(FIXTURES, 'gum');
  for (const f of readdirSync(join(gum, 'articles')).sort()) {
    if (f.endsWith('.txt')) out.push(readSource(join(gum, 'articles', f), join(gum, 'gold', f.replace(/\.txt$/, '.json'))));
  }
  const seeds = join(ROOT, 'seeds');
  for (const f of readdirSync(seeds).sort()) {
    if (f.endsWith('.txt')) out.push(readSource(join(seeds, f), join(FIXTURES, 'seed', f.replace(/\.txt$/, '.json'))));
  }
  sources = out;
  return out;
}

const FIRST = ['Anna', 'Ben', 'Carla', 'David', 'Elena', 'Farid', 'Grace', 'Hugo', 'Ines', 'Jonas', 'Karin', 'Leon', 'Maria', 'Nikolai', 'Olivia',
  'Pablo', 'Rosa', 'Samuel', 'Tara', 'Viktor', 'Wendy', 'Yusuf', 'Zoe', 'Amir', 'Bianca', 'Chen', 'Dmitri', 'Eva', 'Felix', 'Hana'];
const LAST = ['Andersen', 'Brennan', 'Castillo', 'Dubois', 'Eriksen', 'Fischer', 'Garcia', 'Haddad', 'Ibrahim', 'Jansen', 'Kowalski', 'Larsen',
  'Moreau', 'Novak', 'Okafor', 'Petrov', 'Quinn', 'Romano', 'Schmidt', 'Tanaka', 'Ulrich', 'Varga', 'Weber', 'Yilmaz', 'Zimmer', 'Alvarez',
  'Becker', 'Costa', 'Dalton', 'Ferreira'];
const OUTLETS = ['www.example-news.com', 'daily.example.org', 'www.herald.example', 'news.example.net', 'www.tribune.example', 'observer.example.com'];

/** A seed text: headline, YYYYMMDD date, URL, one paragraph a line. */
export function seedText(title: string, date: string, url: string, paragraphs: string[]): string {
  return [title, date.replace(/-/g, ''), url, ...paragraphs].join('\n') + '\n';
}

export interface GeneratedSeed {
  /** File name (`gen-00042.seed.txt`). */
  name: string;
  text: string;
  date: string;
}

export interface GenerateOptions {
  count: number;
  seed?: number;
  /** Paragraphs per article (default 4 to 9). */
  minParagraphs?: number;
  maxParagraphs?: number;
}

function pick<T>(xs: readonly T[], rnd: () => number): T {
  return xs[Math.floor(rnd() * xs.length)];
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Renames the people of `source` in `text`, word by word, with `map` (filled on first use). */
function rename(text: string, source: SourceArticle, map: Map<string, string>, rnd: () => number): string {
  let out = text;
  for (const full of source.people) {
    const words = full.split(/\s+/);
    const first = words[0];
    const last = words[words.length - 1];
    if (!map.has(last)) map.set(last, pick(LAST, rnd));
    if (!map.has(first)) map.set(first, pick(FIRST, rnd));
  }
  const keys = [...map.keys()].filter((k) => k.length > 1 && source.people.some((p) => p.split(/\s+/).includes(k))).sort((a, b) => b.length - a.length);
  if (!keys.length) return out;
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(${keys.map(escapeRe).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  out = out.replace(re, (m) => map.get(m) ?? m);
  return out;
}

/** `count` seeds: each mostly from one source article (its paragraphs in order, some dropped, a few from other
 *  articles mixed in), people renamed, a new date and outlet. */
export function generateCorpus(options: GenerateOptions): GeneratedSeed[] {
  const rnd = mulberry32(options.seed ?? 1);
  const src = sourceArticles();
  const min = options.minParagraphs ?? 4;
  const max = Math.max(min, options.maxParagraphs ?? 9);
  const out: GeneratedSeed[] = [];
  for (let k = 0; k < options.count; k++) {
    const base = pick(src, rnd);
    const n = min + Math.floor(rnd() * (max - min + 1));
    const names = new Map<string, string>();
    const paras: string[] = [];
    const start = Math.floor(rnd() * Math.max(1, base.paragraphs.length - n));
    for (let i = start; i < base.paragraphs.length && paras.length < n; i++) {
      if (rnd() < 0.8) paras.push(rename(base.paragraphs[i], base, names, rnd));
      else {
        const other = pick(src, rnd);
        paras.push(rename(pick(other.paragraphs, rnd), other, names, rnd));
      }
    }
    while (paras.length < n) {
      const other = pick(src, rnd);
      paras.push(rename(pick(other.paragraphs, rnd), other, names, rnd));
    }
    const y = 2005 + Math.floor(rnd() * 20);
    const m = 1 + Math.floor(rnd() * 12);
    const d = 1 + Math.floor(rnd() * 28);
    const date = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
    const id = String(k).padStart(5, '0');
    const url = `https://${pick(OUTLETS, rnd)}/${y}/${String(m).padStart(2, '0')}/${base.name.replace(/_/g, '-')}-${id}`;
    out.push({ name: `gen-${id}.seed.txt`, text: seedText(rename(base.title, base, names, rnd), date, url, paras), date });
  }
  return out;
}

/** A short article quoting people with given phrasings (for identity tests): `lines` are body paragraphs. */
export function plantedSeed(title: string, date: string, outlet: string, lines: string[]): string {
  return seedText(title, date, `https://${outlet}/${date}/${title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`, lines);
}
