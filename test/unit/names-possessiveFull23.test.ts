// A full name's stripped possessive joined to the bare surname the document writes (issue 12, twenty-second round).
// Invented text.
import * as assert from 'node:assert/strict';
import { analyze } from '../../src/engine';

const HEAD = 'Headline for a possessive test\n20250302\nhttps://example.org/news/possessive\n';

function people(body: string): string[] {
  const a = analyze(HEAD + body + '\n');
  return a.entities.filter((e) => e.type === 'person').map((e) => `${e.text}/${e.canonical}`);
}

describe('a full name with a stripped possessive and its bare surname (twenty-second round)', () => {
  it('names the full name without the `s` and joins the surname to it', () => {
    const p = people('Marla Quenbys plan for the ferry drew a crowd, organisers said.\nQuenby said the fares would fall.');
    assert.ok(p.includes('Marla Quenbys/Marla Quenby'), p.join(', '));
    assert.ok(p.includes('Quenby/Marla Quenby'), p.join(', '));
  });

  it('works with a titled surname written before the possessive', () => {
    const p = people('Mr. Quenby spoke first.\nTobias Quenbys budget would cut the harbor tax, aides said.');
    assert.ok(p.includes('Tobias Quenbys/Tobias Quenby'), p.join(', '));
    assert.ok(p.includes('Quenby/Tobias Quenby'), p.join(', '));
  });

  it('needs a first name of the lists, or the bare surname after a title, before an unknown first word', () => {
    const a = people('Zorvek Quenbys plan for the ferry drew a crowd, organisers said.\nQuenby said the fares would fall.');
    assert.ok(a.includes('Zorvek Quenbys/Zorvek Quenbys'), a.join(', '));
    const b = people('Zorvek Quenbys plan for the ferry drew a crowd, organisers said.\nMr. Quenby said the fares would fall.');
    assert.ok(b.includes('Zorvek Quenbys/Zorvek Quenby'), b.join(', '));
  });

  it('leaves the bare surname alone when two people share it, or when the surname stands alone in `s`', () => {
    const a = people('Marla Quenbys speech echoed Tobias Quenbys speech of 2010.\nPresident Quenby said the fares would fall.');
    assert.ok(!a.some((e) => /Quenbys\/.*Quenby$/.test(e)), a.join(', ')); // (neither full name loses its `s`)
    assert.ok(a.includes('Quenby/Quenby'), a.join(', ')); // (nor is the president either of them: names-typoPossessive24)
    const b = people('Senator Hal Dorkins spoke first.\nDorkins said the port would close.\nA Dorkin relative said little.');
    assert.ok(b.includes('Hal Dorkins/Hal Dorkins'), b.join(', '));
  });

  it('keeps a surname in `s` when the bare word is a first name or absent', () => {
    const a = people('Ann Roberts said she would run for the harbor board.\nRobert said the vote was close.');
    assert.ok(a.includes('Ann Roberts/Ann Roberts'), a.join(', '));
    const b = people('Marla Quenbys plan for the ferry drew a crowd, organisers said.');
    assert.ok(b.includes('Marla Quenbys/Marla Quenbys'), b.join(', '));
  });
});
