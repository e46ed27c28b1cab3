// A titled surname's typo link never crosses a stripped possessive `s` (issue 12, twenty-third round). Invented text.
import * as assert from 'node:assert/strict';
import { analyze } from '../../src/engine';
import { possessiveS } from '../../src/engine/passes/names';

const HEAD = 'Headline for a typo test\n20260302\nhttps://example.org/news/typo\n';

function people(body: string): string[] {
  const a = analyze(HEAD + body + '\n');
  return a.entities.filter((e) => e.type === 'person').map((e) => `${e.text}/${e.canonical}`);
}

describe('a titled surname and a full name one `s` longer (twenty-third round)', () => {
  it('does not link `President Quenby` to `Marla Quenbys`', () => {
    const p = people('Marla Quenbys budget drew praise at the harbor, and Quenbys said nothing.\nPresident Quenby said the fares would fall.');
    assert.ok(!p.includes('Quenby/Marla Quenbys'), p.join(', '));
    assert.ok(p.includes('Quenbys/Marla Quenbys'), p.join(', '));
  });

  it('still links a titled surname misspelt by one letter', () => {
    const p = people('Lorvena Hastwick opened the session early.\nMs. Hastwich said the fares would fall.');
    assert.ok(p.includes('Hastwich/Lorvena Hastwick'), p.join(', '));
  });

  it('still links a titled surname in `s` that was read as a possessive to the full name as written', () => {
    const p = people('Lorvena Hastwicks opened the session early.\nMs. Hastwicks said the fares would fall.');
    assert.ok(p.includes('Hastwicks/Lorvena Hastwicks'), p.join(', '));
  });

  it('reads a trailing `s` as a possessive only in that direction', () => {
    assert.equal(possessiveS('quenbys', 'quenby'), true);
    assert.equal(possessiveS('quenby', 'quenbys'), false);
    assert.equal(possessiveS('hastwick', 'hastwich'), false);
  });
});
