// The pure parts of the PolNeAR and GUM converters and of the unseen-news scorer (test/eval), on small texts
// written for these tests (no PolNeAR text).
import * as assert from 'node:assert/strict';
import {
  OffsetMap, attributionForQuote, buildSeed, codePointToUtf16, overlapWith, parseAnn, quoteKind, quoteStretches, stripMarks,
} from '../eval/polnearCore';
import { checkSplit, convertArticle, parseCoreNlp, stripConverted } from '../eval/polnear';
import { checkGumDoc, convertGumDoc, parseConllu, sentenceMentions } from '../eval/gum';
import { breakdown, mentionClass, score, scorerSameSpeaker, type Item } from '../eval/unseen';
import type { SeedJsonDocument } from '../../src/export/json';

const slice = (t: string, s: { start: number; end: number }) => t.slice(s.start, s.end);

describe('eval: PolNeAR converter (pure parts)', () => {
  it('parses brat attributions, discontinuous spans and missing sources', () => {
    const ann = [
      'T1\tSource 0 5\tAlice',
      'T2\tCue 6 10\tsaid',
      'T3\tContent 11 20;25 30\tx',
      'T4\tAttribution 6 10\tsaid',
      'E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1',
      'T5\tContent 40 50\ty',
      'T6\tAttribution-no-source 51 55\tz',
      'E2\tAttribution-no-source:T6 Content:T5',
      'T7\tDiscard 60 61\tq',
      'E3\tDiscard:T7',
      '#1\tAnnotatorNotes T1\tnote',
      '',
    ].join('\n');
    const a = parseAnn(ann);
    assert.equal(a.length, 2);
    assert.equal(a[0].source?.text, 'Alice');
    assert.deepEqual(a[0].content?.frags, [{ start: 11, end: 20 }, { start: 25, end: 30 }]);
    assert.equal(a[1].source, null);
    assert.deepEqual(a[1].content?.frags, [{ start: 40, end: 50 }]);
  });

  it('counts overlap over fragments and keeps a quote at exactly half its length', () => {
    assert.equal(overlapWith(0, 10, [{ start: 5, end: 20 }]), 5);
    assert.equal(overlapWith(0, 10, [{ start: 0, end: 2 }, { start: 8, end: 12 }]), 4);
    const attrs = parseAnn('T1\tContent 5 20\tx\nT2\tAttribution 0 1\tc\nE1\tAttribution:T2 Content:T1\nT3\tContent 0 6\ty\nT4\tAttribution 0 1\tc\nE2\tAttribution:T4 Content:T3\n');
    assert.equal(attributionForQuote({ start: 0, end: 10 }, attrs), 1, 'the larger overlap wins (6 > 5)');
    assert.equal(attributionForQuote({ start: 14, end: 26 }, attrs), 0, 'exactly half (6 of 12) is enough');
    assert.equal(attributionForQuote({ start: 15, end: 27 }, attrs), -1, '5 of 12 is under half');
    assert.equal(attributionForQuote({ start: 20, end: 30 }, attrs), -1, 'no overlap');
  });

  it('finds quoted stretches with curly, straight and mixed marks', () => {
    const t = 'A said “one two,” and "three." Then “four five" ended.\nShe went on: “six seven\nB said “” and "eight".';
    const q = quoteStretches(t).map((s) => slice(t, s));
    assert.deepEqual(q, ['one two,', 'three.', 'four five', 'six seven', 'eight']);
    const n = "''We win,'' she said. ''Then we go.''";
    assert.deepEqual(quoteStretches(n).map((s) => slice(n, s)), ['We win,', 'Then we go.']);
  });

  it('builds a seed: headline, date, URL, one paragraph a line; spans map to the same text', () => {
    const raw = 'The Headline.\n\nFirst para says “hi there.”\n\n  \nSecond para.\n';
    const seed = buildSeed(raw, '20160101', 'https://example.invalid/a');
    assert.equal(seed.text, 'The Headline.\n20160101\nhttps://example.invalid/a\nFirst para says “hi there.”\nSecond para.');
    const i = raw.indexOf('hi there.');
    const sp = seed.map.span(i, i + 'hi there.'.length)!;
    assert.equal(slice(seed.text, sp), 'hi there.');
    const j = raw.indexOf('Second');
    assert.equal(slice(seed.text, seed.map.span(j, j + 6)!), 'Second');
    assert.equal(seed.map.char(raw.indexOf('\n\n')), -1, 'a dropped blank line maps nowhere');
  });

  it('maps a span across dropped characters from first to last kept one', () => {
    const m = new OffsetMap();
    m.add(0, 0, 3);
    m.add(5, 3, 4);
    assert.deepEqual(m.span(1, 7), { start: 1, end: 5 });
    assert.deepEqual(m.span(3, 5), null);
    assert.deepEqual(m.span(2, 6), { start: 2, end: 4 });
  });

  it('strips " “ ” \' ’ and remaps offsets', () => {
    const t = 'He said, “It’s fine,” and \'ok\' "yes".';
    const s = stripMarks(t);
    assert.equal(s.text, 'He said, Its fine, and ok yes.');
    const i = t.indexOf('It’s');
    const sp = s.map.span(i, t.indexOf('”'))!;
    assert.equal(slice(s.text, sp), 'Its fine,');
    const y = t.indexOf('yes');
    assert.equal(slice(s.text, s.map.span(y, y + 3)!), 'yes');
  });

  it('classifies direct quotes and fragments', () => {
    assert.equal(quoteKind('We will win this state.'), 'direct');
    assert.equal(quoteKind('2016 is the year we win'), 'direct');
    assert.equal(quoteKind('rigged'), 'fragment');
    assert.equal(quoteKind('a total disaster for everyone'), 'fragment');
    assert.equal(quoteKind('Crooked Joe'), 'fragment');
  });

  it('converts code-point offsets to UTF-16 when the text has astral characters', () => {
    const t = 'a😀b';
    const f = codePointToUtf16(t);
    assert.equal(f(2), 3);
    assert.equal(codePointToUtf16('abc')(2), 2);
  });

  it('refuses the test split and paths with a test part', () => {
    assert.throws(() => checkSplit('/x/polnear', 'test'));
    assert.throws(() => checkSplit('/x/test/polnear', 'dev'));
    assert.throws(() => checkSplit('/x/polnear', 'parc3-replication'));
    assert.doesNotThrow(() => checkSplit('/x/polnear', 'train'));
  });

  // A minimal CoreNLP document: one sentence per entry, each token [word, POS, NER], offsets from the text.
  function xmlFor(text: string, sents: Array<Array<[string, string, string]>>, chains: Array<Array<[number, number, number, boolean]>>): string {
    let pos = 0;
    const s = sents.map((toks, si) => `<sentence id="${si + 1}"><tokens>${toks.map(([w, p, n], ti) => {
      const b = text.indexOf(w, pos); pos = b + w.length;
      return `<token id="${ti + 1}"><word>${w}</word><CharacterOffsetBegin>${b}</CharacterOffsetBegin><CharacterOffsetEnd>${b + w.length}</CharacterOffsetEnd><POS>${p}</POS><NER>${n}</NER></token>`;
    }).join('')}</tokens></sentence>`).join('');
    const c = chains.map((ms) => `<coreference>${ms.map(([sn, st, en, rep]) => `<mention${rep ? ' representative="true"' : ''}><sentence>${sn}</sentence><start>${st}</start><end>${en}</end></mention>`).join('')}</coreference>`).join('');
    return `<root><document><sentences>${s}</sentences><coreference>${c}</coreference></document></root>`;
  }

  it('resolves speakers: fullest name, pronoun via coreference, possessive nominal unscored', () => {
    const raw = 'Title here\n\nJane Roe spoke. “We go now,” Roe said.\n\n“Later,” she said. “Never,” Roe’s aide said.\n';
    const xml = xmlFor(raw, [
      [['Title', 'NN', 'O'], ['here', 'RB', 'O']],
      [['Jane', 'NNP', 'PERSON'], ['Roe', 'NNP', 'PERSON'], ['spoke', 'VBD', 'O'], ['.', '.', 'O']],
      [['We', 'PRP', 'O'], ['go', 'VBP', 'O'], ['now', 'RB', 'O'], ['Roe', 'NNP', 'PERSON'], ['said', 'VBD', 'O'], ['.', '.', 'O']],
      [['Later', 'RB', 'O'], ['she', 'PRP', 'O'], ['said', 'VBD', 'O'], ['.', '.', 'O']],
      [['Never', 'RB', 'O'], ['Roe', 'NNP', 'PERSON'], ['’s', 'POS', 'O'], ['aide', 'NN', 'O'], ['said', 'VBD', 'O']],
    ], [[[2, 1, 3, true], [4, 2, 3, false]]]);
    assert.equal(parseCoreNlp(xml).sents.length, 5);
    const at = (w: string, from = 0) => raw.indexOf(w, from);
    const sp = (w: string, from = 0) => `${at(w, from)} ${at(w, from) + w.length}`;
    const ann = [
      `T1\tSource ${sp('Roe said')}\tRoe said`.replace(/ \d+\tRoe said$/, ` ${at('Roe said') + 3}\tRoe`),
      `T2\tContent ${sp('We go now,')}\tx`, 'T3\tAttribution 0 1\tc', 'E1\tAttribution:T3 Content:T2 Source:T1',
      `T4\tSource ${sp('she')}\tshe`, `T5\tContent ${sp('Later,')}\tx`, 'T6\tAttribution 0 1\tc', 'E2\tAttribution:T6 Content:T5 Source:T4',
      `T7\tSource ${at('Roe’s')} ${at('aide') + 4}\tRoe’s aide`, `T8\tContent ${sp('Never,')}\tx`, 'T9\tAttribution 0 1\tc', 'E3\tAttribution:T9 Content:T8 Source:T7',
    ].join('\n');
    const c = convertArticle('a', raw, ann, xml, '20160102', 'https://example.invalid/a');
    assert.equal(c.text.split('\n')[1], '20160102');
    assert.deepEqual(c.quotes.map((q) => [q.text, q.speaker, q.speakerScored ?? true]), [
      ['We go now,', 'Jane Roe', true],
      ['Later,', 'Jane Roe', true],
      ['Never,', 'Roe’s aide', false],
    ]);
    for (const q of c.quotes) assert.equal(c.text.slice(q.start, q.end), q.text);
    assert.deepEqual(c.meta.map((m) => m.how), ['name', 'pronoun resolved by coreference', 'nominal or organisation']);
    const s = stripConverted(c);
    for (const q of s.quotes) assert.equal(s.text.slice(q.start, q.end), q.text);
    assert.equal(s.quotes[2].speaker, 'Roes aide');
    assert.ok(!/[“”’]/.test(s.text));
    // Without CoreNLP no speaker can be trusted.
    assert.ok(convertArticle('a', raw, ann, null, '20160102', 'u').quotes.every((q) => q.speakerScored === false));
  });
});

