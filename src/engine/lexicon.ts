// Word lists the analysis reads. The bulk comes from compromise's own lexicon (first names with
// gender, surnames, countries, cities, regions, organisations, demonyms, honorifics, role nouns and
// the common-word lexicon used to tell a sentence-initial capital from a name); the short curated
// lists below add what news text needs and compromise lacks (reporting verbs, title words,
// collective source nouns, stripped contractions). Everything is built once, lazily.
import nlp from 'compromise/two';
import { PackedWordMap, TAG_BASE, type SerializedWordMap, type SerializedWordMapV3 } from './packedWordMap';

export { PackedWordMap, type SerializedWordMap } from './packedWordMap';

export interface Lexicon {
  maleNames: Set<string>;
  femaleNames: Set<string>;
  firstNames: Set<string>;
  lastNames: Set<string>;
  /** lower-case place names (single and multi-word) from compromise. */
  places: Set<string>;
  /** lower-case organisation names from compromise. */
  orgs: Set<string>;
  demonyms: Set<string>;
  demonymPlurals: Set<string>;
  honorifics: Set<string>;
  roleNouns: Set<string>;
  /** Words compromise knows as ordinary (non-proper) words, with their first tag. */
  common: Map<string, string>;
  orgHeads: Set<string>;
  placeHeads: Set<string>;
  /** Head words of named events (`the Sunrise Summit`, `the Harvest Festival`): they end an event's name, not a person's. */
  eventHeads: Set<string>;
}

let cached: Lexicon | null = null;

const PROPER_TAGS = /^(MaleName|FemaleName|FirstName|LastName|Person|City|Country|Region|Place|ProperNoun|Organization|SportsTeam|Demonym)$/;

/**
 * A built lexicon in a compact JSON form, so that a build step can precompute it (esbuild.mjs writes it beside the
 * bundles): each word set as one string, its words joined by `\n` in insertion order; the common-word map packed (see
 * SerializedWordMap). Loading it parses a few long strings instead of ~36,000 short ones: at start-up (the first
 * analysis of a worker) that is the difference between ~15 and ~5 ms (words as arrays, v3: 1 ms more to parse).
 */
export type SerializedLexicon = { v: 4 } & { [K in keyof Lexicon]: Lexicon[K] extends Map<string, string> ? SerializedWordMap : string };
export function serializeLexicon(l: Lexicon): SerializedLexicon {
  const out: Record<string, unknown> = { v: 4 };
  for (const [k, v] of Object.entries(l)) {
    if (v instanceof Map) {
      const entries = [...(v as Map<string, string>)].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      if (entries.some(([w]) => w.includes('\n'))) throw new Error(`lexicon ${k}: a word holds a line break`);
      const tags = [...new Set(entries.map(([, t]) => t))];
      out[k] = {
        text: entries.map(([w, t]) => String.fromCharCode(TAG_BASE + tags.indexOf(t)) + w).join('\n'),
        tags,
      } satisfies SerializedWordMap;
    } else {
      const words = [...(v as Set<string>)];
      if (words.some((w) => w.includes('\n'))) throw new Error(`lexicon ${k}: a word holds a line break`);
      // (An empty string is no set of one empty word: no set holds the empty word.)
      if (words.includes('')) throw new Error(`lexicon ${k}: an empty word`);
      out[k] = words.join('\n');
    }
  }
  return out as SerializedLexicon;
}

/** The lexicon from its serialised form (this one's; older forms with arrays for the sets or the map are read too). */
export function deserializeLexicon(s: SerializedLexicon): Lexicon {
  const out = {} as Record<string, unknown>;
  for (const [k, v] of Object.entries(s)) {
    if (k === 'v') continue;
    if (typeof v === 'string') out[k] = new Set(v ? v.split('\n') : []);
    else if (Array.isArray(v)) out[k] = k === 'common' ? new Map(v as unknown as [string, string][]) : new Set(v as string[]);
    else {
      const w = v as SerializedWordMapV3 & { words?: string[] };
      if (Array.isArray(w.words)) {
        const m = new Map<string, string>();
        for (let i = 0; i < w.words.length; i++) m.set(w.words[i], w.tags[w.index.charCodeAt(i) - TAG_BASE]);
        out[k] = m;
      } else if (typeof w.index === 'string') {
        // v3: the tags apart, one character per word.
        const m = new Map<string, string>();
        const words = w.text.length ? w.text.split('\n') : [];
        for (let i = 0; i < words.length; i++) m.set(words[i], w.tags[w.index.charCodeAt(i) - TAG_BASE]);
        out[k] = m;
      } else {
        // Once built, the real Map replaces the packed one in the lexicon (readers fetch `lex.common` each time).
        out[k] = new PackedWordMap(w, (m) => {
          if (out[k] === m) out[k] = new Map(m);
        });
      }
    }
  }
  return out as unknown as Lexicon;
}

