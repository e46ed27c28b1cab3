// Regular expressions with Unicode property classes (`\p{L}`, `\p{Lu}`, `\p{Ll}`, `\p{N}`, `\p{M}`), cheap to start.
// V8 builds every `\p{…}` class from ICU's tables, hundreds of ranges, and compiles it each time it parses a pattern:
// when the pattern is created, compiled to bytecode at its first run and to machine code at its second, about 0.05–0.1
// ms each time per class, so that the first analysis of a seed paid about a sixth of its time for it (docs/bench.md,
// the second startup round). A plain pattern runs an ASCII form of the pattern, each property class replaced by its
// ASCII members (`\p{Lu}` by `A-Z`, `\p{M}` by nothing), on any string with no letter, mark or digit beyond ASCII (see
// PLAIN_CHARS); on such a string every class of the two forms matches the same characters (test/unit/plainPattern
// checks this for every code point), so both find the same matches. Any other string gets the pattern as written,
// created the first time one comes. Pure, no Node API.

/**
 * A character the ASCII forms may see: ASCII, and code points that are no letter, mark or number (typographic quotes
 * and dashes, spaces, currency signs, general punctuation). Anything else (`é`, `²`, a surrogate) sends a string to the
 * pattern as written.
 */
const NOT_PLAIN = /[^\0-\x7f\u00a0-\u00a9\u00ab-\u00b1\u00b4\u00b6-\u00b8\u00bb\u00bf\u00d7\u00f7\u2000-\u206f\u20a0-\u20c0]/;

/** The last short string checked and its answer (the rules test one token with several patterns in a row). */
let lastText = '';
let lastPlain = true;

/** Whether the ASCII form of a plain pattern matches `s` exactly as the pattern as written does. */
export function plainText(s: string): boolean {
  if (s.length > 64) return !NOT_PLAIN.test(s);
  if (s === lastText) return lastPlain;
  lastText = s;
  return (lastPlain = !NOT_PLAIN.test(s));
}

/** The ASCII members of each property class the engine uses (a class not listed here is refused). */
const ASCII_MEMBERS: Readonly<Record<string, string>> = { L: 'A-Za-z', Lu: 'A-Z', Ll: 'a-z', N: '0-9', M: '' };

/** `source` with each `\p{…}` replaced by its ASCII members (inside a class) or a class of them (outside one). */
export function asciiForm(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      if (source[i + 1] === 'p' && source[i + 2] === '{') {
        const close = source.indexOf('}', i + 3);
        const members = close < 0 ? undefined : ASCII_MEMBERS[source.slice(i + 3, close)];
        if (members === undefined) throw new Error(`plainPattern: unsupported class in /${source}/`);
        out += inClass ? members : `[${members}]`;
        i = close;
        continue;
      }
      if (source[i + 1] === 'P') throw new Error(`plainPattern: \\P{…} is not supported in /${source}/`);
      out += c + (source[i + 1] ?? '');
      i++;
      continue;
    }
    if (c === '[' && !inClass) inClass = true;
    else if (c === ']' && inClass) inClass = false;
    out += c;
  }
  return out;
}

/** Every plain pattern made (the unit tests compare each one's two forms). */
export const PLAIN_PATTERNS: PlainPattern[] = [];

/**
 * A RegExp whose matching goes to its ASCII form or to the pattern as written (see the file's comment), by the string
 * it is given. Everything a caller does with a RegExp works (test, exec, and the string methods: match, matchAll,
 * replace, search, split); `lastIndex` of a global or sticky pattern carries over between calls as usual.
 */
export class PlainPattern extends RegExp {
  private readonly ascii: RegExp;
  private written: RegExp | undefined;
  private readonly fullSource: string;
  /** (Global or sticky: a loop of exec calls on one string checks it once.) */
  private readonly stateful: boolean;
  private subject: string | undefined;
  private subjectPlain = false;

  constructor(source: string, flags: string) {
    super('(?:)', flags);
    this.fullSource = source;
    this.ascii = new RegExp(asciiForm(source), flags);
    this.stateful = this.global || this.sticky;
    PLAIN_PATTERNS.push(this);
  }

  static override get [Symbol.species](): RegExpConstructor {
    return RegExp;
  }

  override get source(): string {
    return this.fullSource;
  }

  /** The pattern as written (created on first use). */
  asWritten(): RegExp {
    return (this.written ??= new RegExp(this.fullSource, this.flags));
  }

  /** The ASCII form (for the tests). */
  asciiPattern(): RegExp {
    return this.ascii;
  }

  /** The RegExp to match `s` with (no lastIndex of this pattern's own: for a loop over one string). */
  forText(s: string): RegExp {
    return plainText(s) ? this.ascii : this.asWritten();
  }

  /** The RegExp that matches `s`: the ASCII form when `s` is plain text. */
  pick(s: string): RegExp {
    if (!this.stateful) return plainText(s) ? this.ascii : this.asWritten();
    if (this.lastIndex === 0 || s !== this.subject) {
      this.subject = s;
      this.subjectPlain = plainText(s);
    }
    return this.subjectPlain ? this.ascii : this.asWritten();
  }

  /** Runs `f` on the chosen RegExp with this pattern's lastIndex, then takes its lastIndex back. */
  private run<T>(s: string, f: (re: RegExp) => T): T {
    const re = this.pick(s);
    if (!this.stateful) return f(re);
    re.lastIndex = this.lastIndex;
    const r = f(re);
    this.took(re);
    return r;
  }

  // (exec and test, the tokenizer's and every rule's, without a closure per call.)
  override exec(s: string): RegExpExecArray | null {
    const re = this.pick(s);
    if (!this.stateful) return re.exec(s);
    re.lastIndex = this.lastIndex;
    const m = re.exec(s);
    this.took(re);
    return m;
  }

  override test(s: string): boolean {
    const re = this.pick(s);
    if (!this.stateful) return re.test(s);
    re.lastIndex = this.lastIndex;
    const m = re.test(s);
    this.took(re);
    return m;
  }

  /** Takes the lastIndex of `re` after a call; a finished loop lets its string go. */
  private took(re: RegExp): void {
    this.lastIndex = re.lastIndex;
    if (this.lastIndex === 0) this.subject = undefined;
  }

  override [Symbol.match](s: string): RegExpMatchArray | null {
    return this.run(s, (re) => re[Symbol.match](s));
  }

  override [Symbol.matchAll](s: string): IterableIterator<RegExpMatchArray> {
    return this.run(s, (re) => re[Symbol.matchAll](s));
  }

  override [Symbol.search](s: string): number {
    return this.run(s, (re) => re[Symbol.search](s));
  }

  override [Symbol.split](s: string, limit?: number): string[] {
    return this.run(s, (re) => re[Symbol.split](s, limit));
  }

  override [Symbol.replace](s: string, replaceValue: string): string;
  // (The replacer's type is RegExp's own.)
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  override [Symbol.replace](s: string, replacer: (substring: string, ...args: any[]) => string): string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  override [Symbol.replace](s: string, with_: string | ((substring: string, ...args: any[]) => string)): string {
    return this.run(s, (re) => re[Symbol.replace](s, with_ as string));
  }
}

/**
 * A pattern with property classes, written as its source (`String.raw` keeps the backslashes as in a literal) so that
 * V8 parses the classes only when a string needs them: `plain(String.raw`^\p{Lu}\p{Ll}+$`, 'u')`.
 */
export function plain(source: string, flags: string): RegExp {
  return new PlainPattern(source, flags);
}
