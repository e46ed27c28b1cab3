// Entities, eighteenth round (issue 12, branch h-entspur19): spurious and mistyped names. Plural acronyms, the agency
// of a photo credit, months before a verb, common nouns written as acronyms. Every snippet was written for this test
// (not taken from GUM, PolNeAR or any article).
import * as assert from 'node:assert/strict';
import { analyze } from '../../src/engine';
import type { Analysis } from '../../src/engine/types';
import { entityList } from './entities-news.test';

const HEAD = 'Headline for an eighteenth entity test\n20241201\nhttps://example.org/news/entities18\n';
const seed = (...paras: string[]): string => HEAD + paras.join('\n') + '\n';
/** The type of the mention of `text` that starts at the first occurrence of `context` (plus its offset inside it). */
const typeAt = (a: Analysis, src: string, context: string, text: string): string | undefined => {
  const at = src.indexOf(context) + context.indexOf(text);
  assert.ok(at >= 0 && context.includes(text), `${context} / ${text}`);
  return a.entities.find((e) => e.start < at + text.length && e.end > at)?.type;
};

describe('entities, eighteenth round: spurious and mistyped names', () => {
  it('reads an acronym in the plural as a term, not an organisation', () => {
    const src = seed('By March, 14 ZKPs had filed papers with the county clerk in Dorvale.',
      'Builders of QLMs rather than the city paid for the new wharf, Ada Pellow wrote.',
      'The harbour board said the rival RFDs backing the ferry plan spent little.');
    const a = analyze(src);
    const list = entityList(a);
    assert.equal(typeAt(a, src, '14 ZKPs had', 'ZKPs'), undefined, list);
    assert.equal(typeAt(a, src, 'of QLMs rather', 'QLMs'), undefined, list);
    assert.equal(typeAt(a, src, 'rival RFDs backing', 'RFDs'), undefined, list);
    assert.equal(typeAt(a, src, 'Ada Pellow', 'Ada Pellow'), 'person', list);
  });

  it('keeps a known acronym with its apostrophe stripped as the organisation', () => {
    const src = seed('Mayor Ilse Varn told CNNs host on Sunday that the wharf would open.');
    const a = analyze(src);
    assert.equal(typeAt(a, src, 'CNNs host', 'CNN'), 'organization', entityList(a));
  });

  it('reads the source of a photo credit as an organisation', () => {
    const src = seed('The old ferry leaves the Dorvale pier for the last time on Sunday.',
      'Mara Tollen via Brightlens Pictures.',
      'Trains run from Velk via Alder Mell to the coast.');
    const a = analyze(src);
    const list = entityList(a);
    assert.equal(typeAt(a, src, 'via Brightlens Pictures', 'Brightlens Pictures'), 'organization', list);
    assert.equal(typeAt(a, src, 'Mara Tollen via', 'Mara Tollen'), 'person', list);
    // Not a credit line: words in lower case before `via`.
    assert.notEqual(typeAt(a, src, 'via Alder Mell', 'Alder Mell'), 'organization', list);
  });

  it('reads a month after a time word, or after `the` before a noun, as a date even when a verb follows', () => {
    const src = seed('A survey by the guild in April found Mayor Ilse Varn ahead by six points.',
      'Her aides met in Dorvale to plan for the October states, which vote late.',
      'The union, which in November will face a vote on the wharf, did not comment.');
    const a = analyze(src);
    const list = entityList(a);
    assert.equal(typeAt(a, src, 'in April found', 'April'), undefined, list);
    assert.equal(typeAt(a, src, 'the October states', 'October'), undefined, list);
    assert.equal(typeAt(a, src, 'in November will', 'November'), undefined, list);
    assert.equal(typeAt(a, src, 'Ilse Varn', 'Ilse Varn'), 'person', list);
  });

  it('reads common nouns written as acronyms (`VAT`, `VP`, `IG`) as no name', () => {
    const src = seed('Senator Ola Brenn proposed an 8 percent VAT, and her choice for VP praised it.',
      'The IG report on the wharf found no fraud, Ola Brenn said.');
    const a = analyze(src);
    const list = entityList(a);
    assert.equal(typeAt(a, src, 'percent VAT', 'VAT'), undefined, list);
    assert.equal(typeAt(a, src, 'for VP praised', 'VP'), undefined, list);
    assert.equal(typeAt(a, src, 'The IG report', 'IG'), undefined, list);
  });
});
