// The qualifiers of a person's role: the state, party or office words written before the title of a mention (`Ohio
// Gov. Ada Rook`, `former Tarn Sen. Ivo Pell`, `Republican Gov. Ada Rook`) and the capitalised words after the role's
// preposition (`Rook, the governor of Ohio`). They are no role words (`Ohio` is not a role), so they never make anyone
// a role holder; nominalSpeaker.ts uses them only to tell apart two people who hold the role a noun phrase names
// (`the Ohio governor` between the governors of Ohio and of Texas).
import type { ActorBuild, DocState } from './state';
import { isTitleWord } from '../entities';
import { plain } from '../plainPattern';
import { UPPER_FIRST } from '../wordShapes';

const CAPITALISED_WORD = plain(String.raw`^\p{Lu}[\p{Ll}]+$`, 'u');
const SHORT_CAPS = plain(String.raw`^\p{Lu}{2,4}$`, 'u');
const GLUED_CAPS = plain(String.raw`^\p{Lu}{3,}(\p{Lu}\p{Ll}+)$`, 'u');

/** Mentions of a person read for qualifiers (the first ones: introductions carry them). */
const MAX_MENTIONS = 4;
/** Characters read before a mention for its title and qualifiers. */
const WINDOW = 60;
/** Qualifier words kept before a title. */
const MAX_BEFORE = 3;
/** Lower-case words that qualify a role as a capitalised word does. */
const LOWER_QUALIFIERS = new Set(['former', 'then', 'acting', 'interim', 'outgoing', 'incoming', 'retired']);
/** Prepositions after which a role names its place or body (`governor of Ohio`, `senator from Tarn`). */
const ROLE_PREPOSITIONS = new Set(['of', 'from', 'for']);

/** A word read as a qualifier (lower case), or null: a capitalised word of letters (`Ohio`, `South`), an acronym
 *  (`GOP`), or one of LOWER_QUALIFIERS. */
function qualifier(raw: string): string | null {
  if (CAPITALISED_WORD.test(raw) || SHORT_CAPS.test(raw)) return raw.toLowerCase();
  // (A capitalised word glued to a credit line in capitals, as photo captions lose their line break: `PRESSTarn`.)
  const glued = GLUED_CAPS.exec(raw);
  if (glued) return glued[1].toLowerCase();
  return LOWER_QUALIFIERS.has(raw) ? raw : null;
}

/** The qualifier words of person `a` (lower case): before the titles of its first mentions, and after the preposition
 *  of each part of its role text. */
export function roleQualifiers(st: DocState, a: ActorBuild, roles: string[]): Set<string> {
  const out = new Set<string>();
  const { text } = st;
  for (let m = 0; m < a.mentions.length && m < MAX_MENTIONS; m++) {
    const s = a.mentions[m].start;
    const before = text.slice(Math.max(0, s - WINDOW), s);
    const line = before.slice(before.lastIndexOf('\n') + 1).split(/\s+/).filter((w) => w);
    let k = line.length - 1;
    // (The title words right before the name, `Gov.`, `Vice President`: at least one.)
    while (k >= 0 && isTitleWord(line[k].toLowerCase())) k--;
    if (k === line.length - 1) continue;
    for (let n = 0; k >= 0 && n < MAX_BEFORE; k--, n++) {
      const q = qualifier(line[k]);
      if (!q) break;
      out.add(q);
    }
  }
  for (const part of roles) {
    const words = part.slice(0, 200).split(/[\s,]+/);
    const p = words.findIndex((w) => ROLE_PREPOSITIONS.has(w));
    if (p < 0) continue;
    for (let k = p + 1; k < words.length && k <= p + MAX_BEFORE + 1; k++) {
      if (words[k] === 'the') continue;
      const q = UPPER_FIRST.test(words[k]) ? qualifier(words[k]) : null;
      if (!q) break;
      out.add(q);
    }
  }
  return out;
}