/** How the lexicon was loaded (for the startup breakdown): time spent and whether it came prebuilt; `ms` 0 until loaded. */
export const lexiconLoad: { ms: number; source?: 'prebuilt' | 'built' } = { ms: 0 };

export function lexicon(): Lexicon {
  if (cached) return cached;
  const t0 = performance.now();
  // The bundles (dist/) carry the lexicon prebuilt at build time (esbuild.mjs): loading it is ~3× faster than building it.
  const prebuilt = (nlp as unknown as { prebuiltLexicon?: () => SerializedLexicon | null }).prebuiltLexicon?.();
  if (prebuilt) {
    cached = deserializeLexicon(prebuilt);
    lexiconLoad.ms = performance.now() - t0;
    lexiconLoad.source = 'prebuilt';
    return cached;
  }
  const built = buildLexicon();
  lexiconLoad.ms = performance.now() - t0;
  lexiconLoad.source = 'built';
  cached = built;
  return built;
}

/** A first name of the lists (either sex, or unknown). */
export function isFirstName(low: string): boolean {
  const lex = lexicon();
  return lex.firstNames.has(low) || lex.maleNames.has(low) || lex.femaleNames.has(low);
}

function buildLexicon(): Lexicon {
  const lex: Lexicon = {
    maleNames: new Set(), femaleNames: new Set(), firstNames: new Set(), lastNames: new Set(),
    places: new Set(), orgs: new Set(), demonyms: new Set(), demonymPlurals: new Set(),
    honorifics: new Set(), roleNouns: new Set(), common: new Map(), orgHeads: new Set(), placeHeads: new Set(), eventHeads: new Set(),
  };
  let model: { one?: { lexicon?: Record<string, string | string[]> }; two?: { orgWords?: Record<string, unknown>; placeWords?: Record<string, unknown> } } = {};
  try {
    model = nlp.model() as typeof model;
  } catch {
    model = {};
  }
  const words = model.one?.lexicon ?? {};
  for (const word of Object.keys(words)) {
    const raw = words[word];
    const tags = Array.isArray(raw) ? raw : [raw];
    const w = word.toLowerCase();
    let proper = false;
    for (const t of tags) {
      switch (t) {
        case 'MaleName': lex.maleNames.add(w); proper = true; break;
        case 'FemaleName': lex.femaleNames.add(w); proper = true; break;
        case 'FirstName': lex.firstNames.add(w); proper = true; break;
        case 'LastName': case 'Person': lex.lastNames.add(w); proper = true; break;
        case 'City': case 'Country': case 'Region': case 'Place': lex.places.add(w); proper = true; break;
        case 'Organization': case 'SportsTeam': lex.orgs.add(w); proper = true; break;
        case 'Demonym':
          if (tags.includes('Plural')) lex.demonymPlurals.add(w); else lex.demonyms.add(w);
          proper = true; break;
        case 'Honorific': lex.honorifics.add(w); break;
        case 'Actor': lex.roleNouns.add(w); break;
        default: break;
      }
    }
    if (!proper && !tags.some((t) => PROPER_TAGS.test(t)) && !w.includes(' ')) lex.common.set(w, tags[0]);
  }
  // Short forms of first names that compromise keeps only as common words (`Al Gore`, `Bill Clinton`).
  for (const w of ['al', 'bill']) { lex.maleNames.add(w); lex.common.delete(w); }
  for (const w of Object.keys(model.two?.orgWords ?? {})) lex.orgHeads.add(w);
  for (const w of Object.keys(model.two?.placeWords ?? {})) lex.placeHeads.add(w);
  // Curated corrections: heads that compromise lists but that mislead on news text.
  for (const w of ['house', 'memorial', 'centre', 'center', 'complex', 'site', 'field', 'way', 'st', 'state', 'country', 'zone',
    'landing', 'crossing', 'junction', 'estates', 'building', 'farm', 'arch', 'bar', 'pits', 'cr', 'tr', 'ward', 'reservation']) lex.placeHeads.delete(w);
  for (const w of ['capital', 'data', 'design', 'development', 'education', 'energy', 'care', 'community', 'data', 'media', 'power',
    'security', 'mobile', 'management', 'marketing', 'markets', 'international', 'financial', 'estate', 'group', 'gas', 'oil',
    'boys', 'girls', 'crew', 'collective', 'choir', 'ensemble', 'quartet', 'brands', 'workers', 'investors', 'pizza', 'coffee',
    'cafe', 'restaurant', 'restaurants', 'hotel', 'hotels', 'computers', 'machines', 'electric', 'electricity', 'service',
    'services', 'post', 'press', 'radio', 'television', 'tv', 'military', 'marine', 'memorial', 'optical', 'petrol', 'reserve']) lex.orgHeads.delete(w);
  for (const w of ['council', 'centre', 'center', 'institute', 'department', 'ministry', 'agency', 'commission', 'committee',
    'office', 'administration', 'authority', 'bank', 'university', 'organization', 'organisation', 'association', 'union',
    'federation', 'league', 'party', 'court', 'tribunal', 'parliament', 'congress', 'senate', 'assembly', 'army', 'navy',
    'corps', 'police', 'forces', 'guard', 'fund', 'foundation', 'program', 'programme', 'bureau', 'times', 'news', 'journal',
    'gazette', 'herald', 'tribune', 'post', 'telegraph', 'agence', 'network', 'group', 'alliance', 'coalition', 'movement',
    'front', 'brigade', 'brigades', 'cabinet', 'secretariat', 'inc', 'corp', 'co', 'ltd', 'llc', 'plc', 'airlines', 'company',
    'corporation', 'society', 'academy', 'college', 'school', 'hospital', 'clinic', 'museum', 'church', 'club', 'team',
    'service', 'services', 'press', 'radio', 'television', 'broadcasting', 'command', 'directorate', 'division', 'board',
    'conference', 'forum', 'initiative', 'project', 'trust', 'watch', 'institution', 'laboratory', 'observatory']) lex.orgHeads.add(w);
  for (const w of ['peninsula', 'river', 'sea', 'ocean', 'island', 'islands', 'mountains', 'valley', 'strait', 'gulf', 'bay',
    'lake', 'province', 'county', 'desert', 'coast', 'hall', 'square', 'street', 'mosque', 'airport', 'stadium', 'park',
    'bridge', 'canal', 'plateau', 'basin', 'region', 'oblast', 'prefecture', 'district', 'avenue', 'boulevard', 'palace',
    'cathedral', 'temple', 'port', 'harbour', 'harbor', 'heights', 'hills', 'mount', 'cape', 'village', 'city', 'town',
    // Facilities and landmarks (`Trump Plaza`, `Transbay Tube`, `Bay Area`): places, never a person's name.
    'plaza', 'cemetery', 'hotel', 'motel', 'mall', 'tunnel', 'pier', 'wharf', 'tube', 'area', 'towers', 'airfield', 'racecourse',
    // Rooms and venues (`the East Room`, `the Situation Room`, `Harbour Golf Resort`).
    'room', 'ballroom', 'chapel', 'theatre', 'resort', 'casino', 'pavilion',
    // Generic words of place names in other languages, last in the name (`Grande Terre`, `Łódzkie Voivodeship`).
    'terre', 'voivodeship', 'voivodship', 'canton', 'arrondissement', 'krai', 'raion', 'prefecture']) lex.placeHeads.add(w);
  // Assemblies, units and courts named by these heads are organisations (`National Convention`, `Second Circuit`).
  for (const w of ['convention', 'regiment', 'battalion', 'circuit', 'co-op', 'cooperative', 'syndicate', 'consortium']) lex.orgHeads.add(w);
  // Role nouns of people who work for an organisation that compromise does not tag as actors (`strategist`, `spokesman`).
  for (const w of ['strategist', 'correspondent', 'fellow', 'founder', 'co-founder', 'cofounder', 'vice-president', 'chairperson',
    'executive', 'spokesman', 'spokeswoman', 'lobbyist', 'adviser', 'pollster', 'engineer', 'investor', 'anchor', 'official', 'owner',
    'head', 'dean']) lex.roleNouns.add(w);
  // Political committees and caucuses (`Harbour Future PAC`, `Congressional Rural Caucus`), firms in `Technologies`.
  for (const w of ['pac', 'caucus', 'technologies']) lex.orgHeads.add(w);
  // Heads of a state's missions abroad (`the Cuban Consulate`, `the U.S. Embassy`), which compromise lacks.
  for (const w of ['embassy', 'consulate', 'consulate-general', 'legation']) lex.orgHeads.add(w);
  // Event heads (`the Sunrise Summit`); some are organisation heads too (`forum`, `conference`), which win where both are read.
  for (const w of ['summit', 'summits', 'forum', 'festival', 'conference', 'convention', 'expo', 'gala', 'symposium', 'jamboree', 'fest', 'awards']) lex.eventHeads.add(w);
  return lex;
}

