// The paragraphs of an edited text split only around the edit (paragraphsEdited.ts): always exactly the list that
// splitting the whole text gives, whatever the line breaks (`\n`, `\r\n`, a lone `\r`), blank and white lines, a
// header or a byte-order mark; and an analyzer whose texts take this path gives what a fresh analyzer gives.
import * as assert from 'node:assert/strict';
import { createAnalyzer } from '../../src/engine';
import { parseHeader, splitParagraphs } from '../../src/engine/header';
import { splitParagraphsEdited } from '../../src/engine/paragraphsEdited';
import { commonEnds } from '../../src/worker/delta';

function edited(before: string, after: string) {
  const hb = parseHeader(before);
  const ha = parseHeader(after);
  const e = commonEnds(before, after);
  const prev = { length: before.length, bodyStart: hb.bodyStart, paragraphs: splitParagraphs(before, hb.bodyStart) };
  return { got: splitParagraphsEdited(after, ha.bodyStart, prev, e.prefix, e.suffix), want: splitParagraphs(after, ha.bodyStart), prev };
}

const HEAD = 'Council votes on the new bridge\n20240312\nhttps://news.example.org/bridge\n';
const BODY = ['Marta Okonkwo said the vote was close.', '', '  Senator Ruth Vell disagreed.  ', 'She said the cost was too high.', '\t', 'The council meets again in May.'];

describe('paragraphs split again around an edit only', () => {
  it('matches a whole split for an edit inside one paragraph, before and after it moved', () => {
    const before = HEAD + BODY.join('\n');
    const after = before.replace('too high.', 'too high, Ms. Vell said.');
    const { got, want, prev } = edited(before, after);
    assert.deepEqual(got, want);
    // The paragraphs before the edit are the previous objects again.
    assert.equal(got[0], prev.paragraphs[0]);
    assert.equal(got[1], prev.paragraphs[1]);
    assert.notEqual(got[3], prev.paragraphs[3]);
  });

  it('matches a whole split when the edit adds or removes a line break', () => {
    const before = HEAD + BODY.join('\n');
    for (const after of [before.replace('disagreed.', 'disagreed.\n\nShe left.'), before.replace('close.\n\n', 'close. '), before.replace('\n\t\n', '\n')]) {
      const { got, want } = edited(before, after);
      assert.deepEqual(got, want);
    }
  });

  it('matches a whole split with CRLF, lone CR, a header edit and a byte-order mark', () => {
    const crlf = HEAD.replace(/\n/g, '\r\n') + BODY.join('\r\n');
    const cases: [string, string][] = [
      [crlf, crlf.replace('cost', 'whole cost')],
      [crlf, crlf.replace('close.\r\n', 'close.\r')],
      [crlf, crlf.replace('close.\r\n', 'close.\n')],
      [BODY.join('\r'), BODY.join('\r').replace('Vell', 'Vell of Tarn')],
      [HEAD + BODY.join('\n'), HEAD.replace('bridge\n', 'bridges\n') + BODY.join('\n')],
      [HEAD + BODY.join('\n'), HEAD.replace('https://news', 'news') + BODY.join('\n')],
      ['\ufeff' + BODY.join('\n'), '\ufeff' + BODY.join('\n').replace('May', 'June')],
      [BODY.join('\n'), 'x' + BODY.join('\n')],
      ['', 'Marta Okonkwo said so.'],
    ];
    for (const [before, after] of cases) {
      const { got, want } = edited(before, after);
      assert.deepEqual(got, want, JSON.stringify(after));
      const back = edited(after, before);
      assert.deepEqual(back.got, back.want, JSON.stringify(before));
    }
  });

  it('matches a whole split over many small random edits', () => {
    let s = 12345;
    const rnd = (n: number): number => (s = (Math.imul(s, 1103515245) + 12345) >>> 0) % n;
    const pieces = ['\n', '\r\n', '\r', ' ', '\t', '\u00a0', 'a', 'Ruth Vell said.', '\n\n', 'x y'];
    const gen = (n: number): string => { let t = ''; for (let i = 0; i < n; i++) t += pieces[rnd(pieces.length)]; return t; };
    for (let t = 0; t < 3000; t++) {
      const before = (rnd(3) === 0 ? HEAD : '') + gen(rnd(40));
      const at = rnd(before.length + 1);
      const after = before.slice(0, at) + gen(rnd(4)) + before.slice(at + rnd(Math.min(5, before.length - at + 1)));
      const { got, want } = edited(before, after);
      assert.deepEqual(got, want, JSON.stringify([before, after]));
    }
  });

  it('an analyzer gives what a fresh one gives when an edit brings in or takes out markup and typewriter marks', () => {
    const plain = HEAD + ['Marta Okonkwo said the vote was close.', '"We will build it," Senator Ruth Vell said.', 'The council meets again in May.'].join('\n');
    const texts = [
      plain,
      plain.replace('"We will build it,"', "''We will build it,''"),
      plain,
      plain.replace('the vote', 'the <b>vote</b>'),
      plain.replace('the vote', 'the <b>vote</b>').replace('May.', 'May. ``Soon,\'\' she said.'),
      plain.replace('May.', 'May, she said.'),
      plain,
    ];
    const a = createAnalyzer({ rethrow: true });
    for (const t of texts) assert.deepEqual(a.analyze(t), createAnalyzer({ rethrow: true }).analyze(t));
  });
});
