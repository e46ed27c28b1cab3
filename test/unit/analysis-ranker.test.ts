// The learned speaker-pronoun ranker (src/engine/passes/pronounRanker.ts): its bundled weights, the candidates it
// reads, and what it does to a pronoun quote's speaker and confidence. Snippets invented for these tests.
import * as assert from 'node:assert/strict';
import { analyze } from '../../src/engine';
import weights from '../../src/engine/data/pronounRanker.json';
import { MAX_CANDS, RANK_FEATURES, type RankCand, pickCandidate, pronounFactor, setRankerWeights } from '../../src/engine/passes/pronounRanker';
import { quoteStarting, speakerName } from './analysisHelpers';

const HEAD = 'Headline for a ranker test\n20240311\nhttps://example.org/news/ranker\n';
const seed = (...paras: string[]): string => HEAD + paras.join('\n') + '\n';

describe('speaker pronoun ranker', () => {
  afterEach(() => setRankerWeights(null));

  it('loads its bundled weights: every feature has a finite weight and the rules\' pick counts for it', () => {
    assert.ok(['on', 'off', 'confidence'].includes(weights.mode), weights.mode);
    assert.equal(weights.features.length, weights.weights.length);
    for (const f of RANK_FEATURES) assert.ok(weights.features.includes(f), `no weight for ${f}`);
    for (const w of weights.weights) assert.ok(Number.isFinite(w));
    assert.ok(weights.weights[weights.features.indexOf('rule')] > 0);
    assert.match(weights.source, /Regenerate: .*pronounRanker\.js/);
  });

  it('scores candidates linearly and gives the probability of the pick', () => {
    const f = (on: string[]): number[] => RANK_FEATURES.map((n) => (on.includes(n) ? 1 : 0));
    setRankerWeights({ mode: 'on', features: ['rule', 'lead', 'objPoss'], weights: [1, 2, -1] });
    const cands: RankCand[] = [
      { key: 'a', same: true, f: f(['objPoss']) },
      { key: 'b', same: false, f: f(['lead']) },
      { key: 'c', same: false, f: f(['rule']) },
    ];
    const top = pickCandidate(cands)!;
    assert.equal(top.cand.key, 'b');
    const z = Math.exp(-1) + Math.exp(2) + Math.exp(1);
    assert.ok(Math.abs(top.p - Math.exp(2) / z) < 1e-9);
    // The probability of another candidate (the rules' pick) is lower.
    const rule = pickCandidate(cands, 2)!;
    assert.equal(rule.cand.key, 'c');
    assert.ok(Math.abs(rule.p - Math.exp(1) / z) < 1e-9);
    assert.equal(pickCandidate([]), null);
  });

  it('turns a higher probability into a higher confidence factor, capped', () => {
    let prev = -1;
    for (let p = 0; p <= 1; p += 0.05) {
      const x = pronounFactor(p);
      assert.ok(x >= prev && x > 0 && x <= 0.9);
      prev = x;
    }
  });

  it('names the previous sentence\'s subject, not its object nor a name in a subordinate clause', () => {
    const a = analyze(seed(
      '“The ferry will run again in May,” said Harbour Master Olwen Pryce.',
      'Gregor Abernethy thanked Silas Moorcroft for the new timetable after Tobias Quill had left the pier.',
      '“We lost a whole season to the repairs,” he said.',
    ));
    assert.equal(speakerName(a, quoteStarting(a, 'We lost a whole')), 'Gregor Abernethy');
  });

  it('keeps gender agreement: she is the woman named before the more recent man', () => {
    const a = analyze(seed(
      '“The orchard lost half its trees,” said Helen Marchbanks, who runs the cooperative.',
      'Helen Marchbanks met George Pettigrew at the mill on Tuesday.',
      '“We cannot wait for another grant,” she said.',
    ));
    assert.equal(speakerName(a, quoteStarting(a, 'We cannot wait')), 'Helen Marchbanks');
  });

  it('is less sure of a pronoun when two people could be its antecedent', () => {
    const clear = analyze(seed(
      'Gregor Abernethy opened the new pier on Monday.',
      '“It took three winters,” he said.',
    ));
    const unclear = analyze(seed(
      'Gregor Abernethy opened the new pier on Monday. Silas Moorcroft praised the work, and Tobias Quill thanked the divers.',
      '“It took three winters,” he said.',
    ));
    const c1 = quoteStarting(clear, 'It took three').confidence;
    const c2 = quoteStarting(unclear, 'It took three').confidence;
    assert.ok(c2 < c1, `clear ${c1}, unclear ${c2}`);
  });

  it('reads a bounded set of candidates: in a paragraph of thousands of men the last `he said` still names the latest', () => {
    // (Its speed is measured by the growth benchmark, shape `many men, then he` in bench/adversarial.ts: not timed here.)
    const surname = (i: number): string => `Quillane${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + ((i / 26 | 0) % 26))}`;
    const names: string[] = [];
    for (let i = 0; i < 2000; i++) names.push(`Mr. Tobias ${surname(i)} spoke.`);
    const text = seed(names.join(' ') + ' “It was long,” he said.');
    const a = analyze(text);
    const q = a.quotes.find((x) => x.text.includes('It was long'));
    assert.ok(q, 'the last quote is found');
    const spk = q.speaker === null ? null : a.actors.find((x) => x.id === q.speaker);
    assert.equal(spk?.name, `Tobias ${surname(1999)}`);
    assert.ok(MAX_CANDS <= 12);
  });
});
