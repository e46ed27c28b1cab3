// The ranking of corpus actors (most quoted first, then most articles, then by name and id: a total order), kept
// from one build of the index to the next. Pure: no node:*, no vscode.
import type { CorpusActor } from './index';

/** All `actors` ranked, given the ids `changed` since `previous` was ranked (made again, added or removed): the others
 *  keep their (sorted) order, the changed ones are sorted and merged in — O(n) plus a sort of what changed, with no
 *  set or map over the whole corpus (at tens of thousands of actors that alone held the editor's thread for tens of ms). */
export function rerank(previous: readonly CorpusActor[], actors: ReadonlyMap<string, CorpusActor>, changed: ReadonlySet<string>): CorpusActor[] {
  if (changed.size === 0) return previous.slice();
  const kept = previous.filter((a) => !changed.has(a.speakerId));
  const fresh: CorpusActor[] = [];
  for (const id of changed) {
    const a = actors.get(id);
    if (a) fresh.push(a);
  }
  return mergeRanked(kept, fresh.sort(compareActors));
}

/** Two ranked lists as one. */
export function mergeRanked(kept: readonly CorpusActor[], fresh: readonly CorpusActor[]): CorpusActor[] {
  const out: CorpusActor[] = new Array(kept.length + fresh.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < kept.length && j < fresh.length) out[k++] = compareActors(kept[i], fresh[j]) <= 0 ? kept[i++] : fresh[j++];
  while (i < kept.length) out[k++] = kept[i++];
  while (j < fresh.length) out[k++] = fresh[j++];
  return out;
}

export function compareActors(a: CorpusActor, b: CorpusActor): number {
  return b.quotes - a.quotes || b.articles - a.articles || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) || (a.speakerId < b.speakerId ? -1 : a.speakerId > b.speakerId ? 1 : 0);
}