/** Reporting verbs that attribute speech (cue words). Value: true when it can introduce a direct quote. */
export const SPEECH_CUES: ReadonlySet<string> = new Set([
  'said', 'says', 'say', 'saying', 'told', 'tells', 'tell', 'added', 'adds', 'add', 'warned', 'warns', 'warn', 'noted', 'notes',
  'argued', 'argues', 'argue', 'insisted', 'insists', 'explained', 'explains', 'stated', 'states', 'wrote', 'writes',
  'asked', 'asks', 'continued', 'continues', 'replied', 'replies', 'declared', 'declares', 'acknowledged', 'acknowledges',
  'admitted', 'admits', 'stressed', 'stresses', 'urged', 'urges', 'recalled', 'recalls', 'conceded', 'concedes',
  'cautioned', 'cautions', 'complained', 'complains', 'observed', 'observes', 'remarked', 'remarks', 'announced',
  'announces', 'claimed', 'claims', 'contended', 'contends', 'emphasized', 'emphasised', 'emphasizes', 'emphasises',
  'predicted', 'predicts', 'suggested', 'suggests', 'maintained', 'maintains', 'reported', 'reports', 'testified',
  'responded', 'responds', 'joked', 'jokes', 'quipped', 'tweeted', 'posted', 'commented', 'comments', 'agreed', 'agrees',
  'estimated', 'estimates', 'cited', 'confirmed', 'confirms', 'denied', 'denies', 'vowed', 'vows', 'pledged', 'pledges',
  'promised', 'promises', 'described', 'describes', 'believes', 'believed', 'thinks', 'thought', 'wonders', 'wondered',
  'asserted', 'asserts', 'concluded', 'concludes', 'disclosed', 'revealed', 'reveals', 'indicated', 'indicates', 'charged',
  'shouted', 'whispered', 'boasted', 'lamented', 'countered', 'counters', 'recounted', 'explained', 'pointed',
  'stating', 'adding', 'noting', 'writing', 'telling', 'warning', 'arguing', 'explaining', 'insisting', 'claiming', 'reads',
]);

