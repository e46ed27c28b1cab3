// Entities, eighteenth round (issue 12, branch h-acro19): document-level evidence. An acronym the document defines by
// lower-case words is a term in all its mentions; a title of a work after an article, before its year, is no cited
// author. Every snippet was written for this test (not taken from GUM, PolNeAR or any article).
import * as assert from 'node:assert/strict';
import { analyze } from '../../src/engine';
import type { Analysis } from '../../src/engine/types';
import { tokenize } from '../../src/engine/tokens';
import { lowerDefinedAcronyms } from '../../src/engine/entities/definedAcronyms';
import { entityList } from './entities-news.test';

const HEAD = 'Headline for an acronym test\n20241201\nhttps://example.org/news/acro19\n';
const seed = (...paras: string[]): string => HEAD + paras.join('\n') + '\n';
/** The type of the mention of `text` that starts at the first occurrence of `context` (plus its offset inside it). */
const typeAt = (a: Analysis, src: string, context: string, text: string): string | undefined => {
  const at = src.indexOf(context) + context.indexOf(text);
  assert.ok(at >= 0 && context.includes(text), `${context} / ${text}`);
  return a.entities.find((e) => e.start < at + text.length && e.end > at)?.type;
};

describe('entities, eighteenth round: acronyms defined by the document, titles before a year', () => {
  it('finds acronyms defined by lower-case words, and only those', () => {
    const defs = (s: string) => lowerDefinedAcronyms(tokenize(s));
    assert.deepEqual(defs('Engineers track the ground drag index (GDI) of each hull.'), ['GDI']);
    assert.deepEqual(defs('Slow tide readings (STRs) were logged.'), ['STR']);
    assert.deepEqual(defs('Ground drag index (GDI) values fell.'), ['GDI']);
    assert.deepEqual(defs('The Tovar Freight Union (TFU) voted.'), []);
    assert.deepEqual(defs('The ground drag index (GDX) fell.'), []);
  });

  it('reads later mentions of a lower-case-defined acronym as a term', () => {
    const src = seed('Engineers at the Velk yard track the ground drag index (GDI) of each hull.',
      'A hull set square to the GDI takes more strain than one parallel to the GDI, Maren Holt wrote.',
      'The GDI rose in the spring tests.');
    const a = analyze(src);
    const list = entityList(a);
    assert.equal(typeAt(a, src, 'square to the GDI', 'GDI'), undefined, list);
    assert.equal(typeAt(a, src, 'parallel to the GDI', 'GDI'), undefined, list);
    assert.equal(typeAt(a, src, 'The GDI rose', 'GDI'), undefined, list);
    assert.equal(typeAt(a, src, 'Maren Holt', 'Maren Holt'), 'person', list);
  });

  it('keeps an acronym defined by an organisation\'s name', () => {
    const src = seed('The Tovar Freight Union (TFU) voted on Monday to strike at the Velk yard.',
      'The TFU said the vote was close.');
    const a = analyze(src);
    assert.equal(typeAt(a, src, 'The TFU said', 'TFU'), 'organization', entityList(a));
  });

  it('reads a title of a work after an article before its year as no author', () => {
    const src = seed('Her stage roles include The Marshkeeper (2011) and Supper by the Weir (2014), and Quillan (2009) praised them.');
    const a = analyze(src);
    const list = entityList(a);
    assert.notEqual(typeAt(a, src, 'The Marshkeeper', 'Marshkeeper'), 'person', list);
    assert.notEqual(typeAt(a, src, 'the Weir (2014)', 'Weir'), 'person', list);
    assert.equal(typeAt(a, src, 'Quillan (2009)', 'Quillan'), 'person', list);
  });

  it('reads a title after a work noun before its year as no author (`the film Harrowgate (2009)`)', () => {
    const src = seed('He played a ferryman in the fantasy film Harrowgate (2009), and the critic Ostrel (2010) called it dull.',
      'His novel Quillmere (2012) sold well, as Dravin and Sottle (2015) note.');
    const a = analyze(src);
    const list = entityList(a);
    assert.notEqual(typeAt(a, src, 'film Harrowgate', 'Harrowgate'), 'person', list);
    assert.notEqual(typeAt(a, src, 'novel Quillmere', 'Quillmere'), 'person', list);
    assert.equal(typeAt(a, src, 'Dravin and', 'Dravin'), 'person', list);
  });
});
