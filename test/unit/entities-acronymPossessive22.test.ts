// An unknown acronym's possessive with its apostrophe stripped (issue 12, twenty-first round). Invented text.
import * as assert from 'node:assert/strict';
import { analyze } from '../../src/engine';

const HEAD = 'Headline for an acronym test\n20250302\nhttps://example.org/news/acronym\n';

function ents(body: string): string[] {
  const a = analyze(HEAD + body + '\n');
  return a.entities.map((e) => `${e.text}/${e.type}/${e.canonical}`);
}

describe('an unknown acronym with a stripped possessive (twenty-first round)', () => {
  it('names the station without the `s` when it owns a word', () => {
    assert.ok(ents('A QWRBs poll of 500 riders found the ferry ahead in Tolvanen County.').includes('QWRBs/organization/QWRB'));
    assert.ok(ents('Last week QWRBs reporter Inka Sorvali said the pier was closed.').includes('QWRBs/organization/QWRB'));
  });

  it('leaves plurals and common capitals alone', () => {
    for (const body of [
      'The NGOs report on the pier was late.',
      'Three PACs spent money on the harbor race.',
      'The board met twice, and CEOs from Tolvanen came.',
      'Many LLMs rather than people wrote the reviews.',
      'She has lived for years in QVs tight-knit harbor quarter.',
    ]) {
      assert.ok(!ents(body).some((e) => /^(NGO|PAC|CEO|LLM|QV)/.test(e)), `${body}: ${ents(body).join(', ')}`);
    }
  });
});
