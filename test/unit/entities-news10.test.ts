// Entities, sixteenth round (issue 12): one set of heads read by all, and the error classes it left. Every snippet was
// written for this test (not taken from GUM, PolNeAR or any article).
import * as assert from 'node:assert/strict';
import { analyze } from '../../src/engine';
import type { Analysis } from '../../src/engine/types';
import { entityList } from './entities-news.test';

const HEAD = 'Headline for a sixteenth entity test\n20241201\nhttps://example.org/news/entities16\n';
const seed = (...paras: string[]): string => HEAD + paras.join('\n') + '\n';
/** The type of the mention of `text` that starts at the first occurrence of `context` (plus its offset inside it). */
const typeAt = (a: Analysis, src: string, context: string, text: string): string | undefined => {
  const at = src.indexOf(context) + context.indexOf(text);
  assert.ok(at >= 0 && context.includes(text), `${context} / ${text}`);
  return a.entities.find((e) => e.start === at && e.end === at + text.length)?.type;
};

describe('entities, sixteenth round: events', () => {
  it('reads no person in an event named after one (`the Tessa Varn Awards`, `the Harbour Safety Summit`)', () => {
    const src = seed('Guests gathered for the Tessa Varn Awards in Dunmore on Friday, and Tessa Varn spoke.',
      'Ministers flew to the biennial Harbour Safety Summit, an event first held in Corlin.');
    const a = analyze(src);
    const list = entityList(a);
    assert.equal(typeAt(a, src, 'Tessa Varn Awards', 'Tessa Varn Awards'), undefined, list);
    assert.equal(typeAt(a, src, 'Harbour Safety Summit', 'Harbour Safety Summit'), undefined, list);
    assert.equal(typeAt(a, src, 'and Tessa Varn', 'Tessa Varn'), 'person', list);
  });
});

describe('entities, sixteenth round: work role nouns are role nouns for all', () => {
  it('reads a stripped quote after `The veteran lobbyist said,` (a role noun compromise does not tag)', () => {
    const src = seed('Dana Reel has fought the bridge tolls for a decade. The veteran lobbyist said, the new ferry timetable is a disgrace and the council should scrap it by spring.');
    const a = analyze(src);
    assert.equal(a.quotes.length, 1, JSON.stringify(a.quotes));
    assert.ok(a.quotes[0].text.startsWith('the new ferry timetable'), a.quotes[0].text);
  });
});

describe('entities, sixteenth round: firms named with an ampersand', () => {
  it('reads `X & Y`, `X & Y Partners`, `X & Co.` and `AT&T`-shaped names as one organisation', () => {
    const src = seed('The deal was handled by Dunmore & Vell, a firm in Corlin, and by Harlan & Quist Partners.',
      'Tessa Orr, a lawyer at Orrin & Co. in Corlin, said nothing, and the carrier QT&V raised its prices.');
    const a = analyze(src);
    const list = entityList(a);
    assert.equal(typeAt(a, src, 'Dunmore & Vell', 'Dunmore & Vell'), 'organization', list);
    assert.equal(typeAt(a, src, 'Harlan & Quist Partners', 'Harlan & Quist Partners'), 'organization', list);
    assert.equal(typeAt(a, src, 'Orrin & Co.', 'Orrin & Co.'), 'organization', list);
    assert.equal(typeAt(a, src, 'QT&V', 'QT&V'), 'organization', list);
    assert.equal(typeAt(a, src, 'Tessa Orr', 'Tessa Orr'), 'person', list);
  });

  it('leaves two people, cited authors and two common words apart', () => {
    const src = seed('Ann & Tom went home early. The survey by Vell & Quist 2014 found the same.',
      'She sold jam at the Arts & Crafts fair in Corlin.');
    const a = analyze(src);
    const list = entityList(a);
    assert.notEqual(typeAt(a, src, 'Ann & Tom', 'Ann & Tom'), 'organization', list);
    assert.equal(typeAt(a, src, 'Ann & Tom', 'Ann'), 'person', list);
    assert.notEqual(typeAt(a, src, 'Vell & Quist', 'Vell & Quist'), 'organization', list);
    assert.equal(typeAt(a, src, 'Arts & Crafts', 'Arts & Crafts'), undefined, list);
  });
});