/** Cues that by themselves take a direct quote after `X cue,` or `, cue X` in news (not belief verbs). */
export const DIRECT_CUES: ReadonlySet<string> = new Set([
  'said', 'says', 'told', 'tells', 'added', 'adds', 'warned', 'warns', 'noted', 'argued', 'argues', 'insisted', 'insists',
  'explained', 'explains', 'stated', 'wrote', 'writes', 'asked', 'asks', 'continued', 'replied', 'declared', 'acknowledged',
  'admitted', 'stressed', 'urged', 'recalled', 'conceded', 'cautioned', 'complained', 'observed', 'remarked', 'announced',
  'claimed', 'contended', 'emphasized', 'emphasised', 'predicted', 'suggested', 'maintained', 'testified', 'responded',
  'joked', 'quipped', 'tweeted', 'commented', 'agreed', 'confirmed', 'vowed', 'pledged', 'promised', 'concluded',
  'shouted', 'boasted', 'lamented', 'countered', 'recounted', 'reported', 'reports', 'notes', 'adds', 'warns', 'stresses',
  'urges', 'claims', 'recalls', 'concedes', 'cautions', 'complains', 'observes', 'explains', 'saying', 'stating', 'adding',
  'noting', 'writing', 'telling', 'warning', 'arguing', 'explaining', 'insisting', 'reads', 'say',
  'answered', 'answers', 'exclaimed', 'retorted', 'scoffed', 'fumed', 'beamed', 'barked', 'snapped', 'griped', 'groused',
  'mused', 'gushed', 'crowed', 'bragged', 'deadpanned', 'chided', 'yelled', 'screamed', 'declares', 'posted', 'tweets',
  // Fifth round (h-attrib): rarer verbs of speaking seen attributing quotes.
  'remembered', 'proclaimed', 'elaborated', 'reiterated', 'interjected', 'opined', 'objected', 'sighed', 'marveled',
  'marvelled', 'confided', 'ventured', 'reasoned',
  // Seventeenth round (h-cues19): `"...," exhorted the host, Ann Lee.`
  'exhorted',
  // The present tense of the past-tense cues above, as news columns write it (`..., Lee concludes.`, `..., she quips.`);
  // left out: forms that are often nouns (`remarks`, `promises`, `objects`) and verbs that as often take something
  // other than speech (`vows to`, `agrees with`, `suggests`, `maintains`, `confirms`, `admits`, `announces`).
  'concludes', 'acknowledges', 'predicts', 'emphasizes', 'emphasises', 'jokes', 'quips', 'replies', 'responds', 'counters',
  'recounts', 'laments', 'boasts', 'retorts', 'scoffs', 'snaps', 'muses', 'testifies', 'shouts', 'contends', 'exclaims',
  'fumes', 'beams', 'gripes', 'brags', 'chides', 'yells', 'proclaims', 'reiterates', 'interjects', 'opines', 'sighs',
  'marvels', 'confides',
]);

