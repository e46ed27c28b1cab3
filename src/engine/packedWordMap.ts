// The lexicon's common-word map as its snapshot holds it (dist/seed-lexicon.json, see lexicon.ts): one string,
// answered in place until enough look-ups or another use make it a real Map.
/**
 * A word → tag map as one string: its entries sorted by word (UTF-16 code-unit order) and joined by `\n`, each entry one
 * character for the word's tag, `tags[code - TAG_BASE]`, then the word. A look-up is a binary search on the string
 * itself (no table of offsets to make first: a 14,000-turn loop costs a cold worker about 2 ms).
 */
export interface SerializedWordMap {
  text: string;
  tags: string[];
}
/** The older packed form (v3): the words alone in `text`, and one tag character per word in `index`. */
export interface SerializedWordMapV3 extends SerializedWordMap {
  index: string;
}
export const TAG_BASE = 48;

/**
 * Where the entry for `key` starts in `text`, or -1: `text` is entries joined by `sep`, each `skip` characters (a tag)
 * then a word, sorted by word in UTF-16 code-unit order. A binary search on the string itself: nothing is split out or
 * allocated (the lexicon's packed map here; the GeoNames city lists, gazetteer.ts `inSortedList`).
 */
export function sortedEntry(text: string, key: string, sep: string, skip: number): number {
  // [lo, hi): whole entries; lo starts one, hi is the separator after the range's last (or the end of the text).
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    let s = text.lastIndexOf(sep, mid - 1) + 1;
    if (s < lo) s = lo;
    let e = text.indexOf(sep, s);
    if (e < 0 || e > hi) e = hi;
    // The entry [s, e): `skip` characters, then the word.
    const n = e - s - skip;
    const m = n < key.length ? n : key.length;
    let d = 0;
    for (let i = 0; i < m && d === 0; i++) d = key.charCodeAt(i) - text.charCodeAt(s + skip + i);
    if (d === 0) d = key.length - n;
    if (d === 0) return s;
    if (d < 0) hi = s - 1;
    else lo = e + 1;
  }
  return -1;
}

/** After this many look-ups a packed map builds the real Map (from then on as fast as any Map). */
const PACKED_LOOKUPS = 4000;

/**
 * A read-only word → tag map answered from its packed form by binary search, without a string per word: a worker's
 * first analysis needs only a few hundred look-ups, and building a 14,000-entry Map up front would cost more than all of
 * them. After PACKED_LOOKUPS look-ups, or on any other use (iteration, size, changes), it builds the real Map once, and
 * `onReal` lets the lexicon swap it in. Answers are exactly the Map's (iteration order is the packed, sorted order).
 */
export class PackedWordMap extends Map<string, string> {
  private lookups = 0;
  private real = false;
  /** Where each key looked up so far was found (its tag character's position; -1: absent): a first analysis looks up
   *  about a thousand words, a few hundred of them distinct. */
  private readonly found = new Map<string, number>();

  constructor(
    private readonly packed: SerializedWordMap,
    private readonly onReal?: (map: Map<string, string>) => void,
  ) {
    super();
  }

  /** Position in `text` of the tag character of `key`'s entry, or -1 (kept per key). */
  private find(key: string): number {
    let at = this.found.get(key);
    if (at === undefined) this.found.set(key, (at = this.search(key)));
    return at;
  }

  /** The binary search of `find`, over whole entries (after each entry's tag character). */
  private search(key: string): number {
    return sortedEntry(this.packed.text, key, '\n', 1);
  }

  /** Builds the real Map (once) in this object, and offers it to the lexicon. */
  private materialise(): void {
    if (this.real) return;
    this.real = true;
    const { text, tags } = this.packed;
    const entries = text.length ? text.split('\n') : [];
    for (const x of entries) super.set(x.slice(1), tags[x.charCodeAt(0) - TAG_BASE]);
    this.found.clear();
    this.onReal?.(this);
  }

  override get(key: string): string | undefined {
    if (this.real) return super.get(key);
    if (++this.lookups > PACKED_LOOKUPS) {
      this.materialise();
      return super.get(key);
    }
    if (typeof key !== 'string') return undefined;
    const i = this.find(key);
    return i < 0 ? undefined : this.packed.tags[this.packed.text.charCodeAt(i) - TAG_BASE];
  }

  override has(key: string): boolean {
    if (this.real) return super.has(key);
    if (++this.lookups > PACKED_LOOKUPS) {
      this.materialise();
      return super.has(key);
    }
    return typeof key === 'string' && this.find(key) >= 0;
  }

  override get size(): number {
    if (!this.real) this.materialise();
    return super.size;
  }

  override set(key: string, value: string): this {
    // Map's constructor calls set() for its entries: there are none, and this.packed is not assigned yet then.
    if (this.packed && !this.real) this.materialise();
    return super.set(key, value);
  }

  override delete(key: string): boolean {
    if (!this.real) this.materialise();
    return super.delete(key);
  }

  override clear(): void {
    if (!this.real) this.materialise();
    super.clear();
  }

  override forEach(cb: (value: string, key: string, map: Map<string, string>) => void, thisArg?: unknown): void {
    if (!this.real) this.materialise();
    super.forEach(cb, thisArg);
  }

  override entries(): MapIterator<[string, string]> {
    if (!this.real) this.materialise();
    return super.entries();
  }

  override keys(): MapIterator<string> {
    if (!this.real) this.materialise();
    return super.keys();
  }

  override values(): MapIterator<string> {
    if (!this.real) this.materialise();
    return super.values();
  }

  override [Symbol.iterator](): MapIterator<[string, string]> {
    return this.entries();
  }
}

