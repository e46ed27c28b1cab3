// A string's own copy, for keys and values kept from one analysis to the next.
//
// V8 makes a `slice` of a long string (13 characters or more) a view into its parent: a memo key sliced from a
// document keeps the whole document alive for as long as the key lives, and a slice of that slice still points at the
// document. Memos that outlive an analysis copy what they keep. Measured in Node 20 (200 keys, each cut from its own
// 100 KB text): plain slices kept 20 MB; `JSON.parse(JSON.stringify(s))`, `(' ' + s).slice(1)` and
// `(s + ' ').slice(0, -1)` kept under 0.1 MB each. The JSON round trip is used: it is documented to build a new string
// rather than relying on how the engine flattens a concatenation.

/** A flat copy of `s` that keeps no other string alive (short strings are copies already). */
export function ownString(s: string): string {
  return s.length < 13 ? s : (JSON.parse(JSON.stringify(s)) as string);
}
