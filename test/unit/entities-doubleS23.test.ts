// A name ending in `s` whose stripped possessive adds `s` (issue 12, twenty-second round). Invented text.
import * as assert from 'node:assert/strict';
import { analyze } from '../../src/engine';

const HEAD = 'Headline for a double s test\n20250309\nhttps://example.org/news/double-s\n';

function ents(body: string): string[] {
  const a = analyze(HEAD + body + '\n');
  return a.entities.map((e) => `${e.text}/${e.type}/${e.canonical}`);
}

describe('a stripped possessive that adds `s` to a name in `s` (twenty-second round)', () => {
  it('names an organisation read through its head without the `s`', () => {
    const got = ents('Investors in Corrin Labs lost money. Analysts later cut Corrin Labss valuation by half.');
    assert.ok(got.includes('Corrin Labss/organization/Corrin Labs'), got.join(', '));
    assert.ok(ents('Students said the Brandvik Universitys budget would shrink.').includes('Brandvik Universitys/organization/Brandvik University'));
  });

  it('links a one-word firm in `ss` to the firm the document names', () => {
    const got = ents('Shares of Quorvanos fell after Quorvanos, the blood-testing firm, lost a suit. Analysts questioned Quorvanoss valuation.');
    assert.ok(got.includes('Quorvanoss/organization/Quorvanos'), got.join(', '));
  });

  it('leaves a name in `ss` alone when the document has no such firm', () => {
    const got = ents('Analysts questioned Quorvanoss valuation on Monday.');
    assert.ok(!got.some((e) => e.startsWith('Quorvanoss/organization')), got.join(', '));
    const plural = ents('The National Institutes of Health said the Tolvane Institutes were late.');
    assert.ok(plural.includes('National Institutes of Health/organization/National Institutes of Health'), plural.join(', '));
  });
});
