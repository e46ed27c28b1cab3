// GUM genres grouped by how close they are to news, for the entity figures (issue 12 asks for news).
// News-like: Wikinews interviews, Wikipedia biographies, Wikivoyage guides, political speeches, wikiHow;
// far from news: conversation, vlogs, podcasts, fiction, reddit. The rest is other written prose.
import type { Detail } from './unseen';

export const GENRE_GROUPS: Record<string, string[]> = {
  'news-like': ['interview', 'bio', 'voyage', 'speech', 'whow'],
  'other written': ['academic', 'textbook', 'essay', 'letter', 'court'],
  'far from news': ['conversation', 'vlog', 'podcast', 'fiction', 'reddit'],
};

/** The group of a GUM genre (`other` for a genre no group lists). */
export function genreGroup(genre: string): string {
  for (const [g, list] of Object.entries(GENRE_GROUPS)) if (list.includes(genre)) return g;
  return 'other';
}

/** Entity F1 (exact and lenient, counted as score.mjs counts) per genre group; '' when no GUM document. */
export function entityByGenreGroup(details: Detail[]): string {
  const m = new Map<string, { gold: number; pred: number; exact: number; lenient: number; docs: number }>();
  for (const d of details) {
    const p = d.item.name.split('_');
    if (!d.ent || p[0] !== 'gum' || p.length < 3) continue;
    const k = genreGroup(p[1]);
    const t = m.get(k) ?? { gold: 0, pred: 0, exact: 0, lenient: 0, docs: 0 };
    t.gold += d.ent.gold; t.pred += d.ent.pred; t.exact += d.ent.exact; t.lenient += d.ent.lenient; t.docs++;
    m.set(k, t);
  }
  if (!m.size) return '';
  const f = (x: number, p: number, g: number) => { const P = p ? x / p : 0; const R = g ? x / g : 0; return `${P.toFixed(3)} / ${R.toFixed(3)} / ${(P + R ? 2 * P * R / (P + R) : 0).toFixed(3)}`; };
  const order = [...Object.keys(GENRE_GROUPS), 'other'];
  return ['**Entities by genre group** (news-like: ' + GENRE_GROUPS['news-like'].join(', ') + ')', '', '| group | docs | gold | exact P / R / F1 | lenient P / R / F1 |', '|---|---|---|---|---|',
    ...order.filter((k) => m.has(k)).map((k) => { const t = m.get(k)!; return `| ${k} | ${t.docs} | ${t.gold} | ${f(t.exact, t.pred, t.gold)} | ${f(t.lenient, t.pred, t.gold)} |`; }), ''].join('\n');
}