/** Cues only right after a closing quote and its `,` / `?` / `!` (`"...?" reacted Lee.`): `Lee reacted to the vote` holds
 *  no speech. */
export const INVERTED_CUES: ReadonlySet<string> = new Set(['reacted']);

/** Words of titles and honorifics that may precede a name (`President`, `Gen.`, `Secretary of State`). */
export const TITLE_WORDS: ReadonlySet<string> = new Set([
  'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'miss', 'dr', 'dr.', 'prof', 'prof.', 'professor', 'sir', 'dame', 'lord', 'lady',
  'gen', 'gen.', 'general', 'lt', 'lt.', 'lieutenant', 'col', 'col.', 'colonel', 'maj', 'maj.', 'major', 'capt', 'capt.',
  'captain', 'sgt', 'sgt.', 'sergeant', 'adm', 'adm.', 'admiral', 'cmdr', 'cmdr.', 'commander', 'marshal', 'brig', 'brig.',
  'brigadier', 'cpl', 'cpl.', 'corporal', 'pvt', 'pvt.', 'private',
  'president', 'vice', 'prime', 'premier', 'minister', 'secretary', 'chancellor', 'senator', 'sen', 'sen.', 'rep', 'rep.',
  'representative', 'congressman', 'congresswoman', 'governor', 'gov', 'gov.', 'mayor', 'judge', 'justice', 'attorney',
  'ambassador', 'envoy', 'spokesman', 'spokeswoman', 'spokesperson', 'director', 'chairman', 'chairwoman', 'chair',
  'chief', 'deputy', 'acting', 'king', 'queen', 'prince', 'princess', 'pope', 'emperor', 'sheikh', 'ayatollah', 'imam',
  'rabbi', 'rev', 'rev.', 'reverend', 'father', 'bishop', 'archbishop', 'cardinal', 'speaker', 'leader', 'coach',
  'commissioner', 'inspector', 'detective', 'superintendent', 'officer', 'sheriff', 'superintendent', 'ceo', 'founder',
  'executive', 'adviser', 'advisor', 'foreign', 'defense', 'defence', 'home', 'interior', 'finance', 'health', 'education',
  'trade', 'treasury', 'labor', 'labour', 'energy', 'environment', 'economy', 'shadow', 'national', 'security', 'state',
  'crown', 'first', 'supreme', 'allied', 'senior', 'junior', 'assistant', 'associate', 'managing', 'general', 'opposition',
  'party', 'head', 'counsel', 'solicitor', 'magistrate', 'dean', 'provost', 'principal', 'manager', 'striker', 'midfielder',
  'defender', 'goalkeeper', 'forward', 'captain', 'chief', 'ex', 'president-elect', 'frau', 'herr', 'monsieur', 'madame',
  'majority', 'minority', 'whip', 'press', 'deputy', 'vice-president', 'undersecretary', 'under-secretary', 'lawmaker',
  'alderman', 'alderwoman', 'sens', 'sens.', 'reps', 'reps.', 'pres', 'pres.', 'administrator',
]);

