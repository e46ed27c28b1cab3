import * as assert from 'node:assert/strict';
import * as fake from './fakes/vscode';
import { boot, nextAnalysis, openSample, settle } from './fakes/boot';
import { DEFAULT_HIGHLIGHTS, LAYERS, decorationSpans, layerOptions, windowSpans, type LayerId } from '../../src/editor/decorations';
import { SAMPLE, SOURCES, at, sampleAnalysis, toCrlf } from './fakes/sample';

const TEXT_STYLE = ['color', 'fontWeight', 'fontStyle', 'textDecoration'];

describe('highlights (decorations)', () => {
  it('every layer uses contributed theme colours and sets a text style; quotes get a ruler mark and a border', () => {
    for (const l of LAYERS) {
      const o = layerOptions(l) as Record<string, unknown>;
      assert.ok(TEXT_STYLE.some((k) => o[k] !== undefined), `${l} has a text style`);
      for (const v of Object.values(o)) if (v instanceof fake.ThemeColor) assert.match(v.id, /^seedReader\.\w+$/);
    }
    const q = layerOptions('quote') as Record<string, any>;
    assert.equal(q.backgroundColor.id, 'seedReader.quoteBackground');
    assert.equal(q.borderColor.id, 'seedReader.quoteBorder');
    assert.equal(q.overviewRulerColor.id, 'seedReader.quoteOverviewRuler');
    const s = layerOptions('speaker') as Record<string, any>;
    assert.equal(s.color.id, 'seedReader.speakerForeground');
    assert.equal(s.fontWeight, 'bold');
    assert.equal((layerOptions('cue') as any).color.id, 'seedReader.cueForeground');
    assert.equal((layerOptions('place') as any).color.id, 'seedReader.placeForeground');
  });

  for (const source of SOURCES) {
    describe(`on the sample seed (${source})`, () => {
      it('windowSpans (big documents) gives the spans of decorationSpans that meet the window; windows side by side cover them all', () => {
        const a = sampleAnalysis(source);
        const settings = { ...DEFAULT_HIGHLIGHTS, other: true };
        const all = decorationSpans(a, settings);
        assert.ok(all.speaker.length > 0 && all.quote.length > 0 && all.person.length > 0);
        const cuts = [0, Math.floor(a.length / 4), Math.floor(a.length / 2), a.length];
        for (const l of LAYERS) {
          const seen = new Map<string, { start: number; end: number }>();
          for (let i = 0; i + 1 < cuts.length; i++) {
            for (const x of windowSpans(a, settings, cuts[i], cuts[i + 1])[l]) seen.set(`${x.start}:${x.end}`, x);
          }
          assert.deepEqual([...seen.values()].sort((x, y) => x.start - y.start || x.end - y.end), all[l], `layer ${l}`);
        }
        const lo = Math.floor(a.length / 3);
        const hi = Math.floor((2 * a.length) / 3);
        const part = windowSpans(a, DEFAULT_HIGHLIGHTS, lo, hi);
        const expected = decorationSpans(a, DEFAULT_HIGHLIGHTS);
        for (const l of LAYERS) assert.deepEqual(part[l], expected[l].filter((x) => x.end >= lo && x.start <= hi), `window, layer ${l}`);
      });

      it('layer spans slice to the expected text', () => {
        const a = sampleAnalysis(source);
        const spans = decorationSpans(a, DEFAULT_HIGHLIGHTS);
        const text = (l: LayerId) => spans[l].map((s) => SAMPLE.slice(s.start, s.end));
        assert.deepEqual(text('quote'), a.quotes.map((q) => q.text));
        assert.ok(text('quote').some((t) => t.startsWith('He wants to shatter NATO')));
        assert.ok(text('cue').includes('said'));
        assert.ok(text('cue').includes('told'));
        for (const name of ['Clark', 'Taylor', 'Blinken', 'Herbst']) assert.ok(text('speaker').some((t) => t.includes(name)), `${name} is a speaker`);
        assert.ok(!text('speaker').some((t) => /Baerbock/.test(t)), 'Baerbock does not speak');
        assert.ok(text('place').includes('Ukraine'));
        assert.ok(text('place').includes('Kazakhstan'));
        assert.ok(text('organization').includes('NATO'));
        assert.ok(text('person').some((t) => /Baerbock/.test(t)));
        assert.equal(spans.other.length, 0, '`other` is off by default');
        // A speaker mention is not also drawn as a plain person.
        for (const p of spans.person) assert.ok(!spans.speaker.some((s) => s.start < p.end && p.start < s.end));
      });

      it('settings switch layers off; `enabled: false` clears everything', () => {
        const a = sampleAnalysis(source);
        const none = decorationSpans(a, { ...DEFAULT_HIGHLIGHTS, enabled: false });
        for (const l of LAYERS) assert.equal(none[l].length, 0);
        const noQuotes = decorationSpans(a, { ...DEFAULT_HIGHLIGHTS, quotes: false, places: false });
        assert.equal(noQuotes.quote.length + noQuotes.cue.length + noQuotes.place.length, 0);
        assert.ok(noQuotes.speaker.length > 0);
        const noSpeakers = decorationSpans(a, { ...DEFAULT_HIGHLIGHTS, speakers: false });
        assert.ok(noSpeakers.person.some((s) => SAMPLE.slice(s.start, s.end).includes('Clark')), 'speakers fall back to the person colour');
      });

      it('draws the layers in a seed editor, toggles for the window, applies settings live and follows edits', async () => {
        const { b, doc, ed } = await openSample(source);
        const key = (l: LayerId) => (b.highlights.decorationType(l) as unknown as fake.DecorationTypeRecord).key;
        const drawn = (l: LayerId) => (ed.decorations.get(key(l)) ?? []).map((r) => doc.getText(r));
        assert.equal(fake.state.decorationTypes.length, LAYERS.length, 'one distinct decoration type per layer');
        assert.ok(drawn('quote').some((t) => t.startsWith('He wants to shatter NATO')));
        assert.ok(drawn('speaker').some((t) => t.includes('Clark')));
        assert.ok(drawn('place').includes('Kyiv'));
        assert.equal(fake.state.contextKeys.get('seedReader.highlightsOn'), true);

        await fake.commands.executeCommand('seedReader.toggleHighlights');
        await settle();
        assert.equal(fake.state.contextKeys.get('seedReader.highlightsOn'), false);
        for (const l of LAYERS) assert.equal(drawn(l).length, 0, `${l} cleared`);
        assert.equal(fake.state.settings.has('seedReader.highlight.enabled'), false, 'toggle writes no setting');
        await fake.commands.executeCommand('seedReader.toggleHighlights');
        await settle();
        assert.ok(drawn('quote').length > 0);

        fake.setSetting('seedReader.highlight.places', false);
        await settle();
        assert.equal(drawn('place').length, 0);
        assert.ok(drawn('quote').length > 0);
        fake.setSetting('seedReader.highlight.places', undefined);
        await settle();
        assert.ok(drawn('place').includes('Kyiv'));

        // An edit above everything: after the (debounced) re-analysis the ranges still slice to the same text.
        const before = drawn('speaker');
        const edited = nextAnalysis(b.service);
        fake.editDocument(doc, `Edited note line\n${SAMPLE}`);
        await edited;
        await settle();
        assert.deepEqual(drawn('speaker'), before);
        assert.ok(ed.decorations.get(key('speaker'))!.every((r) => r.start.line >= 4), 'moved down one line');
      });

      it('maps offsets through CRLF line ends', async () => {
        const b = boot(source);
        const crlf = toCrlf(SAMPLE).text;
        const doc = fake.openDocument(crlf);
        const ready = nextAnalysis(b.service);
        const ed = fake.showEditor(doc);
        await ready;
        await settle();
        const key = (b.highlights.decorationType('quote') as unknown as fake.DecorationTypeRecord).key;
        const quotes = ed.decorations.get(key)!.map((r) => doc.getText(r));
        assert.deepEqual(quotes, sampleAnalysis(source).quotes.map((q) => q.text));
        const herbst = ed.decorations.get(key)!.find((r) => doc.getText(r).startsWith('The sequence is wrong'))!;
        assert.equal(herbst.start.line, doc.positionAt(at(crlf, 'The sequence is wrong')).line);
      });
    });
  }

  it('leaves non-seed documents alone', async () => {
    boot('gold');
    const doc = fake.openDocument('just some text\nsaid Mr. Clark\n', { languageId: 'plaintext' });
    const ed = fake.showEditor(doc);
    await settle();
    assert.equal(ed.decorationCalls.length, 0);
  });
});
