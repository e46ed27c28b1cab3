import * as assert from 'node:assert/strict';
import { parse } from 'csv-parse/sync';
import { analyze } from '../../src/engine';
import {
  type ArticleSummary, actorRow, CORPUS_COLUMNS, corpusCsv, CorpusIndex, identityKey, isAcronym, normalizeName, outletOf, quoteRow, summarize,
} from '../../src/corpus';
import { generateCorpus } from '../../bench/corpusGen';
import { PLANTED } from './corpusFixtures';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

function summaryOf(name: string, text: string): ArticleSummary {
  return summarize(name, analyze(text), text);
}

function indexOf(docs: { name: string; text: string }[]): CorpusIndex {
  const index = new CorpusIndex();
  for (const d of docs) index.set(summaryOf(d.name, d.text));
  return index;
}

/** A hand-made summary (no engine) for identity rules the engine's output does not pin down. */
function fake(file: string, date: string | null, actors: { name: string; type: string; aliases?: string[]; quotes?: number }[]): ArticleSummary {
  const list = actors.map((a, i) => ({
    localId: `a${i}`, name: a.name, type: a.type, aliases: a.aliases ?? [], role: null,
    key: identityKey(a, file), acronyms: a.type === 'organization' ? (a.aliases ?? []).filter(isAcronym).map(normalizeName) : [], quotes: a.quotes ?? 0,
  }));
  const quotes = list.flatMap((a) => Array.from({ length: a.quotes }, (_, k) => ({
    id: `${a.localId}q${k}`, speaker: a.localId, text: `quote ${k} of ${a.name}`, start: k * 10, end: k * 10 + 5, kind: 'direct', cue: 'said', confidence: 0.7,
  })));
  return { file, title: file, date, url: null, outlet: null, actors: list, quotes };
}

