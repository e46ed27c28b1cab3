// A place name that names a sports team is an organisation (GUM's scheme: `Sweden defeated Panama`, `a goal for
// Belgium`, `he debuted for Boston`), while the place where a match is played stays a place (`in Sochi`, `born in
// Fort Worth, Texas`). A country that acts in politics or diplomacy stays a place (`Austria welcomes the plan`): GUM's
// non-news genres type it so. The team reading needs two things: a document about a sport (its vocabulary, counted
// once per paragraph and cached with it), and a mention that is not in a place's position (after a place preposition,
// in a `City, State` pair, or modifying a common noun).
import { K, type Tok } from '../tokens';
import type { ECand } from './cand';

/** Words that, in numbers, mark a text about a sport (match reports, a player's career). */
const SPORT_WORDS = new Set([
  'goal', 'goals', 'scored', 'scoring', 'scorer', 'equalise', 'equalize', 'equaliser', 'equalizer', 'penalty', 'penalties',
  'striker', 'goalkeeper', 'midfielder', 'defender', 'defenders', 'referee', 'halftime', 'half-time', 'tournament',
  'league', 'season', 'seasons', 'coach', 'coaches', 'playoff', 'playoffs', 'semifinal', 'semi-final', 'quarterfinal',
  'quarter-final', 'championship', 'championships', 'teammate', 'teammates', 'squad', 'innings', 'inning', 'wicket',
  'wickets', 'touchdown', 'touchdowns', 'quarterback', 'pitcher', 'batting', 'batted', 'rbi', 'homer', 'header',
  'possession', 'kickoff', 'kick-off', 'stoppage', 'minute', 'match', 'matches', 'stadium', 'fixture', 'fixtures',
  'debuted', 'drafted', 'roster', 'lineup', 'line-up', 'substituted', 'substitute', 'rebounds', 'assists', 'assist',
]);

/** Sport words in one paragraph's tokens, and its word count (cached with the paragraph's tokens). */
const memo = new WeakMap<Tok[], [number, number]>();
export function sportCount(toks: Tok[]): [number, number] {
  let m = memo.get(toks);
  if (m) return m;
  let cues = 0;
  let words = 0;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (t.kind !== K.Word) {
      // A match score: `1 – 0`, `3-2` (two small numbers joined by a dash).
      if (t.kind === K.Num && /^\d{1,2}$/.test(t.t) && i + 2 < toks.length && /^[-–—]$/.test(toks[i + 1].t) && /^\d{1,2}$/.test(toks[i + 2].t)) cues++;
      continue;
    }
    words++;
    if (SPORT_WORDS.has(t.lower)) cues++;
  }
  memo.set(toks, m = [cues, words]);
  return m;
}

/** A document about a sport: at least eight sport words, one in every 100 words. */
export function sportsDocument(cues: number, words: number): boolean {
  return cues >= 8 && cues * 100 >= words;
}

/** Prepositions that put a name in a place's position (`in Sochi`, `from Texas`, `across Europe`). */
const PLACE_PREPS = new Set(['in', 'at', 'near', 'from', 'across', 'into', 'inside', 'outside', 'throughout', 'around',
  'within', 'toward', 'towards', 'via', 'of', 'through', 'to', 'born', 'visit', 'visited', 'visiting', 'between']);
/** Before `to`, the name is the team something was lost to (`lost 1 – 2 to England`). */
const LOSS_WORDS = new Set(['lost', 'lose', 'loses', 'losing', 'loss', 'fell', 'falls', 'defeat', 'defeats']);
/** Nouns after a team's name (`Panama coach`, `the Spain squad`), and verbs a team does that read as nouns too
 *  (`Sweden, Belgium, England win`, `Spain beat …`, `Chile top the group`). */
const TEAM_NOUNS = new Set(['coach', 'manager', 'captain', 'goalkeeper', 'striker', 'squad', 'team', 'players', 'player',
  'defender', 'midfielder', 'forward', 'fans', 'supporters', 'side', 'win', 'wins', 'beat', 'beats', 'draw', 'draws',
  'lead', 'leads', 'score', 'scores', 'face', 'faces', 'play', 'plays', 'host', 'hosts', 'top', 'tops', 'edge', 'edges']);

/** The capitalised run (one to three words) ending before token `end` is a known place. */
function placeBefore(toks: Tok[], end: number, isPlace: (key: string) => boolean): boolean {
  let key = '';
  for (let k = end - 1; k >= 0 && k >= end - 3 && toks[k].cap; k--) {
    key = key ? toks[k].lower + ' ' + key : toks[k].lower;
    if (isPlace(key)) return true;
  }
  return false;
}
/** The capitalised run (one to three words) from token `start` is a known place. */
function placeAfter(toks: Tok[], start: number, isPlace: (key: string) => boolean): boolean {
  let key = '';
  for (let k = start; k < toks.length && k < start + 3 && toks[k].cap; k++) {
    key = key ? key + ' ' + toks[k].lower : toks[k].lower;
    if (isPlace(key)) return true;
  }
  return false;
}

/** Whether a place candidate of a sports document is written where a team is named, not a place. */
export function teamPosition(toks: Tok[], c: ECand, common: Map<string, string>, isPlace: (key: string) => boolean): boolean {
  let p = c.t0 - 1;
  if (p >= 0 && toks[p].lower === 'the') p--;
  const prev = p >= 0 ? toks[p] : undefined;
  if (prev && prev.kind === K.Word && PLACE_PREPS.has(prev.lower)) {
    if (prev.lower !== 'to') return false;
    // `lost to X`, `lost 1 – 2 to X`: the words before `to`, past a score.
    let q = p - 1;
    if (q >= 2 && toks[q].kind === K.Num && /^[-–—]$/.test(toks[q - 1].t)) q -= 3;
    if (q < 0 || !LOSS_WORDS.has(toks[q].lower)) return false;
  }
  // `Fort Worth, Texas`, `Sydney, Australia`: a city and its state or country, unless a list of names goes on.
  const next = toks[c.t1];
  const listGoesOn = next && (next.t === ',' || next.lower === 'and') && toks[c.t1 + 1]?.cap;
  if (prev && prev.t === ',' && p > 0 && placeBefore(toks, p, isPlace) && !listGoesOn && !(p > 1 && toks[p - 2].t === ',')) return false;
  if (next && next.t === ',' && !(prev && prev.t === ',') && placeAfter(toks, c.t1 + 1, isPlace) && toks[c.t1 + 2]?.t !== ',' && toks[c.t1 + 3]?.t !== ',') return false;
  // A name before a common noun modifies it (`the Texas heat`), but for a team's own nouns (`Panama coach`).
  if (next && next.kind === K.Word && !next.cap && c.t0 >= 0) {
    const tag = common.get(next.lower);
    if (!TEAM_NOUNS.has(next.lower) && tag !== undefined && /^(?:Noun|Singular|Plural|Adjective|Uncountable|Actor)/.test(tag)) return false;
  }
  return true;
}
