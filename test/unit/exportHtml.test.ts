import * as assert from 'node:assert/strict';
import { DOMParser } from 'linkedom';
import { analyze } from '../../src/engine';
import type { Actor, Analysis, Entity, Quote } from '../../src/engine/types';
import { contributedColors, HTML_CHUNK_CHARS, htmlPieces, toHtml } from '../../src/export/html';
import pkg from '../../package.json';
import { input, multiLineFixture, NASTY, nastyFixture, real, SAMPLE, sampleFixture } from './exportFixtures';

function parseHtml(html: string): any {
  return new DOMParser().parseFromString(html, 'text/html');
}

/** Structural checks every page must pass. */
function check(a: Analysis, text: string) {
  const html = toHtml(input(a, text, 'page.txt'));
  const doc = parseHtml(html);
  assert.ok(html.startsWith('<!DOCTYPE html>'));
  assert.equal(doc.querySelectorAll('script').length, 0, 'no script element');
  assert.equal(doc.querySelectorAll('link, img, iframe, object, embed').length, 0, 'no external assets');
  assert.ok(!/\bsrc=|url\(/i.test(html), 'no external references');
  // Every paragraph's text comes out exactly once, whatever the highlights.
  const ps = doc.querySelectorAll('article p');
  assert.equal(ps.length, a.paragraphs.length);
  a.paragraphs.forEach((p, i) => assert.equal(ps[i].textContent, text.slice(p.start, p.end)));
  // Jump links all land on an element of the page; ids are unique.
  const ids = [...doc.querySelectorAll('[id]')].map((e: any) => e.getAttribute('id'));
  assert.equal(new Set(ids).size, ids.length, 'unique ids');
  for (const link of doc.querySelectorAll('a[href^="#"]')) {
    const id = link.getAttribute('href').slice(1);
    assert.ok(ids.includes(id), `link target #${id} exists`);
  }
  return { html, doc };
}


/**
 * A seed whose body is ONE paragraph of `sentences` invented sentences (a quote with cue and speaker, a place, markup
 * characters and astral emoji in each), with a hand-built analysis: one actor per speaker name (mentioned once per
 * sentence), so that the paragraph and the actor index are both long.
 */
function oneParagraph(sentences: number, names = 40): { text: string; analysis: Analysis } {
  const head = 'Tallis harbour <notes>\n20240311\nhttps://example.org/tallis?a=1&b=2\n';
  const parts: string[] = [head];
  let at = head.length;
  const quotes: Quote[] = [];
  const entities: Entity[] = [];
  const actors: Actor[] = Array.from({ length: names }, (_, k) => ({
    id: `a${k + 1}`, name: `Mira Holt ${k} & "Co"`, type: 'person', aliases: [`Holt <${k}>`], role: k % 2 ? null : 'harbour <master>',
    mentions: [], quotes: [], claims: [],
  }));
  for (let i = 0; i < sentences; i++) {
    const quote = `"Pier ${i} & <gate> 😀 open,"`;
    const speaker = `Mira Holt ${i % names}`;
    const sentence = `${quote} said ${speaker} 🐟 of Tallis 'today'. `;
    const q = { start: at, end: at + quote.length };
    const cue = { start: q.end + 1, end: q.end + 5 };
    const spk = { start: cue.end + 1, end: cue.end + 1 + speaker.length };
    const place = { start: spk.end + ' 🐟 of '.length, end: spk.end + ' 🐟 of Tallis'.length };
    const actor = actors[i % names];
    quotes.push({ id: `q${i + 1}`, ...q, text: quote, speaker: actor.id, cue: 'said', cueSpan: cue, speakerSpan: spk, kind: 'direct', confidence: 0.8, marked: true, attribution: 'attribution after the quote', paragraph: 0 });
    entities.push({ id: `e${2 * i + 1}`, ...spk, text: speaker, type: 'person', canonical: actor.name, actor: actor.id }, { id: `e${2 * i + 2}`, ...place, text: 'Tallis', type: 'place', canonical: 'Tallis' });
    actor.mentions.push(spk);
    actor.quotes.push(`q${i + 1}`);
    parts.push(sentence);
    at += sentence.length;
  }
  const text = parts.join('').trimEnd();
  const base = analyze(head + 'x');
  const analysis: Analysis = { ...base, length: text.length, paragraphs: [{ start: head.length, end: text.length, index: 0, line: 3 }], entities, actors, quotes, claims: [] };
  return { text, analysis };
}

describe('export: html', () => {
  it('escapes <script> and other markup in the headline, URL and article text', () => {
    const a = nastyFixture();
    const { html, doc } = check(a, NASTY);
    assert.equal(doc.querySelectorAll('script, b').length, 0);
    assert.ok(html.includes('&lt;script&gt;document.title=&quot;pwned&quot;&lt;/script&gt;'));
    assert.equal(doc.querySelector('title').textContent, a.header.title);
    assert.equal(doc.querySelector('h1').textContent, a.header.title);
    assert.ok(doc.querySelector('article').textContent.includes('<script>document.title="pwned"</script> was found'));
    const source = doc.querySelector('.meta a');
    assert.equal(source.getAttribute('href'), a.header.url);
  });

  it('highlights every quote (title with speaker and cue), cues, speakers and entities by type', () => {
    const a = sampleFixture();
    const { doc } = check(a, SAMPLE);
    const marks = [...doc.querySelectorAll('article mark.quote')];
    assert.deepEqual(marks.map((m: any) => m.textContent), a.quotes.map((q) => q.text));
    assert.match(marks[0].getAttribute('title'), /Speaker: Wesley Clark, a former NATO/);
    assert.match(marks[0].getAttribute('title'), /Cue: said/);
    const spk = [...doc.querySelectorAll('article .spk')].map((e: any) => e.textContent);
    assert.ok(spk.includes('Mr. Clark') && spk.includes('Mr. Taylor'));
    assert.deepEqual([...doc.querySelectorAll('article .cue')].map((e: any) => e.textContent), ['said', 'told']);
    const orgs = [...doc.querySelectorAll('.e-organization')].map((e: any) => e.textContent);
    assert.ok(orgs.includes('NATO') && orgs.includes('Atlantic Council'));
    const places = [...doc.querySelectorAll('article .e-place')].map((e: any) => e.textContent);
    assert.ok(places.includes('Ukraine'));
    const putin = [...doc.querySelectorAll('article .e-person')].find((e: any) => e.textContent === 'Putin');
    assert.match(putin.getAttribute('title'), /Vladimir Putin/);
  });

  it('has an actor index with jump links to mentions and quotes, and a legend', () => {
    const a = sampleFixture();
    const { doc } = check(a, SAMPLE);
    const items = [...doc.querySelectorAll('aside li')];
    assert.equal(items.length, a.actors.length);
    const clark = items.find((li: any) => li.querySelector('strong').textContent === 'Wesley Clark');
    const links = [...clark.querySelectorAll('a')].map((l: any) => l.getAttribute('href'));
    assert.ok(links.length >= 2);
    const quoteLink = links.find((h: string) => h.startsWith('#quote-'))!;
    assert.equal(doc.getElementById(quoteLink.slice(1)).textContent, a.quotes[0].text);
    const mentionLink = links.find((h: string) => h.includes('-m'))!;
    assert.equal(doc.getElementById(mentionLink.slice(1)).textContent, 'Mr. Clark');
    const legend = doc.querySelector('.legend').textContent;
    for (const label of ['Quote', 'Cue', 'Speaker', 'Person', 'Organization', 'Place', 'Date']) assert.ok(legend.includes(label));
  });

  it('uses the editor default colours from package.json, dark and light (prefers-color-scheme)', () => {
    const { html } = check(sampleFixture(), SAMPLE);
    const colors = (pkg as any).contributes.colors as { id: string; defaults: { dark: string; light: string } }[];
    assert.equal(contributedColors().size, colors.length);
    for (const id of ['quoteBackground', 'cueForeground', 'speakerForeground', 'personForeground', 'organizationForeground', 'placeForeground', 'dateForeground']) {
      const c = colors.find((x) => x.id === `seedReader.${id}`)!;
      assert.ok(html.includes(c.defaults.dark), `${id} dark`);
      assert.ok(html.includes(c.defaults.light), `${id} light`);
    }
    assert.match(html, /@media \(prefers-color-scheme: light\)/);
  });

  it('renders a quote that crosses a line break in each paragraph it touches', () => {
    const a = multiLineFixture();
    const { doc } = check(a, NASTY);
    const pieces = [...doc.querySelectorAll('article mark.quote')].map((m: any) => m.textContent);
    assert.ok(pieces.includes('Then she left.') && pieces.includes('Critics'));
  });

  it('gives a valid page for whatever the real analyze() finds, empty and header-less files included', () => {
    for (const text of [SAMPLE, NASTY, '', 'no header <i>here</i>\nsecond']) {
      const { doc } = check(real(text).analysis, text);
      assert.equal(doc.querySelectorAll('i').length, 0);
    }
  });

  it('htmlPieces: the page in pieces of about 1 M characters (head, paragraphs, actor index), links to every anchor', function () {
    this.timeout(30_000);
    const line = (i: number): string => `"The dock ${i} opens at noon," said Dorian Varrow, a pilot of the Wren Ferry Company. Mayor Elsa Quint told the council: "We will pay for lamp ${i}."`;
    const text = ['Wren Ferry notes', '20240311', 'https://example.org/wren', ...Array.from({ length: 2500 }, (_, i) => line(i))].join('\n');
    const i = real(text);
    const pieces = [...htmlPieces(i)];
    const page = pieces.join('');
    assert.equal(page, toHtml(i));
    assert.ok(page.length > 2 << 20 && pieces.length >= 4, `${pieces.length} pieces for ${page.length} characters`);
    assert.ok(pieces.every((p) => p.length < (1 << 20) + 8192), 'no piece much over 1 M characters');
    const quotes = i.analysis.quotes.length;
    assert.ok(quotes >= 2500);
    for (const k of [1, quotes]) assert.ok(page.includes(` id="quote-${k}"`) && page.includes(`href="#quote-${k}"`), `quote ${k} anchored and linked`);
    for (const small of [real(''), real('Only a headline'), input(sampleFixture(), SAMPLE)]) assert.equal([...htmlPieces(small)].length, 2, 'the head, then the paragraphs with the index');
  });
  it('htmlPieces: one long paragraph and a long actor index come out in bounded pieces, joined exactly toHtml', function () {
    this.timeout(30_000);
    const { text, analysis } = oneParagraph(3000);
    const i = input(analysis, text, 'tallis.txt');
    assert.ok(text.length > 200_000 && analysis.paragraphs.length === 1);
    const page = toHtml(i);
    for (const size of [1, 777, 16_384, HTML_CHUNK_CHARS]) {
      const pieces = [...htmlPieces(i, size)];
      assert.equal(pieces.join(''), page, `joined pieces of ${size}`);
      // A piece ends at a tag or at a slice of text (at most 8,192 characters, escaped): never much over the size.
      assert.ok(pieces.every((p) => p.length < size + 6 * 8192 + 1024), `pieces of ${size}: at most ${Math.max(...pieces.map((p) => p.length))}`);
      // Written one at a time as UTF-8, a piece must not end inside a surrogate pair.
      assert.ok(pieces.every((p) => (p.charCodeAt(p.length - 1) & 0xfc00) !== 0xd800 && (p.charCodeAt(0) & 0xfc00) !== 0xdc00), 'no surrogate pair split');
      if (size === 16_384) assert.ok(pieces.length > page.length / (2 * size), `${pieces.length} pieces of ${size} for ${page.length} characters`);
    }
    // The paragraph's text, each quote's anchor and the index's links to the last quote and to every mention.
    const doc = parseHtml(page);
    assert.equal(doc.querySelector('article p').textContent, text.slice(analysis.paragraphs[0].start));
    assert.ok(page.includes(' id="quote-3000"') && page.includes('href="#quote-3000"'));
    const items = [...doc.querySelectorAll('aside li')];
    assert.equal(items.length, 40);
    assert.equal(items[0].querySelectorAll('.jumps a').length, 2 * 75, 'each of 75 mentions and 75 quotes linked');
    assert.equal(items[0].querySelector('.aliases').textContent, 'also: Holt <0>');
  });

  it('htmlPieces: a long headline and URL are sliced too, and the head stays a piece of its own', function () {
    this.timeout(30_000);
    const title = '"Pier <9>" & 😀 '.repeat(20_000).trim();
    const text = `${title}\n20240311\nhttps://example.org/${'a&b'.repeat(5000)}\n"It is fine," said Mira Holt.\n`;
    const i = real(text, 'title.txt');
    const page = toHtml(i);
    const pieces = [...htmlPieces(i, 4096)];
    assert.equal(pieces.join(''), page);
    assert.ok(pieces.length > 40 && pieces.every((p) => p.length < 4096 + 6 * 8192 + 1024), `${pieces.length} pieces`);
    assert.equal(parseHtml(page).querySelector('h1').textContent, title);
    assert.equal(parseHtml(page).querySelector('title').textContent, title);
    // At the default size too, the head ends a piece: the paragraphs and the index start the next one.
    const whole = [...htmlPieces(i)];
    assert.ok(whole.length >= 2 && whole[whole.length - 2].endsWith('<article>\n'), `${whole.length} pieces`);
  });
});
