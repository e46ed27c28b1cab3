// The names pass (src/engine/passes/names.ts) on its own: candidates confirmed and linked against the whole document.
// Every text here was written for these tests.
import * as assert from 'node:assert/strict';
import { fuzzySurname, nx, roleTitles, tx } from '../../src/engine/passes/names';
import type { DocState } from '../../src/engine/passes/state';
import { spanText, stateAfter } from './passesHelpers';

/** The confirmed entities written as `written`: their type and canonical name. */
function ents(st: DocState, written: string): Array<[string, string]> {
  return st.docEnts.filter((d) => spanText(st, d) === written).map((d) => [d.type, d.canonical]);
}

describe('names pass', () => {
  it('links a surname and a titled surname to the fullest name of the document', () => {
    const st = stateAfter('names',
      'Mariana Okonkwo, the harbour master, opened the new pier on Friday.',
      'Okonkwo said the pier would carry ferries by June. Ms. Okonkwo thanked the builders.');
    // `Okonkwo` and `Ms. Okonkwo` (whose span is the name; the title is before it).
    assert.deepEqual(ents(st, 'Okonkwo'), [['person', 'Mariana Okonkwo'], ['person', 'Mariana Okonkwo']]);
    assert.equal(st.personFull.get('okonkwo'), 'Mariana Okonkwo');
    assert.ok(st.docEnts.some((d) => d.canonical === 'Mariana Okonkwo' && d.title !== null), 'the titled mention keeps its title');
  });

  it('links a misspelt titled surname written once to the one full name it is close to', () => {
    const st = stateAfter('names',
      'Lydia Brackenhurst runs the county archive.',
      'Ms Brakenhurst said the archive would stay open.');
    assert.deepEqual(ents(st, 'Brakenhurst'), [['person', 'Lydia Brackenhurst']]);
  });

  it('does not link a misspelling whose title disagrees in gender with the full name', () => {
    const st = stateAfter('names',
      'Lydia Brackenhurst runs the county archive.',
      'Mr Brakenhurst said the archive would stay open.');
    assert.ok(!st.docEnts.some((d) => spanText(st, d) === 'Brakenhurst' && d.canonical === 'Lydia Brackenhurst'));
  });

  it('links an acronym to the organisation whose initials it is', () => {
    const st = stateAfter('names',
      'The Northern Rail Authority announced new timetables on Monday.',
      'The NRA said trains would run every ten minutes.');
    assert.deepEqual(ents(st, 'NRA').map(([, c]) => c), ['Northern Rail Authority']);
  });

  it('reads an unknown capitalised word after a place preposition as a place, and a language as none', () => {
    const st = stateAfter('names', 'The convoy stopped in Velmorask overnight and the drivers spoke Swahili.');
    assert.deepEqual(ents(st, 'Velmorask'), [['place', 'Velmorask']]);
    assert.deepEqual(ents(st, 'Swahili'), []);
  });

  it('numbers the candidates densely across paragraphs and indexes the entities by unit', () => {
    const st = stateAfter('names', 'Mariana Okonkwo spoke.', 'Tomas Reyal answered Mariana Okonkwo.');
    for (const d of st.docEnts) {
      assert.equal(st.docEnts[st.entSlots[st.candBase[d.unit] + d.cand]], d);
      assert.ok(st.unitEnts[d.unit].includes(d));
    }
    assert.equal(st.unitEnts.flat().length, st.docEnts.length);
  });
});

describe('names pass helpers', () => {
  it('fuzzySurname finds the only full name within edit distance 1 (2 for long names), else none', () => {
    const full = new Map([['brackenhurst', 'Lydia Brackenhurst'], ['okonkwo', 'Mariana Okonkwo']]);
    assert.equal(fuzzySurname(full, 'brakenhurst'), 'Lydia Brackenhurst');
    assert.equal(fuzzySurname(full, 'bruckenhorst'), 'Lydia Brackenhurst'); // 2 edits, 12 letters
    assert.equal(fuzzySurname(full, 'okonkwa'), 'Mariana Okonkwo');
    assert.equal(fuzzySurname(full, 'okankwa'), null); // 2 edits, 7 letters
    assert.equal(fuzzySurname(full, 'okonk'), null); // too short
    assert.equal(fuzzySurname(new Map([['okonkwo', 'Mariana Okonkwo'], ['okonkwu', 'Ada Okonkwu']]), 'okonkwa'), null); // two candidates
  });

  it('nx and tx describe names and titles', () => {
    const x = nx('Joseph R. Biden Jr.');
    assert.equal(x.sur, 'biden');
    assert.equal(x.words, 4);
    assert.equal(x.pKey, 'p:joseph r. biden jr.');
    assert.equal(nx('The Harbour Board').oKey, 'o:harbour board');
    assert.deepEqual(roleTitles('retired Gen.'), ['gen']);
    assert.equal(tx('Ms.').honorific, 'f');
    assert.equal(tx('Congresswoman').gender, 'f');
    assert.equal(tx('Ms.').isRole, false);
    assert.equal(tx('Sen.').isRole, true);
  });
});
