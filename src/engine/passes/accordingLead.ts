// A mention right after a sentence-opening `According to` (actors.ts, appositive roles): the comma after the name
// opens the main clause, which is no appositive role (`According to Ann Lee, the ferry ...`).

/** `according to` and role words (no comma, no sentence break) right before a mention. */
const AFTER_ACCORDING = /(?:^|[.!?]["”’]?\s+|\n)(?:(?:For|In|On|At|To|With|Among|After|Before|Since|By|Under|As for)\s[^,.;:!?"“”\n]{0,40},\s+)?[Aa]ccording to\s+[^,.;:!?"“”\n]{0,70}$/;
/** How many characters before a mention `leadingAccording` reads. */
const ACCORDING_READ = 160;
/** The mention starting at `s` follows a sentence-opening `According to` (after a short fronted adjunct at most,
 *  `For the council, according to`): the comma after it opens the main clause. (`..., according to Ann Lee, a
 *  pilot.` later in a sentence keeps its appositive.) */
export function leadingAccording(text: string, s: number): boolean {
  const from = Math.max(0, s - ACCORDING_READ);
  const before = text.slice(from, s);
  // (The pattern needs `ccording` inside the window: most mentions have none there, and no pattern is run. Searched in
  // the slice: a search of the text from `s` back would run on to the last `ccording` anywhere before.)
  if (before.indexOf('ccording') < 0) return false;
  return AFTER_ACCORDING.test(from === 0 ? before : before.replace(/^[^\n.!?]*/, ''));
}
export const CLOSED_APPOSITIVE = /^,\s+(?:a|an|the)\s[^,.;:"“”]{3,160}?,/;
