// Curated gazetteers that complement compromise's lexicon on news text.
// Sources: the UN member-state list and common short forms (countries), national capitals and
// large cities often in international news, US states, world regions, and major international
// organisations, government bodies and news agencies as named in English-language wire copy.
// Written for this project from general knowledge; keys are lower case, dots kept (`u.s.`).
import { lexicon, MONTHS, WEEKDAYS } from './lexicon';
import { sortedEntry } from './packedWordMap';
import { CITIES_BIG, CITIES_SMALL } from './data/cities';
import { ownString } from './ownString';

const COUNTRIES = `afghanistan albania algeria andorra angola antigua argentina armenia australia austria azerbaijan bahamas
bahrain bangladesh barbados belarus belgium belize benin bhutan bolivia bosnia botswana brazil brunei bulgaria burkina faso
burundi cambodia cameroon canada chad chile china colombia comoros congo croatia cuba cyprus czechia denmark djibouti
dominica ecuador egypt eritrea estonia eswatini ethiopia fiji finland france gabon gambia georgia germany ghana greece grenada
guatemala guinea guyana haiti honduras hungary iceland india indonesia iran iraq ireland israel italy jamaica japan jordan
kazakhstan kenya kiribati kosovo kuwait kyrgyzstan laos latvia lebanon lesotho liberia libya liechtenstein lithuania luxembourg
madagascar malawi malaysia maldives mali malta mauritania mauritius mexico micronesia moldova monaco mongolia montenegro
morocco mozambique myanmar burma namibia nauru nepal netherlands nicaragua niger nigeria norway oman pakistan palau palestine
panama paraguay peru philippines poland portugal qatar romania russia rwanda samoa senegal serbia seychelles singapore
slovakia slovenia somalia spain sudan suriname sweden switzerland syria taiwan tajikistan tanzania thailand togo tonga
trinidad tunisia turkey turkmenistan tuvalu uganda ukraine uruguay uzbekistan vanuatu venezuela vietnam yemen zambia zimbabwe
britain england scotland wales crimea donbas donbass kashmir tibet greenland`;

