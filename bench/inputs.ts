// Benchmark inputs: the sample seeds and the gold articles, paragraphs shuffled by a fixed-seed generator, so the
// text is realistic and never one paragraph repeated back to back.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { mulberry32 } from './random';

export const ROOT = join(__dirname, '..', '..');
const GOLD = process.env.SEED_READER_GOLD ?? join(ROOT, 'test', 'fixtures', 'gold');

export function articleFiles(): string[] {
  const files: string[] = [];
  const seeds = join(ROOT, 'seeds');
  for (const f of readdirSync(seeds).sort()) if (f.endsWith('.txt')) files.push(join(seeds, f));
  for (const sub of ['gum/articles', 'gum-stripped/articles']) {
    const dir = join(GOLD, sub);
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir).sort()) if (f.endsWith('.txt')) files.push(join(dir, f));
  }
  return files;
}

export const articles = articleFiles().map((f) => readFileSync(f, 'utf8'));
export const paragraphs = articles.flatMap((t) => t.split(/\r?\n/).slice(3).filter((p) => p.trim().length > 0));

function shuffle<T>(xs: T[], rnd: () => number): T[] {
  const a = xs.slice();
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}

/** A seed of about `bytes` characters: header, then shuffled real paragraphs. */
export function buildInput(bytes: number, seed: number): string {
  const rnd = mulberry32(seed);
  const out: string[] = ['Benchmark seed built from sample articles', '20220106', 'https://example.org/bench'];
  let size = out.join('\n').length;
  while (size < bytes) {
    for (const p of shuffle(paragraphs, rnd)) {
      out.push(p);
      size += p.length + 1;
      if (size >= bytes) break;
    }
  }
  return out.join('\n') + '\n';
}

/** A reader editing a big seed: 40 versions, each differing from the one before in one paragraph (a sentence naming a
 *  speaker added to a different paragraph each time: new entities, a new actor, a new claim). */
export function editSequence(text: string, count = 40): string[] {
  const lines = text.split('\n');
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const at = 3 + ((i * 7919) % (lines.length - 5));
    lines[at] = lines[at] + ` Edit number ${i}, Mr. Smith said.`;
    out.push(lines.join('\n'));
  }
  return out;
}