/** Core title words: at least one must be present for a chain to count as a title. */
export const CORE_TITLES: ReadonlySet<string> = new Set([
  'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'miss', 'dr', 'dr.', 'prof', 'prof.', 'professor', 'sir', 'dame', 'lord', 'lady',
  'gen', 'gen.', 'general', 'lt', 'lt.', 'lieutenant', 'col', 'col.', 'colonel', 'maj', 'maj.', 'capt', 'capt.', 'captain',
  'sgt', 'sgt.', 'sergeant', 'adm', 'adm.', 'admiral', 'cmdr', 'cmdr.', 'commander', 'marshal', 'brig', 'brig.', 'brigadier',
  'cpl', 'cpl.', 'pvt', 'pvt.', 'president', 'premier', 'minister', 'secretary', 'chancellor', 'senator', 'sen', 'sen.',
  'rep', 'rep.', 'representative', 'congressman', 'congresswoman', 'governor', 'gov', 'gov.', 'mayor', 'judge', 'justice',
  'attorney', 'ambassador', 'envoy', 'spokesman', 'spokeswoman', 'spokesperson', 'director', 'chairman', 'chairwoman',
  'chief', 'king', 'queen', 'prince', 'princess', 'pope', 'emperor', 'sheikh', 'ayatollah', 'imam', 'rabbi', 'rev', 'rev.',
  'reverend', 'father', 'bishop', 'archbishop', 'cardinal', 'speaker', 'leader', 'coach', 'commissioner', 'inspector',
  'detective', 'superintendent', 'officer', 'sheriff', 'ceo', 'founder', 'adviser', 'advisor', 'counsel', 'solicitor',
  'magistrate', 'dean', 'manager', 'striker', 'midfielder', 'defender', 'goalkeeper', 'president-elect', 'frau', 'herr',
  'monsieur', 'madame', 'executive', 'chair', 'chairperson', 'secretary-general', 'lawmaker', 'minister-president',
  'alderman', 'alderwoman', 'sens', 'sens.', 'reps', 'reps.', 'pres', 'pres.', 'administrator',
]);

/** Lower-case words before a title that belong to the alias (`retired Gen. Wesley Clark`). */
export const TITLE_PREMODIFIERS: ReadonlySet<string> = new Set(['retired', 'former', 'late', 'then', 'acting', 'interim', 'deputy', 'outgoing', 'incoming', 'ex']);

/** Female / male honorifics for pronoun agreement. */
export const FEMALE_TITLES: ReadonlySet<string> = new Set(['mrs', 'mrs.', 'ms', 'ms.', 'miss', 'dame', 'lady', 'queen', 'princess', 'spokeswoman', 'chairwoman', 'congresswoman', 'frau', 'madame']);
export const MALE_TITLES: ReadonlySet<string> = new Set(['mr', 'mr.', 'sir', 'lord', 'king', 'prince', 'spokesman', 'chairman', 'congressman', 'herr', 'monsieur', 'father']);

/** Heads of unnamed collective sources (`analysts`, `officials`, `some specialists`). */
export const COLLECTIVE_HEADS: ReadonlySet<string> = new Set([
  'analysts', 'officials', 'experts', 'specialists', 'diplomats', 'critics', 'observers', 'sources', 'researchers',
  'scientists', 'authorities', 'lawmakers', 'legislators', 'leaders', 'residents', 'witnesses', 'activists', 'economists',
  'investors', 'authors', 'historians', 'commentators', 'insiders', 'aides', 'advisers', 'advisors', 'strategists',
  'scholars', 'investigators', 'prosecutors', 'police', 'doctors', 'scholars', 'officers', 'campaigners', 'organizers',
  'organisers', 'protesters', 'protestors', 'supporters', 'opponents', 'skeptics', 'sceptics', 'veterans', 'others',
  'some', 'many', 'parents', 'teachers', 'voters', 'members', 'republicans', 'democrats', 'traders', 'bankers',
  'negotiators', 'spokesmen', 'representatives', 'academics', 'forecasters', 'pollsters', 'watchers', 'hawks', 'people',
]);

