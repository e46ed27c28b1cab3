// The actors pass (src/engine/passes/actors.ts) on its own, after the names pass. Every text here was written for
// these tests.
import * as assert from 'node:assert/strict';
import { addRole, cleanRole, collectiveActor } from '../../src/engine/passes/actors';
import { stateAfter } from './passesHelpers';

describe('actors pass', () => {
  it('makes one person actor of all the forms of a name, with gender and role from the title', () => {
    const st = stateAfter('actors',
      'Sen. Mariana Okonkwo opened the new pier on Friday.',
      'Okonkwo said the pier would carry ferries by June.');
    const a = st.actors.get('p:mariana okonkwo');
    assert.ok(a, 'actor made');
    assert.equal(a.type, 'person');
    assert.equal(a.mentions.length, 2);
    assert.deepEqual([...a.forms], ['Sen. Mariana Okonkwo', 'Mariana Okonkwo', 'Okonkwo']);
    assert.equal(a.role, 'Sen.');
    assert.ok(st.docEnts.filter((d) => d.type === 'person').every((d) => d.actorKey === 'p:mariana okonkwo'));
  });

  it('takes the gender from a gendered title, else from an unambiguous first name', () => {
    const st = stateAfter('actors', 'Ms. Dana Velloway met Robert Quarnby and Quinn Tenbury on Monday.');
    assert.equal(st.actors.get('p:dana velloway')?.gender, 'f');
    assert.equal(st.actors.get('p:robert quarnby')?.gender, 'm');
    assert.equal(st.actors.get('p:quinn tenbury')?.gender ?? null, null);
  });

  it('reads the role from an appositive after the name, and from one in an attribution', () => {
    const st = stateAfter('actors',
      'Robert Quarnby, a former harbour pilot, opened the meeting.',
      'The plan is late, said Dana Velloway, the head of the ferry union.');
    assert.equal(st.actors.get('p:robert quarnby')?.role, 'a former harbour pilot');
    assert.equal(st.actors.get('p:dana velloway')?.role, 'the head of the ferry union');
  });

  it('makes actors only of organisations that act (followed by a verb, or an attribution subject)', () => {
    const st = stateAfter('actors',
      'The Northern Rail Authority announced new timetables.',
      'The mayor praised a report of the Coastal Ferry Company on Monday.');
    assert.ok(st.actors.has('o:northern rail authority'), 'acting organisation');
    assert.ok(!st.actors.has('o:coastal ferry company'), 'an organisation that does nothing is no actor');
    const org = st.docEnts.find((d) => d.canonical === 'Coastal Ferry Company');
    assert.ok(org && org.actorKey === null);
  });

  it('makes one collective actor for bare quantifiers and one per collective noun', () => {
    const st = stateAfter('actors', 'Some have warned about the bridge.', 'Local fishermen said the bridge was too low.');
    const some = collectiveActor(st, { kind: 'collective', s: 0, e: 4, ent: -1, name: '' }, st.units[1].start);
    assert.equal(some.key, 'c:unnamed sources');
    assert.equal(some.name, 'unnamed sources');
    const fishermen = collectiveActor(st, { kind: 'collective', s: 0, e: 15, ent: -1, name: '' }, st.units[2].start);
    assert.equal(fishermen.key, 'c:local fishermen');
    assert.equal(fishermen.name, 'local fishermen');
    assert.deepEqual(fishermen.mentions, [{ start: st.units[2].start, end: st.units[2].start + 15 }]);
  });

  it('cleanRole and addRole keep roles short, clean and each part once', () => {
    assert.equal(cleanRole('71, a retired teacher,'), 'a retired teacher');
    assert.equal(cleanRole('who cut short a trip'), null);
    assert.equal(cleanRole('the "best" mayor'), null);
    assert.equal(cleanRole('x'), null);
    assert.equal(addRole(null, 'Sen.'), 'Sen.');
    assert.equal(addRole('Sen.', 'a former pilot'), 'Sen.; a former pilot');
    assert.equal(addRole('Sen.; a former pilot', 'A Former Pilot'), 'Sen.; a former pilot');
  });
});