describe('entities, sixteenth round: a title word opening the organisation after a title chain', () => {
  it('reads `Chair of the National Harbour Council` as the title and the whole council', () => {
    const src = seed('As Chair of the National Harbour Council, I opened the new pier at Corlin on Monday.');
    const a = analyze(src);
    const list = entityList(a);
    assert.equal(typeAt(a, src, 'National Harbour Council', 'National Harbour Council'), 'organization', list);
    assert.equal(typeAt(a, src, 'Harbour Council', 'Harbour Council'), undefined, list);
  });
});

describe('entities, sixteenth round: unknown acronyms of broadcasters', () => {
  it('reads an acronym before a broadcaster noun, or after `told`, as an organisation', () => {
    const src = seed('A QXNB anchor asked the mayor twice about the ferry.', 'The mayor told WQRT on Monday that fares would fall.');
    const a = analyze(src);
    const list = entityList(a);
    assert.equal(typeAt(a, src, 'QXNB anchor', 'QXNB'), 'organization', list);
    assert.equal(typeAt(a, src, 'told WQRT', 'WQRT'), 'organization', list);
  });
});

describe('entities, sixteenth round: rooms and venues are places', () => {
  it('reads `the East Room`, `the Situation Room` and `Harbour Golf Resort` as places', () => {
    const src = seed('Dana Orr spoke in the East Room of the Corlin Palace, then met aides in the Situation Room.',
      'The band played at the Harbour Golf Resort on Friday.');
    const a = analyze(src);
    const list = entityList(a);
    assert.equal(typeAt(a, src, 'East Room', 'East Room'), 'place', list);
    assert.equal(typeAt(a, src, 'Situation Room', 'Situation Room'), 'place', list);
    assert.equal(typeAt(a, src, 'Harbour Golf Resort', 'Harbour Golf Resort'), 'place', list);
  });
});

describe('entities, sixteenth round: two titled people joined by `and`', () => {
  it('splits `President X and Vice President Y` and `Chairman X and Deputy Director Y`', () => {
    const src = seed('President Tom Vell and Vice President Ann Orr met on Monday.', 'Chairman Ivo Tarn and Deputy Director Lea Moss agreed.');
    const a = analyze(src);
    const list = entityList(a);
    assert.equal(typeAt(a, src, 'Tom Vell', 'Tom Vell'), 'person', list);
    assert.equal(typeAt(a, src, 'Ann Orr', 'Ann Orr'), 'person', list);
    assert.equal(typeAt(a, src, 'Ivo Tarn', 'Ivo Tarn'), 'person', list);
    assert.equal(typeAt(a, src, 'Lea Moss', 'Lea Moss'), 'person', list);
  });
});

describe('entities, sixteenth round: a compound modifier of origin before a name', () => {
  it('leaves `Texas-based`, `Korean-born` out of the name after it', () => {
    const src = seed('The sale was led by Corlin-based Tom Vell and Norvish-born Ann Orr on Monday.');
    const a = analyze(src);
    const list = entityList(a);
    assert.equal(typeAt(a, src, 'Tom Vell', 'Tom Vell'), 'person', list);
    assert.equal(typeAt(a, src, 'Ann Orr', 'Ann Orr'), 'person', list);
  });
});

describe('entities, sixteenth round: plural titles and a title word opening an organisation', () => {
  it('leaves `Senators` out of the name after it', () => {
    const src = seed('He called Senators Tom Vell and Ann Orr on Monday.');
    const a = analyze(src);
    const list = entityList(a);
    assert.equal(typeAt(a, src, 'Tom Vell', 'Tom Vell'), 'person', list);
    assert.equal(typeAt(a, src, 'Ann Orr', 'Ann Orr'), 'person', list);
  });

  it('reads `the General Harbour Administration` whole', () => {
    const src = seed('She heads the General Harbour Administration in Corlin.');
    const a = analyze(src);
    assert.equal(typeAt(a, src, 'General Harbour Administration', 'General Harbour Administration'), 'organization', entityList(a));
  });
});

