// Builds an `Analysis` for a seed from its gold annotations (test/fixtures/gold/seed/*.json), so adapter
// tests can run on real text with real offsets independently of the engine's current accuracy.
// Offsets come from the gold file (checked against the text); nothing here is specific to one article.
import { readFileSync } from 'node:fs';
import { parseHeader, splitParagraphs } from '../../../src/engine/header';
import type { Actor, Analysis, Claim, Entity, Quote } from '../../../src/engine/types';

interface GoldFile {
  entities: { text: string; type: string; start: number; end: number }[];
  quotes: { text: string; start: number; end: number; speaker: string | null }[];
  actors?: { name: string; aliases: string[]; role: string | null }[];
}

const TYPES: Record<string, string> = { PERSON: 'person', ORG: 'organization', PLACE: 'place' };
const CUE = /\b(said|says|told|warned|added|according to)\b/i;

function lastWord(s: string): string {
  const w = s.replace(/s$/, '').split(/\s+/);
  return w[w.length - 1].toLowerCase();
}

export function analysisFromGold(text: string, goldPath: string): Analysis {
  const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as GoldFile;
  const header = parseHeader(text);
  const paragraphs = splitParagraphs(text, header.bodyStart);
  const actors: Actor[] = (gold.actors ?? []).map((a, i) => ({
    id: `actor${i + 1}`, name: a.name, type: 'person', aliases: [...a.aliases], role: a.role, mentions: [], quotes: [], claims: [],
  }));
  const actorFor = (written: string): Actor | undefined => {
    const w = written.toLowerCase();
    return actors.find((a) => a.name.toLowerCase() === w || a.aliases.some((x) => x.toLowerCase() === w)) ??
      actors.find((a) => lastWord(a.name) === lastWord(written));
  };
  const entities: Entity[] = gold.entities
    .filter((e) => text.slice(e.start, e.end) === e.text)
    .sort((a, b) => a.start - b.start)
    .map((e, i) => {
      const type = TYPES[e.type] ?? 'other';
      const actor = type === 'person' ? actorFor(e.text) : undefined;
      if (actor) actor.mentions.push({ start: e.start, end: e.end });
      return { id: `e${i + 1}`, text: e.text, type, canonical: actor ? actor.name : e.text.replace(/s$/, ''), start: e.start, end: e.end, ...(actor ? { actor: actor.id } : {}) };
    });
  const quotes: Quote[] = [];
  const claims: Claim[] = [];
  for (const [i, g] of gold.quotes.filter((q) => text.slice(q.start, q.end) === q.text).sort((a, b) => a.start - b.start).entries()) {
    const para = paragraphs.find((p) => p.start <= g.start && g.start < p.end);
    const speaker = g.speaker ? actors.find((a) => a.name === g.speaker) : undefined;
    const after = para ? text.slice(g.end, para.end) : '';
    const m = CUE.exec(after);
    const cueSpan = m ? { start: g.end + m.index, end: g.end + m.index + m[0].length } : null;
    const id = `q${i + 1}`;
    let speakerSpan = null;
    if (speaker && para) {
      const near = speaker.mentions.filter((s) => s.start >= para.start && s.end <= para.end);
      const after = near.find((s) => s.start >= g.end);
      const pick = after ?? near[near.length - 1];
      if (pick) speakerSpan = { start: pick.start, end: pick.end };
    }
    quotes.push({
      id, text: g.text, start: g.start, end: g.end, speaker: speaker?.id ?? null, cue: m ? m[0] : null, cueSpan, speakerSpan,
      kind: 'direct', confidence: 0.9, marked: false, attribution: speakerSpan ? 'attribution in the same paragraph' : 'speaker of the previous quote',
      paragraph: para?.index ?? 0,
    });
    if (speaker) {
      speaker.quotes.push(id);
      const cid = `c${claims.length + 1}`;
      claims.push({ id: cid, actor: speaker.id, text: g.text, start: g.start, end: g.end, quote: id, cue: m ? m[0] : null, paragraph: para?.index ?? 0 });
      speaker.claims.push(cid);
    }
  }
  for (const a of actors) a.mentions.sort((x, y) => x.start - y.start);
  return { length: text.length, header, paragraphs, entities, actors: actors.filter((a) => a.mentions.length || a.quotes.length), quotes, claims };
}