describe('eval: unseen-news scorer (port of score.mjs)', () => {
  const doc = (quotes: Array<{ start: number; end: number; speaker: string | null }>, actors: Array<{ id: string; name: string; aliases?: string[] }>): SeedJsonDocument => ({
    schema: 'seed-reader/1', offsets: 'utf-16', source: { file: 'x', title: null, date: null, url: null }, entities: [], claims: [],
    actors: actors.map((a) => ({ type: 'person', aliases: [], role: null, mentions: [], ...a })),
    quotes: quotes.map((q, i) => ({ id: 'q' + i, text: '', cue: null, kind: 'direct', confidence: 0.8, ...q })),
  });

  it('matches one-to-one at half the gold length, leaves unscored speakers out of speaker accuracy', () => {
    const item: Item = {
      name: 'x', text: ''.padEnd(200), ms: 1,
      gold: { entities: [], quotes: [
        { text: '', start: 0, end: 10, speaker: 'Jane Roe' },
        { text: '', start: 20, end: 30, speaker: 'officials', speakerScored: false },
        { text: '', start: 40, end: 50, speaker: 'John Doe' },
        { text: '', start: 60, end: 70, speaker: 'Ann Poe' },
      ] },
      meta: [{ kind: 'direct' }, { kind: 'fragment' }, { kind: 'direct' }, { kind: 'direct' }],
      out: doc([
        { start: 0, end: 10, speaker: 'a1' },
        { start: 20, end: 30, speaker: null },
        { start: 44, end: 52, speaker: 'a2' },
        { start: 66, end: 80, speaker: 'a1' },
        { start: 100, end: 110, speaker: null },
      ], [{ id: 'a1', name: 'Mrs. Roe' }, { id: 'a2', name: 'Smith', aliases: ['Mr. Doe'] }]),
    };
    const { line, details } = score([item]);
    assert.deepEqual(line.quote_PRF, ['0.600', '0.750', '0.667']);
    assert.equal(line.direct_R, '0.667');
    assert.equal(line.speaker_acc, '1.000');
    // e2e 2; pred 5 − 1 unscored matched; gold 4 − 1 unscored.
    assert.deepEqual(line.quote_speaker_PRF, ['0.500', '0.667', '0.571']);
    assert.deepEqual(line.speaker_unscored, { gold: 1, matched: 1, quote_speaker_gold: 3, quote_speaker_pred: 4 });
    assert.deepEqual(details[0].unusedPreds, [3, 4]);
  });

  it('tallies found quotes with an unscored source apart: does the speaker agree with the source by its last word?', () => {
    const item: Item = {
      name: 'x', text: ''.padEnd(100), ms: 1,
      gold: { entities: [], quotes: [
        { text: '', start: 0, end: 10, speaker: 'the harbour spokesman', speakerScored: false },
        { text: '', start: 20, end: 30, speaker: 'a senior official', speakerScored: false },
        { text: '', start: 40, end: 50, speaker: 'he', speakerScored: false },
        { text: '', start: 60, end: 70, speaker: 'Jane Roe' },
      ] },
      meta: [{ kind: 'direct', how: 'nominal or organisation' }, { kind: 'direct', how: 'nominal or organisation' }, { kind: 'direct', how: 'unresolved pronoun' }, { kind: 'direct', how: 'name' }],
      out: doc([
        { start: 0, end: 10, speaker: 'a1' },
        { start: 20, end: 30, speaker: null },
        { start: 40, end: 50, speaker: 'a1' },
        { start: 60, end: 70, speaker: 'a2' },
      ], [{ id: 'a1', name: 'spokesman' }, { id: 'a2', name: 'Jane Roe' }]),
    };
    const b = breakdown(score([item]).details);
    assert.deepEqual(b.byGoldHowUnscored.get('nominal or organisation'), { n: 2, ok: 1 });
    assert.equal(b.byGoldHowUnscored.has('unresolved pronoun'), false);
    assert.equal(b.byGoldHowUnscored.has('name'), false);
  });

  it('compares speakers by last name with titles ignored', () => {
    assert.ok(scorerSameSpeaker('Hillary Clinton', ['Mrs. Clinton']));
    assert.ok(!scorerSameSpeaker('Hillary Clinton', ['Bill Clintons']));
    assert.ok(!scorerSameSpeaker('', ['x']));
  });

  it('classifies the engine’s speaker mention', () => {
    assert.equal(mentionClass('she'), 'pronoun');
    assert.equal(mentionClass('a campaign spokesman'), 'nominal');
    assert.equal(mentionClass('Mr. Roe'), 'name');
    assert.equal(mentionClass(null), 'no speaker mention');
  });
});

