// Partial quotes without marks, eighteenth round (issue 12): the learned model sees whether the speaker's voice (a
// first or second person, a stripped contraction) goes on in the sentences after a reported clause that ends its
// sentence, before any new cue, and a clause it keeps runs to the last such sentence. Every snippet was written for
// these tests.
import * as assert from 'node:assert/strict';
import { analyze } from '../../src/engine';
import type { Analysis, Quote } from '../../src/engine/types';
import { FRAG_FEATURES, setFragmentModel, setFragmentTrace, voicedRun } from '../../src/engine/passes/fragmentModel';
import { speakerName, ruleConfidences } from './analysisHelpers';

const HEAD = 'Orchard co-op votes on a cider press\n20240911\nhttps://example.org/news/cider\n';
const seed = (...paras: string[]): string => HEAD + paras.join('\n') + '\n';
const partials = (a: Analysis): Quote[] => a.quotes.filter((q) => !q.marked && q.kind === 'partial');
/** Weights that keep every clause after `argued` and nothing else. */
const ONLY_ARGUED = FRAG_FEATURES.map((n) => (n === 'bias' ? -5 : n === 'cue_argued' ? 10 : 0));

describe('stripped fragments, eighteenth round: the speaker\'s voice after a reported clause', () => {
  ruleConfidences();
  afterEach(() => { setFragmentModel(null); setFragmentTrace(null); });

  it('voicedRun: the last voiced sentence before a cue, at most three sentences on', () => {
    const sents = [0, 1, 2, 3, 4, 5].map((i) => ({ t0: i * 10, t1: i * 10 + 10 }));
    const voiced = new Set([20, 40]);
    const voice = (t0: number) => (voiced.has(t0) ? 1 : 0);
    assert.equal(voicedRun(sents, 0, new Uint8Array(6), voice), 2);
    assert.equal(voicedRun(sents, 0, Uint8Array.from([0, 0, 0, 1, 0, 0]), voice), 2);
    assert.equal(voicedRun(sents, 0, Uint8Array.from([0, 0, 1, 0, 0, 0]), voice), -1, 'a cue in the voiced sentence stops the run');
    assert.equal(voicedRun(sents, 1, new Uint8Array(6), voice), 4);
    assert.equal(voicedRun(sents, 4, new Uint8Array(6), voice), -1, 'nothing after the last voiced one');
  });

  it('the feature is set only when a later sentence of the paragraph keeps the voice', () => {
    const fs: number[][] = [];
    setFragmentTrace((r) => fs.push(r.f));
    analyze(seed(
      'Mira Castell argued the press would pay for itself within two harvests. Weve waited years for this.',
      'Jonas Pell argued the press would cost too much for a small co-op. The vote is set for October.',
    ));
    const i = FRAG_FEATURES.indexOf('nextVoice');
    assert.deepEqual(fs.map((f) => f[i]), [1, 0]);
  });

  it('a kept clause runs on through the voiced sentences, with its speaker', () => {
    setFragmentModel({ mode: 'on', threshold: 0.5, features: [...FRAG_FEATURES], weights: ONLY_ARGUED });
    const a = analyze(seed(
      'Mira Castell argued the press would pay for itself within two harvests. The old one broke in spring. ' +
      'Weve waited years for this. The vote is set for October.',
    ));
    const ps = partials(a);
    assert.equal(ps.length, 1, JSON.stringify(a.quotes.map((q) => q.text)));
    assert.equal(ps[0].text, 'the press would pay for itself within two harvests. The old one broke in spring. Weve waited years for this.');
    assert.equal(speakerName(a, ps[0]), 'Mira Castell');
  });

  it('a sentence with its own cue ends the run, and a clause without a voiced sequel keeps its span', () => {
    setFragmentModel({ mode: 'on', threshold: 0.5, features: [...FRAG_FEATURES], weights: ONLY_ARGUED });
    const a = analyze(seed(
      'Jonas Pell argued the press would cost too much for a small co-op. Ada Brix said we should wait a year.',
    ));
    const ps = partials(a);
    assert.ok(ps.some((q) => q.text === 'the press would cost too much for a small co-op'), JSON.stringify(ps.map((q) => q.text)));
  });
});