const MULTI_PLACES = `united states|united states of america|u.s.|us|usa|u.s.a.|united kingdom|u.k.|uk|great britain|north korea|
south korea|saudi arabia|south africa|new zealand|sri lanka|costa rica|el salvador|ivory coast|sierra leone|czech republic|
dominican republic|central african republic|east timor|timor-leste|north macedonia|papua new guinea|united arab emirates|uae|
bosnia and herzegovina|burkina faso|soviet union|ussr|u.s.s.r.|yugoslavia|czechoslovakia|east germany|west germany|
democratic republic of the congo|democratic republic of congo|republic of the congo|republic of congo|drc|guinea-bissau|
saint kitts and nevis|st. kitts and nevis|saint vincent and the grenadines|saint lucia|st. lucia|sao tome and principe|
são tomé and príncipe|côte d'ivoire|cote d'ivoire|vatican|holy see|western sahara|american samoa|u.s. virgin islands|
new caledonia|somaliland|north kivu|south kivu|darfur|golan heights|xinjiang|
cape verde|equatorial guinea|marshall islands|solomon islands|san marino|vatican city|
west bank|gaza|gaza strip|hong kong|new york|new york city|los angeles|san francisco|washington|washington d.c.|d.c.|
kyiv|kiev|moscow|beijing|brussels|london|paris|berlin|vienna|geneva|rome|madrid|warsaw|minsk|tbilisi|baku|yerevan|
ankara|istanbul|tehran|baghdad|damascus|beirut|jerusalem|tel aviv|cairo|riyadh|doha|dubai|abu dhabi|kabul|islamabad|
new delhi|delhi|mumbai|tokyo|seoul|pyongyang|taipei|manila|jakarta|bangkok|hanoi|canberra|sydney|melbourne|ottawa|
toronto|mexico city|havana|caracas|bogota|lima|santiago|buenos aires|brasilia|nairobi|lagos|addis ababa|khartoum|
tripoli|tunis|algiers|rabat|stockholm|oslo|helsinki|copenhagen|amsterdam|the hague|lisbon|athens|budapest|prague|
bucharest|sofia|belgrade|zagreb|riga|vilnius|tallinn|chisinau|almaty|astana|nur-sultan|tashkent|bishkek|dushanbe|
ashgabat|kharkiv|odesa|odessa|mariupol|donetsk|luhansk|lviv|dnipro|kherson|zaporizhzhia|sevastopol|st. petersburg|
europe|asia|africa|america|americas|north america|south america|latin america|central america|middle east|near east|
far east|eastern europe|western europe|central europe|central asia|south asia|southeast asia|south east asia|east asia|
balkans|baltics|caucasus|arctic|antarctica|scandinavia|mediterranean|black sea|baltic sea|pacific|atlantic|indian ocean|
persian gulf|gulf|sahel|siberia|crimean peninsula|korean peninsula|south china sea|taiwan strait|kurdistan|chechnya|
transnistria|abkhazia|south ossetia|nagorno-karabakh|idlib|aleppo|mosul|kandahar|herat|mecca|medina|
alabama|alaska|arizona|arkansas|california|colorado|connecticut|delaware|florida|hawaii|idaho|illinois|indiana|iowa|
kansas|kentucky|louisiana|maine|maryland|massachusetts|michigan|minnesota|mississippi|missouri|montana|nebraska|nevada|
new hampshire|new jersey|new mexico|north carolina|north dakota|ohio|oklahoma|oregon|pennsylvania|rhode island|
south carolina|south dakota|tennessee|texas|utah|vermont|virginia|west virginia|wisconsin|wyoming|
new south wales|victoria|queensland|south australia|western australia|tasmania|northern territory|ontario|quebec|
houston|austin|dallas|chicago|boston|seattle|atlanta|miami|denver|phoenix|philadelphia|detroit|baltimore|
san diego|san antonio|las vegas|new orleans|portland|minneapolis|pittsburgh|cleveland|st. louis|kansas city|
n.h.|n.j.|n.y.|n.c.|s.c.|n.m.|n.d.|s.d.|r.i.|british columbia|alberta|bavaria|catalonia|northern ireland|silicon valley|wall street|capitol hill|white house`;

const ORGS = `nato|osce|un|u.n.|united nations|eu|e.u.|european union|european commission|european parliament|european council|
council of europe|imf|international monetary fund|world bank|wto|world trade organization|who|world health organization|
world health organisation|unesco|unicef|unhcr|iaea|opec|g7|g20|asean|african union|arab league|interpol|red cross|
international committee of the red cross|amnesty international|human rights watch|greenpeace|oxfam|
security council|un security council|u.n. security council|general assembly|
kremlin|pentagon|state department|justice department|defense department|treasury department|
department of state|department of defense|department of justice|department of homeland security|homeland security|
home office|foreign office|downing street|elysee|congress|senate|house of representatives|house of commons|
house of lords|parliament|duma|state duma|bundestag|knesset|supreme court|federal reserve|fed|cia|fbi|nsa|
kgb|fsb|gru|mi5|mi6|secret service|national security council|joint chiefs of staff|
taliban|hamas|hezbollah|hizbollah|isis|isil|islamic state|al-qaeda|al qaeda|wagner|wagner group|
reuters|associated press|ap|afp|agence france-presse|bloomberg|xinhua|tass|interfax|ria novosti|kcna|
korean central news agency|bbc|cnn|nbc|abc|cbs|fox news|nhk|al jazeera|new york times|washington post|
washington times|wall street journal|financial times|the guardian|guardian|the times|the economist|economist|politico|
axios|associated press|npr|pbs|msnbc|sky news|deutsche welle|le monde|der spiegel|
atlantic council|brookings institution|brookings|heritage foundation|rand|rand corporation|carnegie endowment|
council on foreign relations|chatham house|cato institute|american enterprise institute|
democrats|republicans|democratic party|republican party|gop|labour|labour party|conservative party|conservatives|
tories|liberal democrats|snp|cdu|spd|united russia|
google|apple|microsoft|amazon|facebook|meta|twitter|gazprom|rosneft|naftogaz|boeing|airbus|
fifa|uefa|ioc|olympic committee|international olympic committee|
social security|medicare|medicaid|border patrol|coast guard|national guard|air force|marine corps|royal navy|royal air force|postal service|census bureau|
federal election commission|fec|dnc|rnc|afl-cio|aclu|nra|naacp|upi|planned parenthood|black lives matter`;