/** People who speak for someone else (`a spokeswoman`). */
export const SPOKESPEOPLE: readonly string[] = ['spokesman', 'spokeswoman', 'spokesperson'];
/** Singular people named by their tie to someone (`a spokesman for Dorn`, `an aide to the mayor`, `a source close to
 *  the board`), whom `the` leaves to the person introduced with that role. */
export const TIED_ROLES: readonly string[] = [...SPOKESPEOPLE, 'official', 'source', 'aide', 'adviser', 'advisor'];
/** Singular unnamed sources (`a spokesman`, `a senior official`). */
export const SINGULAR_SOURCES: ReadonlySet<string> = new Set([
  ...TIED_ROLES, 'analyst', 'expert', 'diplomat', 'witness', 'researcher', 'resident', 'statement',
]);
/** Documents that speak for their authors (`the statement said`, `the report says`); each use adds its own extras
 *  (paragraph/unnamedSources.ts `SOURCE_DOCS`, paragraph/subjects.ts `DOC_NOUNS`). */
export const DOCUMENT_NOUNS: readonly string[] = ['statement', 'letter', 'report', 'memo', 'email', 'release', 'website',
  'filing', 'ruling', 'document', 'study', 'survey', 'notice'];

/** Apostrophe-stripped contractions that look like capitalised words at a sentence start. */
export const STRIPPED_CONTRACTIONS: ReadonlySet<string> = new Set([
  'hes', 'shes', 'its', 'whats', 'thats', 'theres', 'theyre', 'theyve', 'theyll', 'theyd', 'youre', 'youve', 'youll',
  'youd', 'weve', 'were', 'well', 'wed', 'ive', 'im', 'id', 'ill', 'dont', 'doesnt', 'didnt', 'cant', 'couldnt', 'wont',
  'wouldnt', 'shouldnt', 'isnt', 'arent', 'wasnt', 'werent', 'hasnt', 'havent', 'hadnt', 'lets', 'whos', 'wheres',
  'heres', 'hed', 'hell', 'shed', 'shell', 'itll', 'thatll', 'aint', 'mustnt', 'neednt', 'whove', 'wholl',
]);

export const PRONOUNS_MALE: ReadonlySet<string> = new Set(['he']);
export const PRONOUNS_FEMALE: ReadonlySet<string> = new Set(['she']);
export const PRONOUNS_PLURAL: ReadonlySet<string> = new Set(['they']);
export const SPEAKER_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'it', 'i', 'we']);

/** Words that end a sentence-initial capitalised run when they start a sentence. */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'but', 'and', 'or', 'so', 'yet', 'this', 'that', 'these',
  'those', 'there', 'in', 'on', 'at', 'for', 'with', 'as', 'if', 'when', 'while', 'after', 'before', 'since', 'although',
  'though', 'because', 'his', 'her', 'their', 'our', 'my', 'its', 'no', 'not', 'some', 'many', 'most', 'all', 'any', 'each',
  'every', 'one', 'two', 'three', 'what', 'who', 'why', 'how', 'where', 'which', 'still', 'also', 'indeed', 'meanwhile',
  'however', 'then', 'now', 'here', 'by', 'from', 'of', 'to', 'during', 'despite', 'against', 'under', 'over', 'about',
  'even', 'only', 'just', 'yes', 'well', 'other', 'another', 'such', 'more', 'less', 'both', 'either', 'neither', 'top',
]);

/** Connectors allowed inside multi-word names. */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(['de', 'des', 'da', 'del', 'della', 'di', 'du', 'van', 'von', 'der', 'den', 'bin', 'ibn', 'al', 'el', 'la', 'le', 'dos', 'das', 'y', 'ter', 'ten']);
export const ORG_CONNECTORS: ReadonlySet<string> = new Set(['of', 'for', 'and', '&', 'on', 'the', 'in', 'de', 'des', 'du', 'la', 'le']);

/** Articles and possessive determiners: what opens a noun phrase (`told the crowd`, `called it a disaster`). */
export const ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'the']);
export const POSSESSIVES: ReadonlySet<string> = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your']);
export const ARTICLES_AND_POSSESSIVES: ReadonlySet<string> = new Set([...ARTICLES, ...POSSESSIVES]);
/** Party members named by the party (`a Texas Democrat`, `Ohio Republicans`), lower case. */
export const PARTY_MEMBERS: ReadonlySet<string> = new Set(['democrat', 'democrats', 'republican', 'republicans']);
/** Person nouns that are no title word but are held like one (`the candidate`, `the prosecutor`). */
export const TITLE_LIKE_NOUNS: ReadonlySet<string> = new Set(['candidate', 'prosecutor', 'nominee', 'incumbent', 'challenger']);

