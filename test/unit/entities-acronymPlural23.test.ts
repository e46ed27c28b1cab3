// A plural of members written in capitals is no acronym's stripped possessive (issue 12, twenty-second round).
// Invented text.
import * as assert from 'node:assert/strict';
import { analyze } from '../../src/engine';
import { tokenize } from '../../src/engine/tokens';
import { acronymPossessive } from '../../src/engine/entities/acronymPossessive';

const HEAD = 'Headline for an acronym plural test\n20250309\nhttps://example.org/news/acronym-plural\n';

function ents(body: string): string[] {
  const a = analyze(HEAD + body + '\n');
  return a.entities.map((e) => `${e.text}/${e.type}/${e.canonical}`);
}

/** The rule's answer for the first word of `text` that has the shape. */
function owner(text: string): string | null {
  const toks = tokenize(text);
  const i = toks.findIndex((t) => /^[A-Z]{2,5}s$/.test(t.t));
  return acronymPossessive(toks, i);
}

describe('a plural of members in capitals (twenty-second round)', () => {
  it('reads a word shaped as a participle or adjective before a place phrase as a plural', () => {
    assert.equal(owner('Most nights BATs active on the river keep the ferry lights on.'), null);
    assert.equal(owner('Later QRTs stationed near the quay were told to wait.'), null);
    assert.equal(owner('Now QRTs deployed across Tolvanen report each hour.'), null);
  });

  it('reads a count or a plural determiner before it as a plural', () => {
    assert.equal(owner('There were two QRTs waiting at the quay.'), null);
    assert.equal(owner('About 40 QRTs joined the drill on Sunday.'), null);
  });

  it('keeps possessives of a station, a wire service and a firm', () => {
    assert.equal(owner('A QWRBs poll of 500 riders found the ferry ahead.'), 'QWRB');
    assert.equal(owner('Rook told QWRBs reporter Inka Sorvali the pier was closed.'), 'QWRB');
    assert.equal(owner('Critics called ZPWs report on the ferry a rush.'), 'ZPW');
    assert.equal(owner('The merger may have shaped KVRs decision on the pier.'), 'KVR');
    assert.equal(owner('Analysts said KVRs need for dock space grew.'), 'KVR');
  });

  it('gives no organisation to the plural anywhere in the document', () => {
    const body = 'The BATs met in Tolvanen on Monday.\nOn Tuesday BATs active on the river voted to skip the regatta.';
    assert.ok(!ents(body).some((e) => e.startsWith('BATs')), ents(body).join(', '));
  });
});