const GROUPS = `muslims|christians|jews|hindus|buddhists|sikhs|catholics|protestants|rohingya|kurds|shiites|sunnis|
palestinians|israelis|uyghurs|uighurs|tatars|pashtuns|arabs|europeans|americans|africans|asians|westerners|
latinos|hispanics|bangladeshis|afghans|belgians|pakistanis|iraqis|iranians|syrians|saudis|yemenis|somalis|
ukrainians|russians|belarusians|georgians|armenians|azerbaijanis|kazakhs|chinese|japanese|koreans|vietnamese|
indians|australians|canadians|mexicans|brazilians|germans|french|british|britons|italians|spaniards|poles|
swedes|danes|norwegians|finns|dutch|greeks|turks|egyptians|libyans|nigerians|kenyans|ethiopians|sudanese`;

const ORG_PREFIX_MEDIA = new Set(['times', 'post', 'journal', 'guardian', 'economist', 'telegraph', 'independent', 'herald', 'tribune', 'globe', 'observer', 'atlantic', 'hill', 'spectator', 'nation']);

export interface Gazetteer {
  places: Set<string>;
  orgs: Set<string>;
  groups: Set<string>;
  /** Longest multi-word key, in words. */
  maxWords: number;
  mediaHeads: Set<string>;
}

let cached: Gazetteer | null = null;

/** Words that are never a city by themselves, whatever GeoNames lists. */
const TITLE_LIKE = new Set(['president', 'governor', 'mayor', 'university', 'college', 'saint', 'san', 'santa', 'union', 'victory', 'independence', 'liberty', 'progress', 'unity', 'hope', 'concord', 'temple', 'university park']);

function split(list: string): string[] {
  return list.split(/[|\n\s]*\|[|\n\s]*|\n/).map((s) => s.trim()).filter(Boolean);
}

export function gazetteer(): Gazetteer {
  if (cached) return cached;
  const lex = lexicon();
  const places = new Set<string>();
  const orgs = new Set<string>();
  const groups = new Set<string>();
  for (const w of COUNTRIES.split(/\s+/)) if (w) places.add(w);
  for (const w of split(MULTI_PLACES)) places.add(w);
  for (const w of split(ORGS)) orgs.add(w);
  for (const w of split(GROUPS)) groups.add(w);
  for (const w of lex.places) if (!orgs.has(w)) places.add(w);
  for (const w of lex.orgs) if (!places.has(w)) orgs.add(w);
  for (const w of lex.demonymPlurals) groups.add(w);
  // Lower-case common words that compromise (or the lists above) tag as places/orgs: these count only in
  // capitals (`WHO`, `AP`, `FED`, `RAND`; see UPPER_ONLY) or with more context, never as a lower-case key.
  for (const w of ['who', 'ap', 'fed', 'rand', 'apple', 'amazon', 'meta', 'hill', 'nation']) {
    orgs.delete(w);
    places.delete(w);
  }
  // Celestial bodies are places in GUM's scheme (`on Earth`); only the unambiguous ones.
  for (const w of ['earth', 'mars', 'venus', 'jupiter', 'neptune', 'uranus']) places.add(w);
  let maxWords = 1;
  for (const set of [places, orgs]) for (const k of set) maxWords = Math.max(maxWords, k.split(' ').length);
  cached = { places, orgs, groups, maxWords: Math.min(maxWords, 8), mediaHeads: ORG_PREFIX_MEDIA };
  return cached;
}

