// Cross-article identity of actors: normalised keys and stable speaker ids. Pure: no node:*, no vscode
// (also runs in a web worker).
//
// A speaker id is derived from the actor's normalised canonical name only (never from file order or
// article ids), so the same person gets the same id in every file and every run:
//   person:antony-blinken   org:world-health-organisation   group:officials~k3x9  (collectives: per article)

/** Honorifics that may still lead a canonical name (the engine usually strips them). */
const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'sir', 'dame', 'lord', 'lady']);
/** Generational suffixes, ignored when taking a surname. */
const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv', 'v']);

/** Folds case, diacritics, apostrophes and periods: `Gérald Darmanin` → `gerald darmanin`, `U.S.` → `us`,
 *  `Korean People 's Army` → `korean peoples army`. Words are separated by single spaces. */
export function normalizeName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/\s*['’‘`´]\s*/g, '')
    .replace(/(?<![\p{L}\p{N}])(?:\p{L}\.){2,}/gu, (m) => m.replace(/\./g, ''))
    .replace(/\./g, ' ')
    .replace(/[^\p{L}\p{N}-]+/gu, ' ')
    .replace(/(^|\s)-+|-+(?=\s|$)/g, '$1')
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/^the /, '');
}

/** Words of a person's name without a leading honorific (`mr clark` → `clark`). */
export function personWords(name: string): string[] {
  const w = normalizeName(name).split(' ').filter(Boolean);
  while (w.length > 1 && HONORIFICS.has(w[0])) w.shift();
  return w;
}

/** The surname: the last word that is not a generational suffix (`Martin Luther King Jr.` → `king`). */
export function surnameOf(words: string[]): string {
  for (let i = words.length - 1; i >= 0; i--) if (!SUFFIXES.has(words[i]) || i === 0) return words[i];
  return words[words.length - 1] ?? '';
}

/** `antony blinken` → `antony-blinken`; keeps letters of every script. */
export function slug(normalized: string): string {
  return normalized.replace(/\s+/g, '-');
}

/** An acronym as written: 2 to 8 capitals or digits, optionally dotted (`WHO`, `KCNA`, `U.N.`). */
export function isAcronym(written: string): boolean {
  const t = written.trim().replace(/\./g, '');
  return /^[\p{Lu}][\p{Lu}\p{N}&]{1,7}$/u.test(t);
}

/** Short stable hash (FNV-1a, base 36) for per-article ids. */
export function shortHash(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36);
}

/** How an article's actor takes part in cross-article identity. */
export type IdentityKey =
  /** A person with a full name (two words or more): one corpus actor per normalised name. */
  | { kind: 'person'; id: string; surname: string }
  /** A person known by one word only (`Blinken`): joins the one corpus person with that surname, if exactly one. */
  | { kind: 'bare'; id: string; surname: string }
  /** An organisation by full name. */
  | { kind: 'org'; id: string }
  /** An organisation known by an acronym only (`WHO`): joins the one corpus organisation that has it as an alias. */
  | { kind: 'acronym'; id: string; acronym: string }
  /** A collective (`officials`, `analysts`): never merged across articles. */
  | { kind: 'group'; id: string };

/**
 * The identity key of one article actor. `article` tells collectives of different articles apart (its URL or
 * file name). Returns null for an actor without a usable name.
 */
export function identityKey(actor: { name: string; type: string }, article: string): IdentityKey | null {
  if (actor.type === 'person') {
    const w = personWords(actor.name);
    if (w.length === 0) return null;
    const id = `person:${slug(w.join(' '))}`;
    return w.length === 1 ? { kind: 'bare', id, surname: w[0] } : { kind: 'person', id, surname: surnameOf(w) };
  }
  const n = normalizeName(actor.name);
  if (!n) return null;
  if (actor.type === 'organization') {
    return isAcronym(actor.name) ? { kind: 'acronym', id: `org:${slug(n)}`, acronym: n } : { kind: 'org', id: `org:${slug(n)}` };
  }
  return { kind: 'group', id: `group:${slug(n)}~${shortHash(article)}` };
}

/** Acronyms among an organisation's aliases (normalised), for acronym-only mentions in other articles. */
export function acronymAliases(aliases: readonly string[]): string[] {
  return aliases.filter(isAcronym).map(normalizeName).filter(Boolean);
}