describe('entities, sixteenth round: a titled person before `and`', () => {
  it('splits `Gov. X Y and Z W` and `Mr. X and the Y family`, keeps `Secretary of Health and Human Services`', () => {
    const src = seed('Gov. Tom Vell and Jeb Orr failed to win Corlin.', 'The feud between Mr. Quist and the Harlan family went on.',
      'Secretary of Health and Human Services Lea Moss spoke.');
    const a = analyze(src);
    const list = entityList(a);
    assert.equal(typeAt(a, src, 'Tom Vell', 'Tom Vell'), 'person', list);
    assert.equal(typeAt(a, src, 'Mr. Quist', 'Quist'), 'person', list);
    assert.equal(typeAt(a, src, 'Lea Moss', 'Lea Moss'), 'person', list);
    assert.ok(!a.entities.some((e) => /and (?:Jeb|the)/.test(src.slice(e.start, e.end))), list);
  });
});

describe('entities, sixteenth round: committees, caucuses and a person owning a head', () => {
  it('reads `X PAC`, `X Caucus` and `X Technologies` as organisations', () => {
    const src = seed('The Harbour Future PAC paid for the ad, and the Congressional Rural Caucus met.', 'Quillan Technologies said it would sell.');
    const a = analyze(src);
    const list = entityList(a);
    assert.equal(typeAt(a, src, 'Harbour Future PAC', 'Harbour Future PAC'), 'organization', list);
    assert.equal(typeAt(a, src, 'Congressional Rural Caucus', 'Congressional Rural Caucus'), 'organization', list);
    assert.equal(typeAt(a, src, 'Quillan Technologies', 'Quillan Technologies'), 'organization', list);
  });

  it('leaves `<surname>\'s PAC` to the person, with no organisation over the name', () => {
    const src = seed('Rita Kowalski spoke first. Money went to Kowalski\'s PAC on Monday.');
    const a = analyze(src);
    const list = entityList(a);
    assert.ok(!a.entities.some((e) => src.slice(e.start, e.end) === "Kowalski's PAC"), list);
    assert.equal(typeAt(a, src, "Kowalski's PAC", 'Kowalski'), 'person', list);
  });
});

describe('entities, sixteenth round: publications named with `Daily`', () => {
  it('reads `the Daily Quill` as an organisation mid-sentence', () => {
    const src = seed('He was profiled in the Daily Quill last week, and Lloyd Pennow wrote it.');
    const a = analyze(src);
    assert.equal(typeAt(a, src, 'Daily Quill', 'Daily Quill'), 'organization', entityList(a));
  });
});

describe('entities, sixteenth round, second part: a name before an age in commas', () => {
  it('reads `Hla Vun, 52,` and `Sonora Vaskelt, 29,` as people, so the pronoun after them has a speaker', () => {
    const src = seed('Outside the depot, Hla Vun, 52, waited for the night bus. "The timetable is a riddle," she said.',
      'A cyclist, Sonora Vaskelt, 29, rode past the queue. "Nobody reads the posters," she said.');
    const a = analyze(src);
    const list = entityList(a);
    assert.equal(typeAt(a, src, 'Hla Vun, 52', 'Hla Vun'), 'person', list);
    assert.equal(typeAt(a, src, 'Sonora Vaskelt, 29', 'Sonora Vaskelt'), 'person', list);
    const names = a.quotes.map((q) => a.actors.find((x) => x.id === q.speaker)?.name ?? null);
    assert.deepEqual(names, ['Hla Vun', 'Sonora Vaskelt'], JSON.stringify(a.quotes));
  });

  it('takes no year, and no number over 119, for an age (`Hla Vun, 2019,`, `Hla Vun, 300,`)', () => {
    const src = seed('The plant at Hla Vun, 2019, shut, and the one at Hla Vun, 300, opened.');
    const a = analyze(src);
    const list = entityList(a);
    assert.notEqual(typeAt(a, src, 'Hla Vun, 2019', 'Hla Vun'), 'person', list);
    assert.notEqual(typeAt(a, src, 'Hla Vun, 300', 'Hla Vun'), 'person', list);
  });
});