export const WEEKDAYS: ReadonlySet<string> = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
export const MONTHS: ReadonlySet<string> = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan.', 'feb.', 'aug.', 'sept.', 'sep.', 'oct.', 'nov.', 'dec.']);

/** Known abbreviations that keep their trailing dot (and do not end a sentence). */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'maj', 'capt', 'sgt', 'adm', 'cmdr', 'brig', 'cpl', 'pvt', 'sen',
  'rep', 'gov', 'rev', 'st', 'jr', 'sr', 'mt', 'ft', 'hon', 'pres', 'atty', 'supt', 'det', 'insp', 'jan', 'feb', 'mar',
  'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'inc', 'corp', 'co', 'ltd', 'vs', 'etc', 'no', 'nos',
  'approx', 'dept', 'univ', 'est', 'messrs', 'mme', 'mlle', 'sens', 'reps', 'govt', 'al', 'op', 'ed', 'fig', 'vol',
]);
/** Abbreviations that never end a sentence (a name or number follows). */
export const PREFIX_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'maj', 'capt', 'sgt', 'adm', 'cmdr', 'brig', 'cpl', 'pvt', 'sen',
  'rep', 'gov', 'rev', 'st', 'mt', 'ft', 'hon', 'pres', 'atty', 'supt', 'det', 'insp', 'no', 'nos', 'messrs', 'mme',
  'mlle', 'sens', 'reps', 'vs', 'approx', 'fig', 'vol',
]);

/**
 * The inflections of regular verbs from a compact spec: entries `base:forms` split by spaces, where `forms` picks `b`
 * (the base), `s` (third person: `cites`, `decries`), `d` (past: `praised`, `decried`) and `g` (gerund: `citing`); a
 * `+` after the base doubles its final consonant before -ed and -ing (`slam+:dg` gives `slammed`, `slamming`). An
 * irregular past is its own base (`read:b`).
 */
export function verbForms(spec: string): string[] {
  const out: string[] = [];
  for (const entry of spec.split(' ')) {
    if (!entry) continue;
    const [head, forms] = entry.split(':');
    const double = head.endsWith('+');
    const base = double ? head.slice(0, -1) : head;
    const stem = double ? base + base[base.length - 1] : base;
    const consY = /[^aeiou]y$/.test(base);
    for (const f of forms) {
      if (f === 'b') out.push(base);
      else if (f === 's') out.push(consY ? base.slice(0, -1) + 'ies' : /(?:s|sh|ch|x|z)$/.test(base) ? base + 'es' : base + 's');
      else if (f === 'd') out.push(consY ? base.slice(0, -1) + 'ied' : base.endsWith('e') ? base + 'd' : stem + 'ed');
      else if (f === 'g') out.push(/[^aeioy]e$/.test(base) ? base.slice(0, -1) + 'ing' : stem + 'ing');
    }
  }
  return out;
}

/** Verbs that name or characterise what someone said (`X called it "..."`, `X described him as "..."`). */
export const NAMING_VERBS: ReadonlySet<string> = new Set(verbForms('call:ds describe:ds dub+:d label:d label+:d brand:d term:d ' +
  'accuse:ds declare:ds refer+:d praise:d denounce:d dismiss:d blast:d slam+:d'));

/** Verbs that tie a short quoted term to the subject before them, besides the speech cues and the naming verbs (`Lee
 *  mocked the plan, calling it "a joke"`, `protesters chanted "..."`, `Lee hailed the toll as a "fair price"`). */
export const TIE_VERBS: ReadonlySet<string> = new Set([...SPEECH_CUES, ...DIRECT_CUES, ...NAMING_VERBS, ...verbForms(
  'call:bg describe:bg dub+:bg label:bg label+:g brand:bg term:bg accuse:g praise:g denounce:g dismiss:g blast:g slam+:g ' +
  'mock:dg chant:bdg quote:dg cite:bsg read:bg urge:g promise:g vow:g pledge:g declare:g insist:dg hail:dg decry:dg ' +
  'tout:dg criticize:dg criticise:dg condemn:dg ridicule:dg lambaste:d liken:d compare:dg name:d nickname:d')]);
