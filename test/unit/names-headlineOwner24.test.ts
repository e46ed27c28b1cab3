// A title-case headline's stripped possessive of a person the body names (issue 12, twenty-third round). Invented text.
import * as assert from 'node:assert/strict';
import { analyze, createAnalyzer } from '../../src/engine';

const BODY = '\nMarch 3, 2026\nhttps://example.com/news/ferry\nMarla Quenby spoke to supporters on Tuesday in a packed hall near the river.\n'
  + 'The crowd cheered loudly, Quenby said after the event.\n';

function people(text: string): string[] {
  return analyze(text).entities.filter((e) => e.type === 'person').map((e) => `${e.text}/${e.canonical}`);
}

describe('a headline in title case with a person\'s stripped possessive (twenty-third round)', () => {
  it('ends the person at the possessive and names the body\'s person', () => {
    const p = people('Why Marla Quenbys Harbor Policy Could Backfire' + BODY);
    assert.ok(p.includes('Marla Quenbys/Marla Quenby'), p.join(', '));
    assert.ok(!p.some((e) => /Policy|Harbor/.test(e)), p.join(', '));
    const b = people('Marla Quenbys Speech Draws Fire' + BODY + 'Marla Quenbys remarks were brief.\n');
    assert.ok(b.includes('Marla Quenbys/Marla Quenby'), b.join(', '));
    const a = analyze('Marla Quenbys Speech' + BODY);
    assert.equal(a.actors.filter((x) => x.type === 'person').length, 1, a.actors.map((x) => x.name).join(', '));
  });

  it('needs the words before the possessive to be the body\'s full name', () => {
    const p = people('Why Tobias Quenbys Harbor Policy Could Backfire' + BODY);
    assert.ok(!p.some((e) => /^Tobias/.test(e) && /Marla/.test(e)), p.join(', '));
  });

  it('leaves the run alone when the body has no such person, or the line is not in title case', () => {
    const a = people('Why Marla Quenbys Harbor Policy Could Backfire\nMarch 3, 2026\nhttps://example.com/news/ferry\nThe crowd cheered loudly.\n');
    assert.ok(!a.some((e) => /\/Marla Quenby$/.test(e)), a.join(', '));
    const b = people('Why Dorvel Sessions Wear Hats' + BODY.replace(/Marla Quenby|Quenby/g, 'Dorvel Sessions'));
    assert.ok(!b.some((e) => /Sessions/.test(e) && /Session$/.test(e)), b.join(', '));
  });

  it('gives the same answer after an edit removes the body\'s name', () => {
    const an = createAnalyzer();
    const t1 = 'Why Marla Quenbys Harbor Policy Could Backfire' + BODY;
    an.analyze(t1);
    const t2 = t1.replace(/Marla Quenby spoke/, 'A mayor spoke').replace(/Quenby said/, 'she said');
    const inc = an.analyze(t2).entities.map((e) => `${e.start}-${e.end}/${e.text}/${e.canonical}`);
    const fresh = analyze(t2).entities.map((e) => `${e.start}-${e.end}/${e.text}/${e.canonical}`);
    assert.deepEqual(inc, fresh);
    const back = an.analyze(t1).entities.map((e) => `${e.start}-${e.end}/${e.text}/${e.canonical}`);
    assert.deepEqual(back, analyze(t1).entities.map((e) => `${e.start}-${e.end}/${e.text}/${e.canonical}`));
  });
});
