import * as assert from 'node:assert/strict';
import type { Analysis } from '../../src/engine/types';
import { fileUri, toW3c, toW3cCollection, toW3cLine } from '../../src/export/w3c';
import { input, multiLineFixture, NASTY, nastyFixture, real, SAMPLE, sampleFixture } from './exportFixtures';

function check(a: Analysis, text: string, fileName = 'x.txt') {
  const c = JSON.parse(toW3c(input(a, text, fileName)));
  assert.equal(c['@context'], 'http://www.w3.org/ns/anno.jsonld');
  assert.equal(c.type, 'AnnotationCollection');
  assert.equal(c.first.type, 'AnnotationPage');
  assert.equal(c.total, c.first.items.length);
  assert.equal(c.first.items.length, a.quotes.length + a.entities.length);
  const cps = Array.from(text);
  const ids = new Set<string>();
  for (const item of c.first.items) {
    assert.equal(item.type, 'Annotation');
    assert.match(item.id, /^[a-z][a-z0-9+.-]*:\S+$/i, 'an IRI');
    assert.ok(!ids.has(item.id)); ids.add(item.id);
    assert.ok(Array.isArray(item.body) && item.body.length > 0);
    for (const body of item.body) { assert.equal(body.type, 'TextualBody'); assert.equal(typeof body.value, 'string'); }
    const [q, p] = item.target.selector;
    assert.equal(q.type, 'TextQuoteSelector');
    assert.equal(p.type, 'TextPositionSelector');
    assert.ok(Number.isInteger(p.start) && Number.isInteger(p.end) && p.start <= p.end && p.end <= cps.length);
    // The position selector counts code points; `exact` is exactly that slice, prefix/suffix surround it.
    assert.equal(cps.slice(p.start, p.end).join(''), q.exact);
    assert.ok(cps.slice(0, p.start).join('').endsWith(q.prefix));
    assert.ok(cps.slice(p.end).join('').startsWith(q.suffix));
    assert.ok(q.prefix.length > 0 || p.start === 0);
    assert.equal(item.target.source, a.header.url ?? item.target.source);
  }
  return c;
}

describe('export: W3C Web Annotation', () => {
  it('exports the sample: one annotation per quote and entity, target = the seed URL, selectors match the text', () => {
    const a = sampleFixture();
    const c = check(a, SAMPLE, '000_be6e4752cb109430.txt');
    assert.equal(c.label, a.header.title);
    for (const item of c.first.items) assert.equal(item.target.source, a.header.url);
    const clark = c.first.items.find((i: any) => i.target.selector[0].exact.startsWith('He wants to shatter NATO'));
    assert.equal(clark.motivation, 'describing');
    assert.ok(clark.body.some((b: any) => b.purpose === 'identifying' && b.value === 'Wesley Clark'));
    assert.ok(clark.body.some((b: any) => b.purpose === 'describing' && /said/.test(b.value)));
    const nato = c.first.items.find((i: any) => i.target.selector[0].exact === 'NATO');
    assert.ok(nato.body.some((b: any) => b.purpose === 'classifying' && b.value === 'organization'));
  });

  it('counts code points after an astral character, with CRLF, quotes and multi-line spans', () => {
    const a = multiLineFixture();
    const c = check(a, NASTY);
    const oneil = c.first.items.find((i: any) => i.target.selector[0].exact === "John O'Neil");
    assert.equal(oneil.target.selector[1].start, NASTY.indexOf("John O'Neil") - 1, 'one code point less than UTF-16 after the emoji');
    assert.ok(c.first.items.some((i: any) => i.target.selector[0].exact.includes('\r\n')));
  });

  it('uses the file URI as target when the seed has no URL', () => {
    const text = 'No header. The mayor said so.';
    const a = { ...real(text).analysis };
    const c = JSON.parse(toW3c({ analysis: a, text, fileName: 'x.txt', fileUri: 'file:///tmp/x.txt' }));
    assert.equal(c.total, a.quotes.length + a.entities.length);
    const body = NASTY.split('\r\n').slice(3).join('\r\n');
    const noHeader = nastyFixture(body);
    assert.equal(noHeader.header.url, null);
    const built = toW3cCollection({ analysis: noHeader, text: body, fileName: '/tmp/a b#c.txt' });
    assert.ok(built.first.items.length > 0);
    for (const item of built.first.items) assert.equal(item.target.source, 'file:///tmp/a%20b%23c.txt');
    assert.equal(fileUri('C:\\data\\a.txt'), 'file:///C:/data/a.txt');
  });

  it('JSON Lines form is one compact collection per line', () => {
    const line = toW3cLine(input(sampleFixture(), SAMPLE));
    assert.equal(line.indexOf('\n'), line.length - 1);
    assert.deepEqual(JSON.parse(line), toW3cCollection(input(sampleFixture(), SAMPLE)));
  });

  it('is valid for whatever the real analyze() finds', () => {
    for (const text of [SAMPLE, NASTY, '', 'x']) check(real(text).analysis, text);
  });
});