describe('eval: GUM entity converter (pure parts)', () => {
  // A tiny CoNLL-U document written for this test, in GUM's Entity= bracket notation.
  const row = (id: number, form: string, upos: string, xpos: string, head: number, misc = '_') => [id, form, form, upos, xpos, '_', head, 'dep', '_', misc].join('\t');
  const conllu = [
    '# newdoc id = GUM_bio_test',
    '# meta::dateCreated = 2001-02-03',
    '# meta::sourceURL = https://example.invalid/test',
    '# meta::title = A Test',
    '# newpar',
    '# newpar_block = head (1 s)',
    '# text = A Test',
    row(1, 'A', 'DET', 'DT', 2), row(2, 'Test', 'NOUN', 'NN', 0),
    '',
    '# newpar',
    '# text = Dr. Jane Roe of the Bank of Tuvalu met U.S. Ambassador Ann Poe\'s team.',
    row(1, 'Dr.', 'PROPN', 'NNP', 3, 'Entity=(1-person-new-x-cf1-1-coref-Jane_Roe'),
    row(2, 'Jane', 'PROPN', 'NNP', 3), row(3, 'Roe', 'PROPN', 'NNP', 9),
    row(4, 'of', 'ADP', 'IN', 6), row(5, 'the', 'DET', 'DT', 6, 'Entity=(2-organization-new-x-cf2-1-sgl'),
    row(6, 'Bank', 'PROPN', 'NNP', 3), row(7, 'of', 'ADP', 'IN', 8),
    row(8, 'Tuvalu', 'PROPN', 'NNP', 6, 'Entity=(3-place-new-x-cf3-1-sgl-Tuvalu)2)1)'),
    row(9, 'met', 'VERB', 'VBD', 0),
    row(10, 'U.S.', 'PROPN', 'NNP', 12, 'Entity=(4-abstract-new-x-cf4-1-sgl(5-person-new-x-cf5-1-sgl(6-place-new-x-cf6-1-sgl)'),
    row(11, 'Ambassador', 'PROPN', 'NNP', 13), row(12, 'Ann', 'PROPN', 'NNP', 13),
    row(13, 'Poe', 'PROPN', 'NNP', 15, 'Entity=5)|SpaceAfter=No'), row(14, '\'s', 'PART', 'POS', 13),
    row(15, 'team', 'NOUN', 'NN', 9, 'Entity=4)|SpaceAfter=No'), row(16, '.', 'PUNCT', '.', 9),
    '',
  ].join('\n');

  it('reads mentions from the Entity= brackets, nested and single-token', () => {
    const doc = parseConllu(conllu);
    const ms = sentenceMentions(doc.sents[1]).map((m) => `${m.type}:${m.start}-${m.end}`).sort();
    assert.deepEqual(ms, ['abstract:9-15', 'organization:4-8', 'person:0-8', 'person:9-13', 'place:7-8', 'place:9-10']);
  });

  it('projects names: head proper-noun run, titles left out, nested names inside a longer one dropped', () => {
    const c = convertGumDoc(parseConllu(conllu));
    assert.equal(c.text.split('\n').slice(0, 3).join('|'), 'A Test|20010203|https://example.invalid/test');
    assert.deepEqual(c.entities.map((e) => `${e.type}:${e.text}`), ['PERSON:Jane Roe', 'ORG:Bank of Tuvalu', 'PLACE:U.S.', 'PERSON:Ann Poe']);
    for (const e of c.entities) assert.equal(c.text.slice(e.start, e.end), e.text);
  });

  it('leaves line 1 empty when the text does not open with the title (the title has no gold names)', () => {
    const c = convertGumDoc(parseConllu(conllu.replace('# meta::title = A Test', '# meta::title = Jane Roe Abroad')));
    assert.equal(c.text.split('\n').slice(0, 4).join('|'), '|20010203|https://example.invalid/test|A Test');
    assert.equal(c.entities.length, 4);
    for (const e of c.entities) assert.equal(c.text.slice(e.start, e.end), e.text);
  });

  it('refuses GUM news documents', () => {
    assert.throws(() => checkGumDoc('dep/GUM_news_anything.conllu'));
    assert.doesNotThrow(() => checkGumDoc('dep/GUM_bio_byron.conllu'));
  });
});
