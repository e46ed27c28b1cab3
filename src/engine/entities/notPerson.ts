// Capitalised runs shaped like a person's name that name no person (issue 12, round 17, branch h-speakers12).
import { STRIPPED_CONTRACTIONS } from '../lexicon';
import type { Tok } from '../tokens';
import { plain } from '../plainPattern';

/** Romance and German definite articles that open the name of a newspaper, a group or a place (`La Gazzetta`,
 *  `Il Corriere`, `Der Kurier`); `Le` and `El` stay out (`Le Pen`, `El Chapo` name people). */
const NAME_ARTICLES = new Set(['La', 'Il', 'Las', 'Los', 'Die', 'Der', 'Das']);
/** `L'` / `L’` glued to a capitalised word (`L'Eco`), the article of a two-word name (`L'Eco Romano`). */
const ELIDED_ARTICLE = plain(String.raw`^L['’]\p{Lu}`, 'u');

/** A run of two or more capitalised words opened by a foreign definite article: an institution or a place, never a
 *  person (`the editor of La Gazzetta Locale`, `a speech to La Voce`). */
export function foreignArticleName(toks: Tok[], a: number, b: number): boolean {
  if (b - a < 2) return false;
  const t = toks[a].t;
  return NAME_ARTICLES.has(t) || ELIDED_ARTICLE.test(t);
}

/** Party adjectives, capitalised: the end of no person's name (`the Democratic nominee`, `his chief Republican
 *  rival`, a sentence-initial `Presumptive Democratic nominee`). */
const PARTY_ADJECTIVES = new Set(['democratic', 'republican']);

/** A run whose last word is a party adjective names no person. */
export function partyAdjectiveEnd(toks: Tok[], b: number): boolean {
  return PARTY_ADJECTIVES.has(toks[b - 1].lower);
}

/** Stripped contractions that are no other word (`Im`, `Ive`, `Youre`; `Id`, `Ill` too, which name nothing
 *  capitalised; `Ill.` keeps its state reading). `its`, `were`, `well`, `hell`, `shell`, `shed`, `wed`, `hed`, `lets`
 *  are words of their own and stay with the other rules. */
const OWN_WORDS = new Set(['its', 'were', 'well', 'wed', 'hell', 'shell', 'shed', 'hed', 'lets']);

/** A one-word run that is a contraction with its apostrophe stripped (`Im not selling`, `and Ive said so`): no name. */
export function strippedContraction(toks: Tok[], a: number, b: number): boolean {
  if (b - a !== 1) return false;
  const low = toks[a].lower;
  if (!STRIPPED_CONTRACTIONS.has(low) || OWN_WORDS.has(low)) return false;
  return !(low === 'ill' && toks[b]?.t === '.');
}

/** Scriptures, named with a capital: a book, no person (`the Bible tells us`, `Scripture warns`, `the Hebrew Bible`). */
export const SCRIPTURES: ReadonlySet<string> = new Set(['bible', 'scripture', 'scriptures', 'koran', 'quran', 'torah', 'talmud']);

/** A run that ends in a scripture's name and is one word or follows `the` within two tokens (`the King James Bible`);
 *  `Dr. Ken Bible` (a surname) stays a person. */
export function scriptureName(toks: Tok[], a: number, b: number): boolean {
  if (!SCRIPTURES.has(toks[b - 1].lower)) return false;
  return b - a === 1 || toks[a - 1]?.lower === 'the' || toks[a - 2]?.lower === 'the';
}
