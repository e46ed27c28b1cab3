// Entities, twenty-sixth round (issue 12, branch h-ents27): a lone first name for a person the document names in full
// (`Marla` after `Marla Dalworth`, `the Dorian` after `Dorian Varrow`), and a surname no list knows in a title-case
// headline (`Dalworth Wins ...`) when the body names that person in full.
// Every snippet was written for this test (not taken from GUM, PolNeAR or any article); the names are invented.
import * as assert from 'node:assert/strict';
import { analyze } from '../../src/engine';

const seed = (headline: string, ...paras: string[]): string => `${headline}\n20261202\nhttps://example.org/news/names27\n${paras.join('\n')}\n`;
/** Entities as `type:text`, in order. */
const ents = (src: string): string[] => analyze(src).entities.map((e) => `${e.type}:${src.slice(e.start, e.end)}`);
/** Each person actor as `name[aliases]`. */
const actors = (src: string): string[] => analyze(src).actors.filter((a) => a.type === 'person').map((a) => `${a.name}[${a.aliases.join('|')}]`);

describe('entities, twenty-sixth round: lone first names and title-case headlines', () => {
  it('links a lone first name to the one full name the document opens with it', () => {
    const src = seed('A plain headline about a race', 'Senator Marla Dalworth won on Tuesday.', 'Marla thanked her volunteers and said the race was close.');
    assert.deepEqual(ents(src).filter((x) => x.startsWith('person')), ['person:Marla Dalworth', 'person:Marla']);
    assert.equal(actors(src).length, 1, actors(src).join(', '));
    assert.ok(actors(src)[0].startsWith('Marla Dalworth['), actors(src)[0]);
  });

  it('links a first name after `the` (a nickname) to the full name, not an actor of its own', () => {
    const src = seed('A plain headline about a visit', 'Dorian Varrow arrived late.', 'The Dorian waved at the crowd.');
    assert.deepEqual(ents(src).filter((x) => x.startsWith('person')), ['person:Dorian Varrow', 'person:Dorian']);
    assert.deepEqual(actors(src).map((a) => a.split('[')[0]), ['Dorian Varrow']);
  });

  it('finds a first name that is also a common word when the full name is in the document', () => {
    const src = seed('A plain headline about a fair', 'Frank Dalworth and Rose Quill met at the fair.', 'Frank was late again.');
    assert.ok(ents(src).includes('person:Frank'), ents(src).join(', '));
    // (Without the full name, the word stays a word.)
    assert.ok(!ents(seed('A plain headline about a fair', 'Frank was late again.')).includes('person:Frank'));
  });

  it('finds an unknown first name standing alone when its surname is written alone twice', () => {
    const src = seed('A plain headline about a board', 'Melka Tansworth said she was glad.', 'Reporters asked whether Melka and the board agreed.', 'Tansworth declined. Tansworth later left.');
    assert.ok(ents(src).includes('person:Melka'), ents(src).join(', '));
    // (Not a word after an article that a misread heading opens: `the Union army` after `Union Triumphant`.)
    const heading = seed('A plain headline about a war', 'The Union Triumphant', 'Later the Union army moved south. Triumphant and Triumphant.');
    assert.ok(!ents(heading).some((x) => x === 'person:Union'), ents(heading).join(', '));
  });

  it('leaves a first name shared by two full names unlinked', () => {
    const src = seed('A plain headline about a meeting', 'Marla Dalworth met Marla Quenby on Monday.', 'Marla said the meeting went well.');
    assert.equal(actors(src).filter((a) => a.startsWith('Marla [') || a.startsWith('Marla[')).length, 1, actors(src).join(', '));
  });

  it('reads a surname no list knows in a title-case headline when the body names the person in full', () => {
    const src = seed('Dalworth Wins Big As Quill Says Race Was Fair', 'Senator Marla Dalworth won the primary, beating Trent Quill.');
    const head = ents(src).filter((x) => src.indexOf(x.split(':')[1]) < src.indexOf('\n'));
    assert.deepEqual(head, ['person:Dalworth', 'person:Quill']);
    // (With no full name in the body, the headline word is no entity, as before.)
    const alone = seed('Dalworth Wins Big As Quill Says Race Was Fair', 'The count ended on Tuesday night.');
    assert.ok(!ents(alone).some((x) => /Dalworth|Quill/.test(x)), ents(alone).join(', '));
  });
});