let countriesAndStates: Set<string> | null = null;
/** A country or a US state, Canadian province or Australian state of the hand lists (`Russia`, `Ohio`), lower case. */
export function isCountryOrState(low: string): boolean {
  if (!countriesAndStates) countriesAndStates = new Set([...COUNTRIES.split(/\s+/).filter(Boolean), ...split(MULTI_PLACES)]);
  return countriesAndStates.has(low);
}

/** Case-sensitive single words that are organisations only when written in capitals (`WHO`, `AP`, `US`). */
export const UPPER_ONLY: ReadonlyMap<string, 'organization' | 'place'> = new Map([
  ['WHO', 'organization'], ['AP', 'organization'], ['US', 'place'], ['UK', 'place'], ['UAE', 'place'], ['USA', 'place'], ['LA', 'place'],
  ['EU', 'organization'], ['UN', 'organization'], ['FED', 'organization'], ['RAND', 'organization'], ['PAC', 'organization'],
]);

/**
 * Whether `key` is one of the words of `list`: words joined by `|`, sorted in UTF-16 code-unit order (as
 * scripts/build-gazetteer.mjs writes them), none empty. A binary search on the string itself: nothing is split out or
 * allocated, so the first analysis of a worker does not pay for a 10,000-word set (about 4 ms cold) to look up a few
 * dozen names. The same answers as a set of `list.split('|')`.
 */
export function inSortedList(list: string, key: string): boolean {
  return key.length > 0 && key.indexOf('|') < 0 && sortedEntry(list, key, '|', 0) >= 0;
}

const cityMemo = new Map<string, CityKind>();
/** 0: no GeoNames city; 1: a city that is no person name or common word (a place wherever it occurs); 2: a city that is
 *  also a person's name (`Marion`, `Jackson`: a place only after a place preposition). Answered per name on first use
 *  and kept, so that start-up costs nothing. */
export type CityKind = 0 | 1 | 2;
export function cityKind(key: string): CityKind {
  let k = cityMemo.get(key);
  if (k !== undefined) return k;
  k = cityKindOnce(key);
  if (cityMemo.size > 50_000) cityMemo.clear();
  cityMemo.set(ownString(key), k);
  return k;
}
/** A known place by its lower-case name: a country, a US state, a gazetteer place or a GeoNames city (`austin`, `ohio`,
 *  `new mexico`). */
export function isKnownPlace(low: string): boolean {
  return isCountryOrState(low) || gazetteer().places.has(low) || cityKind(low) !== 0;
}
/** A GeoNames city of that name, whatever else the word is (`nice`, `mobile`, `reading`). */
const geoMemo = new Map<string, boolean>();
export function isGeoCity(key: string): boolean {
  let r = geoMemo.get(key);
  if (r !== undefined) return r;
  r = inSortedList(CITIES_BIG, key) || inSortedList(CITIES_SMALL, key);
  if (geoMemo.size > 50_000) geoMemo.clear();
  geoMemo.set(ownString(key), r);
  return r;
}
function cityKindOnce(w: string): CityKind {
  // A town named like a month or a weekday (`March`, England) is read as the date word.
  if (!isGeoCity(w) || MONTHS.has(w) || WEEKDAYS.has(w)) return 0;
  const gz = gazetteer();
  if (gz.places.has(w)) return 1;
  const lex = lexicon();
  if (gz.orgs.has(w) || gz.groups.has(w) || lex.demonyms.has(w) || lex.roleNouns.has(w) || lex.honorifics.has(w)) return 0;
  const words = w.split(' ');
  // A city named like a common word (`Mobile`, `Reading`) is left out; a person's name needs context.
  if (words.length === 1 && (lex.common.has(w) || TITLE_LIKE.has(w))) return 0;
  const first = words[0];
  if (lex.maleNames.has(first) || lex.femaleNames.has(first) || lex.firstNames.has(first) || lex.lastNames.has(w)) return 2;
  return 1;
}