describe('Corpus core (src/corpus)', () => {
  describe('identity keys', () => {
    it('normalises case, diacritics, apostrophes, periods and a leading "the"', () => {
      assert.equal(normalizeName('Gérald Darmanin'), 'gerald darmanin');
      assert.equal(normalizeName("Korean People 's Army"), normalizeName("Korean People's Army"));
      assert.equal(normalizeName('U.S.'), 'us');
      assert.equal(normalizeName('the White House'), 'white house');
      assert.equal(normalizeName('Kim Jong-un'), 'kim jong-un');
    });

    it('full names, bare surnames, organisations, acronyms and per-article collectives', () => {
      assert.deepEqual(identityKey({ name: 'Antony Blinken', type: 'person' }, 'a'), { kind: 'person', id: 'person:antony-blinken', surname: 'blinken' });
      assert.deepEqual(identityKey({ name: 'Mr. Blinken', type: 'person' }, 'a'), { kind: 'bare', id: 'person:blinken', surname: 'blinken' });
      assert.deepEqual(identityKey({ name: 'Martin Luther King Jr.', type: 'person' }, 'a'), { kind: 'person', id: 'person:martin-luther-king-jr', surname: 'king' });
      assert.equal(identityKey({ name: 'WHO', type: 'organization' }, 'a')?.kind, 'acronym');
      assert.equal(identityKey({ name: 'World Health Organisation', type: 'organization' }, 'a')?.id, 'org:world-health-organisation');
      const g1 = identityKey({ name: 'officials', type: 'collective' }, 'https://a.example/1');
      const g2 = identityKey({ name: 'officials', type: 'collective' }, 'https://a.example/2');
      assert.equal(g1?.kind, 'group');
      assert.notEqual(g1?.id, g2?.id);
    });

    it('outlet from the URL: host without www. and port', () => {
      assert.equal(outletOf('https://www.washingtontimes.com:443/news/2022/jan/6/x/'), 'washingtontimes.com');
      assert.equal(outletOf('http://user@News.Example.org/a?b'), 'news.example.org');
      assert.equal(outletOf(null), null);
      assert.equal(outletOf('not a url'), null);
    });
  });

  describe('records and identity across articles', () => {
    it('one record per quote with file, date, outlet, speakerId, speaker, role, text, offsets', () => {
      const index = indexOf(PLANTED);
      const recs = [...index.records()];
      const total = PLANTED.reduce((n, d) => n + analyze(d.text).quotes.length, 0);
      assert.equal(recs.length, total);
      for (const r of recs) {
        const doc = PLANTED.find((d) => d.name === r.file)!;
        assert.equal(doc.text.slice(r.start, r.end), r.text);
        assert.match(r.date!, /^\d{4}-\d{2}-\d{2}$/);
        assert.ok(r.outlet && !r.outlet.startsWith('www.'));
        assert.ok(r.confidence >= 0 && r.confidence <= 1);
      }
      const titled = recs.find((r) => r.file === 'blinken-titled.seed.txt')!;
      assert.equal(titled.speaker, 'Antony Blinken');
      assert.equal(titled.role, 'Secretary of State');
      assert.equal(titled.outlet, 'example-news.com');
    });

    it('the same person across articles has one speaker id: titled, bare surname resolved in its article, bare surname alone', () => {
      const index = indexOf(PLANTED);
      const recs = [...index.records()].filter((r) => r.file.startsWith('blinken'));
      assert.deepEqual(recs.map((r) => r.file).sort(), ['blinken-bare.seed.txt', 'blinken-in-article.seed.txt', 'blinken-titled.seed.txt']);
      for (const r of recs) assert.equal(r.speakerId, 'person:antony-blinken', `${r.file}: ${r.speakerInArticle}`);
      const actor = index.actor('person:antony-blinken')!;
      assert.equal(actor.name, 'Antony Blinken');
      assert.equal(actor.quotes, 3);
      assert.equal(actor.articles, 3);
      assert.equal(actor.firstDate, '2022-01-10');
      assert.equal(actor.lastDate, '2022-01-12');
      assert.ok(actor.aliases.includes('Secretary of State Antony Blinken'));
      assert.deepEqual(index.quotesOf('person:antony-blinken').map((r) => r.date), ['2022-01-10', '2022-01-11', '2022-01-12']);
    });

    it('different people who share a surname stay apart; a bare surname joins only a unique one', () => {
      const index = indexOf(PLANTED);
      const by = (file: string) => [...index.records(file)].map((r) => r.speakerId);
      assert.deepEqual(by('hillary.seed.txt'), ['person:hillary-clinton']);
      assert.deepEqual(by('bill.seed.txt'), ['person:bill-clinton']);
      // Two Clintons in the corpus: the bare one stays apart.
      assert.deepEqual(by('clinton-bare.seed.txt'), ['person:clinton']);
      // Incremental: without Bill, the bare Clinton is Hillary; with him again, apart again.
      index.delete('bill.seed.txt');
      assert.deepEqual(by('clinton-bare.seed.txt'), ['person:hillary-clinton']);
      assert.equal(index.actor('person:hillary-clinton')!.quotes, 2);
      const bill = PLANTED.find((d) => d.name === 'bill.seed.txt')!;
      index.set(summaryOf(bill.name, bill.text));
      assert.deepEqual(by('clinton-bare.seed.txt'), ['person:clinton']);
    });

    it('organisations: same name is one actor; an acronym joins the one organisation that has it as an alias', () => {
      const index = new CorpusIndex();
      index.set(fake('a', '2020-01-01', [{ name: 'World Health Organisation', type: 'organization', aliases: ['WHO'], quotes: 1 }]));
      index.set(fake('b', '2020-02-01', [{ name: 'WHO', type: 'organization', quotes: 2 }]));
      index.set(fake('c', '2020-03-01', [{ name: 'the World Health Organisation', type: 'organization' }, { name: 'NATO', type: 'organization', quotes: 1 }]));
      const who = index.actor('org:world-health-organisation')!;
      assert.equal(who.quotes, 3);
      assert.equal(who.articles, 3);
      assert.equal(who.name, 'World Health Organisation');
      assert.ok(index.actor('org:nato'));
      // A second organisation claiming the acronym: the bare acronym stays apart.
      index.set(fake('d', '2020-04-01', [{ name: 'World Hockey Organisation', type: 'organization', aliases: ['WHO'] }]));
      assert.equal(index.speakerIdOf('b', 'a0'), 'org:who');
    });

    it('collectives never merge across articles', () => {
      const index = new CorpusIndex();
      index.set(fake('a', null, [{ name: 'officials', type: 'collective', quotes: 1 }]));
      index.set(fake('b', null, [{ name: 'officials', type: 'collective', quotes: 1 }]));
      assert.equal(index.speakers().length, 2);
    });

    it('is independent of the order articles are added in, and add/update/remove are incremental', () => {
      const docs = [...generateCorpus({ count: 40, seed: 16 }), ...PLANTED];
      const forward = indexOf(docs);
      const backward = indexOf([...docs].reverse());
      assert.deepEqual(backward.actors(), forward.actors());
      const recs = (ix: CorpusIndex) => [...ix.records()].sort((a, b) => (a.file + a.start < b.file + b.start ? -1 : 1));
      assert.deepEqual(recs(backward), recs(forward));
      assert.ok(forward.speakers().length > 20, `${forward.speakers().length} speakers`);
      // Update one article in place, then remove it: the actors table follows.
      const before = forward.actor('person:antony-blinken')!.quotes;
      const rev = forward.revision;
      forward.set(summaryOf('blinken-bare.seed.txt', PLANTED[2].text.replace('Blinken said', 'Smith said')));
      assert.ok(forward.revision > rev);
      assert.equal(forward.actor('person:antony-blinken')!.quotes, before - 1);
      forward.delete('blinken-bare.seed.txt');
      assert.equal(forward.has('blinken-bare.seed.txt'), false);
      assert.equal(forward.size, docs.length - 1);
      // Many changes later, the running counts equal a fresh index of the same articles.
      for (const d of docs.slice(0, 15)) forward.delete(d.name);
      for (const d of docs.slice(5, 10)) forward.set(summaryOf(d.name, d.text));
      const fresh = new CorpusIndex();
      for (const f of forward.files().reverse()) fresh.set(forward.get(f)!);
      assert.deepEqual(forward.actors(), fresh.actors());
      assert.deepEqual(recs(forward), recs(fresh));
    });

    it('queries: actors ranked by quotes, articles by date, an actor\'s articles', () => {
      const index = indexOf(PLANTED);
      const ranked = index.actors();
      for (let i = 1; i < ranked.length; i++) assert.ok(ranked[i - 1].quotes >= ranked[i].quotes);
      assert.equal(ranked[0].speakerId, 'person:antony-blinken');
      const dates = index.articlesByDate().map((a) => a.date!);
      assert.deepEqual(dates, [...dates].sort());
      assert.deepEqual(index.articlesOf('person:antony-blinken').map((a) => a.file), ['blinken-titled.seed.txt', 'blinken-in-article.seed.txt', 'blinken-bare.seed.txt']);
    });
  });

  it('is pure: no node:* or vscode imports, bundles for a browser (web worker)', async function () {
    this.timeout(60_000);
    const root = [join(__dirname, '..', '..', '..'), join(__dirname, '..', '..')].find((r) => existsSync(join(r, 'src', 'corpus', 'index.ts')))!;
    const dir = join(root, 'src', 'corpus');
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.ts'))) {
      const src = readFileSync(join(dir, f), 'utf8');
      assert.doesNotMatch(src, /from '(node:|vscode|fs|path)/, f);
    }
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    const esbuild = require('esbuild') as typeof import('esbuild');
    const r = await esbuild.build({ entryPoints: [join(dir, 'index.ts')], bundle: true, platform: 'browser', format: 'esm', write: false, logLevel: 'silent' });
    assert.equal(r.errors.length, 0);
    assert.doesNotMatch(r.outputFiles[0].text, /require\("(node:|fs|path)/);
  });

  describe('tables', () => {
    it('CSV: header, one row per record, formula-like cells neutralised unless raw', () => {
      const index = indexOf(PLANTED);
      const rows = [...index.records()].map(quoteRow);
      rows[0][rows[0].length - 1] = '=HYPERLINK("http://x")';
      const csv = corpusCsv(rows, 'quotes');
      const parsed = parse(csv, { columns: true }) as Record<string, string>[];
      assert.deepEqual(Object.keys(parsed[0]), [...CORPUS_COLUMNS.quotes]);
      assert.equal(parsed.length, rows.length);
      assert.equal(parsed[0].text, `'=HYPERLINK("http://x")`);
      assert.equal((parse(corpusCsv(rows, 'quotes', { raw: true }), { columns: true }) as Record<string, string>[])[0].text, '=HYPERLINK("http://x")');
      const actors = parse(corpusCsv(index.actors().map(actorRow), 'actors'), { columns: true }) as Record<string, string>[];
      assert.equal(actors[0].speakerId, 'person:antony-blinken');
      assert.equal(actors[0].quotes, '3');
      assert.match(actors[0].aliases, /Secretary of State Antony Blinken/);
    });
  });
});
