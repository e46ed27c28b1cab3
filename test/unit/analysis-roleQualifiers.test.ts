// Two holders of one role told apart by the qualifier the noun phrase shares with one introduction (`the Lorn
// governor` when `Lorn Gov. Ada Quill` and `Gov. Bram Petty of Vessa` are both named). Every snippet here was written
// for these tests.
import * as assert from 'node:assert/strict';
import { analyze } from '../../src/engine';
import { quoteStarting, speakerName } from './analysisHelpers';

const HEAD = 'Governors meet on river levy\n20240311\nhttps://example.org/news/levy\n';
const seed = (...paras: string[]): string => HEAD + paras.join('\n') + '\n';
const TWO = 'Lorn Gov. Ada Quill met Gov. Bram Petty of Vessa at the bridge on Monday.';

describe('role qualifiers: two holders of a role', () => {
  it('names the holder whose introduction has the qualifier before the title', () => {
    const a = analyze(seed(TWO, '"The levy can wait a year," the Lorn governor said.'));
    assert.equal(speakerName(a, quoteStarting(a, 'The levy can wait')), 'Ada Quill');
  });

  it('reads the qualifier after the role preposition (`the governor of Vessa`)', () => {
    const a = analyze(seed('Ada Quill, the governor of Lorn, met Bram Petty, the governor of Vessa, at the bridge.',
      '"The toll stays as it is," the Vessa governor said.'));
    assert.equal(speakerName(a, quoteStarting(a, 'The toll stays')), 'Bram Petty');
  });

  it('a `former` the title carries still wins (a role word already)', () => {
    const a = analyze(seed('Sen. Ivo Marsh spoke after former Sen. Lena Hoyt at the hall.',
      '"The hall needs a new roof," the former senator said.'));
    assert.equal(speakerName(a, quoteStarting(a, 'The hall needs')), 'Lena Hoyt');
  });

  it('reads a place glued to a capitalised credit line (`PRESSLorn`)', () => {
    const a = analyze(seed('Photo: KESTREL PRESSLorn Gov. Ada Quill waves beside Gov. Bram Petty of Vessa.',
      '"The levy can wait a year," the Lorn governor said.'));
    assert.equal(speakerName(a, quoteStarting(a, 'The levy can wait')), 'Ada Quill');
  });

  it('carries the named holder to a pronoun in the next paragraph (stripped text)', () => {
    const a = analyze(seed(TWO, 'The Lorn governor said the levy would wait a year.',
      'We will not tax the harvest twice, she said.'));
    assert.equal(speakerName(a, quoteStarting(a, 'We will not tax')), 'Ada Quill');
  });

  it('keeps the tie when no qualifier or both match', () => {
    for (const np of ['the governor', 'the northern governor']) {
      const a = analyze(seed(TWO, `"The levy can wait a year," ${np} said.`));
      assert.notEqual(speakerName(a, quoteStarting(a, 'The levy can wait')), 'Ada Quill', np);
      assert.notEqual(speakerName(a, quoteStarting(a, 'The levy can wait')), 'Bram Petty', np);
    }
    const both = analyze(seed('Lorn Gov. Ada Quill met Lorn Gov. Bram Petty at the bridge.', '"The levy can wait," the Lorn governor said.'));
    assert.notEqual(speakerName(both, quoteStarting(both, 'The levy can wait')), 'Ada Quill');
  });

  it('a single holder still wins without a qualifier', () => {
    const a = analyze(seed('Vessa Gov. Bram Petty opened the bridge.', '"The toll stays," the Lorn governor said.'));
    assert.equal(speakerName(a, quoteStarting(a, 'The toll stays')), 'Bram Petty');
  });
});

describe('role index: a modifier before the role noun makes another office', () => {
  it('`the president` is not the vice president (and `the vice president` is)', () => {
    const a = analyze(seed('President Orla Venn and Vice President Tomas Greer toured the dam at Brell on Friday.',
      'The president said on Friday that the spillway would be rebuilt, and added: "We owe the valley that much."',
      '"The contracts go out in May," the vice president said.'));
    assert.equal(speakerName(a, quoteStarting(a, 'We owe the valley')), 'Orla Venn');
    assert.equal(speakerName(a, quoteStarting(a, 'The contracts go out')), 'Tomas Greer');
  });

  it('`the director` is not a deputy director', () => {
    const a = analyze(seed('Deputy Director Nils Amberg of the water board met farmers in Brell on Friday.',
      '"The canal opens in June," the director said.'));
    assert.notEqual(speakerName(a, quoteStarting(a, 'The canal opens')), 'Nils Amberg');
  });
});
