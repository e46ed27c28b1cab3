// The reader's corrections: the pure core (src/corrections): anchoring, the sidecar format, each op.
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { analyze } from '../../src/engine';
import type { Analysis } from '../../src/engine/types';
import {
  addCorrection, applyCorrections, applySidecarText, correctEntityType, correctionsAt, correctSpeaker, type Correction, emptyCorrections, isCorrected,
  makeTarget, markNotQuote, markQuote, parseCorrections, removeCorrection, resolveTarget, serializeCorrections, sidecarName, splitActor,
} from '../../src/corrections';
import { toSeedJson } from '../../src/export/json';
import { checkSeedJson, find, input, ROOT, SAMPLE } from './exportFixtures';
import { checkInvariants } from './correctionsHelpers';

const corrSchema = JSON.parse(readFileSync(join(ROOT, 'schema', 'seed-reader-corrections-1.schema.json'), 'utf8'));
const validateSidecar = new Ajv({ allErrors: true, strict: true }).compile(corrSchema);

const t = (exact: string, nth = 0) => ({ exact, start: find(SAMPLE, exact, 0, nth).start });
const actorNamed = (a: Analysis, name: string) => a.actors.find((x) => x.name === name);

describe('corrections: core', () => {
  let base: Analysis;
  before(() => {
    base = analyze(SAMPLE);
  });

  describe('anchoring', () => {
    it('finds the exact text at its offset, or nearest to it after an edit elsewhere', () => {
      assert.deepEqual(resolveTarget('abc abc abc', { exact: 'abc', start: 4 }), { start: 4, end: 7 });
      assert.deepEqual(resolveTarget('XXabc abc abc', { exact: 'abc', start: 5 }), { start: 6, end: 9 }, 'nearest to 5');
      assert.deepEqual(resolveTarget('abc abc abc', { exact: 'abc', start: 10 }), { start: 8, end: 11 });
      assert.equal(resolveTarget('abc', { exact: 'xyz', start: 0 }), null);
      assert.equal(resolveTarget('abc', { exact: '', start: 0 }), null);
    });

    it('prefers the occurrence whose prefix/suffix match, even when another is nearer', () => {
      const text = 'one said. two said. three said.';
      const target = { exact: 'said', start: 4, prefix: 'three ', suffix: '.' };
      assert.deepEqual(resolveTarget(text, target), { start: 26, end: 30 });
      assert.deepEqual(resolveTarget(text, makeTarget(text, { start: 14, end: 18 })), { start: 14, end: 18 });
    });

    it('with context, an occurrence whose prefix and suffix are both gone does not count (orphaned, not moved)', () => {
      const text = 'Mr. Biden spoke. Later, Biden left.';
      const tg = makeTarget(text, { start: 4, end: 9 }, 6);
      assert.deepEqual(resolveTarget(text, tg), { start: 4, end: 9 });
      assert.deepEqual(resolveTarget('Mrs. X. ' + text, tg), { start: 12, end: 17 }, 'an edit elsewhere');
      assert.deepEqual(resolveTarget(text.replace('spoke.', 'talked.'), tg), { start: 4, end: 9 }, 'an edit on one side');
      assert.equal(resolveTarget('The president spoke. Later, Biden left.', tg), null);
      assert.deepEqual(resolveTarget('The president spoke. Later, Biden left.', { exact: 'Biden', start: 4 }), { start: 28, end: 33 }, 'no context: nearest');
    });

    it('makeTarget keeps context and never splits a surrogate pair', () => {
      const text = '😀😀 hello 😀😀';
      const tg = makeTarget(text, { start: 5, end: 10 }, 4);
      assert.equal(tg.exact, 'hello');
      assert.ok(!/^[\udc00-\udfff]/.test(tg.prefix ?? ''));
      assert.ok(!/[\ud800-\udbff]$/.test(tg.suffix ?? ''));
    });
  });

  describe('sidecar format', () => {
    it('serialises one correction per line, and parses back what it wrote', () => {
      let file = emptyCorrections();
      file = addCorrection(file, correctSpeaker(SAMPLE, find(SAMPLE, 'He wants to shatter NATO'), 'Wesley Clark'));
      file = addCorrection(file, { op: 'mergeActors', actors: ['Biden', 'Joseph R. Biden Jr.'], name: 'Joseph R. Biden Jr.', note: 'same person' });
      const text = serializeCorrections(file);
      assert.equal(text.split('\n').filter((l) => l.includes('"op"')).length, 2);
      assert.ok(text.endsWith('\n'));
      const parsed = parseCorrections(text);
      assert.deepEqual(parsed.problems, []);
      assert.deepEqual(parsed.corrections, file.corrections);
      assert.ok(validateSidecar(JSON.parse(text)), JSON.stringify(validateSidecar.errors));
      assert.equal(sidecarName('seeds/000_be6e4752cb109430.txt'), 'seeds/000_be6e4752cb109430.txt.corrections.json');
    });

    it('the example of the issue is valid for the published schema', () => {
      const example = {
        schema: 'seed-reader-corrections/1',
        corrections: [
          { op: 'speaker', target: { exact: 'He wants to shatter NATO', start: 185 }, speaker: 'Wesley Clark' },
          { op: 'notQuote', target: { exact: 'x', start: 0 } },
          { op: 'quote', target: { exact: 'x', start: 0 }, speaker: 'y' },
          { op: 'entityType', target: { exact: 'Trump Plaza', start: 0 }, type: 'place' },
          { op: 'notEntity', target: { exact: 'x', start: 0 } },
          { op: 'mergeActors', actors: ['Biden', 'Joseph R. Biden Jr.'], name: 'Joseph R. Biden Jr.' },
          { op: 'splitActor', actor: 'a', mentions: [{ exact: 'x', start: 0 }], name: 'b' },
          { op: 'renameActor', actor: 'a', name: 'b' },
        ],
      };
      assert.ok(validateSidecar(example), JSON.stringify(validateSidecar.errors));
      assert.deepEqual(parseCorrections(JSON.stringify(example)).problems, []);
      assert.ok(!validateSidecar({ ...example, corrections: [{ op: 'speaker', target: { exact: 'x' }, speaker: 'y' }] }));
    });

    it('reports each bad entry by index and what is wrong; keeps the good ones', () => {
      const parsed = parseCorrections(JSON.stringify({
        schema: 'seed-reader-corrections/1',
        corrections: [
          { op: 'notQuote', target: { exact: 'a', start: 0 } },
          { op: 'speaker', target: { exact: 'a', start: -1 }, speaker: 'X' },
          { op: 'shout' },
          'nope',
          { op: 'mergeActors', actors: ['only one'] },
          { op: 'speaker', target: { exact: 'b', start: 3 } },
          { op: 'renameActor', actor: 'A', name: 'B' },
        ],
      }));
      assert.deepEqual(parsed.indices, [0, 6]);
      assert.deepEqual(parsed.problems.map((p) => p.index), [1, 2, 3, 4, 5]);
      assert.match(parsed.problems[0].message, /^entry 1 \(speaker\): "target"\.start must be an integer/);
      assert.match(parsed.problems[1].message, /unknown op "shout"/);
      assert.match(parsed.problems[2].message, /entry 3: not an object/);
      assert.match(parsed.problems[3].message, /at least two/);
      assert.match(parsed.problems[4].message, /missing "speaker"/);
    });

    it('invalid JSON, a wrong schema or no array is one problem for the whole file', () => {
      assert.match(parseCorrections('{ nope').problems[0].message, /not valid JSON/);
      const v2 = parseCorrections('{"schema": "seed-reader-corrections/2", "corrections": []}');
      assert.equal(v2.problems[0].index, null);
      assert.match(v2.problems[0].message, /unsupported schema/);
      assert.match(parseCorrections('[]').problems[0].message, /expected an object/);
      assert.match(parseCorrections('{"schema": "seed-reader-corrections/1"}').problems[0].message, /"corrections" must be an array/);
    });

    it('a later correction of the same quote replaces the earlier one; removeCorrection undoes one', () => {
      const span = find(SAMPLE, 'He wants to shatter NATO');
      let file = addCorrection(null, correctSpeaker(SAMPLE, span, 'A'));
      file = addCorrection(file, correctEntityType(SAMPLE, find(SAMPLE, 'Atlantic Council'), 'place'));
      file = addCorrection(file, markNotQuote(SAMPLE, span));
      assert.deepEqual(file.corrections.map((c) => c.op), ['entityType', 'notQuote']);
      assert.deepEqual(correctionsAt(file, SAMPLE, { start: span.start + 3, end: span.start + 3 }), [1]);
      assert.deepEqual(removeCorrection(file, 0).corrections.map((c) => c.op), ['notQuote']);
      // A new speaker for a quote the reader marked keeps it a quote, of its kind.
      const sel = find(SAMPLE, 'a prelude to an invasion');
      let marked = addCorrection(null, markQuote(SAMPLE, sel, 'analysts', 'partial'));
      marked = addCorrection(marked, correctSpeaker(SAMPLE, sel, 'Wesley Clark'));
      assert.equal(marked.corrections.length, 1);
      assert.deepEqual({ ...marked.corrections[0], target: undefined }, { op: 'quote', target: undefined, speaker: 'Wesley Clark', kind: 'partial' });
    });
  });

  describe('apply', () => {
    const apply = (cs: Correction[], a = base) => {
      const out = applyCorrections(a, SAMPLE, cs);
      checkInvariants(out.analysis, SAMPLE);
      checkSeedJson(toSeedJson(input(out.analysis, SAMPLE)), SAMPLE);
      return out;
    };

    it('no corrections: the same analysis object', () => {
      assert.equal(applyCorrections(base, SAMPLE, []).analysis, base);
    });

    it('the engine output already keeps the invariants', () => {
      checkInvariants(base, SAMPLE);
    });

    it('speaker: to an existing actor (claims follow), to a new name, to nobody', () => {
      const q0 = base.quotes.find((q) => q.text.startsWith('He wants to shatter NATO'))!;
      const taylor = actorNamed(base, 'William Taylor')!;
      let out = apply([{ op: 'speaker', target: t('He wants to shatter NATO'), speaker: 'William Taylor' }]);
      assert.equal(out.results[0].status, 'applied');
      let q = out.analysis.quotes.find((x) => x.id === q0.id)!;
      assert.equal(q.speaker, taylor.id);
      assert.ok(isCorrected(q));
      assert.equal(q.confidence, 1);
      assert.ok(actorNamed(out.analysis, 'William Taylor')!.quotes.includes(q0.id));
      assert.ok(!actorNamed(out.analysis, 'Wesley Clark')!.quotes.includes(q0.id));
      assert.ok(out.analysis.claims.filter((c) => c.quote === q0.id).every((c) => c.actor === taylor.id));
      // The input is untouched.
      assert.equal(base.quotes.find((x) => x.id === q0.id)!.speaker, q0.speaker);
      assert.ok(!isCorrected(base.quotes.find((x) => x.id === q0.id)));

      out = apply([{ op: 'speaker', target: t('He wants to shatter NATO'), speaker: 'Jane Newname' }]);
      const jane = actorNamed(out.analysis, 'Jane Newname')!;
      assert.ok(jane && isCorrected(jane));
      assert.equal(jane.type, 'person');
      assert.deepEqual(jane.quotes, [q0.id]);

      out = apply([{ op: 'speaker', target: t('He wants to shatter NATO'), speaker: null }]);
      q = out.analysis.quotes.find((x) => x.id === q0.id)!;
      assert.equal(q.speaker, null);
      assert.ok(!out.analysis.claims.some((c) => c.quote === q0.id));
    });

    it('notQuote removes the quote and the claim it carries; quote adds one with its speaker', () => {
      const herbst = base.quotes.find((q) => q.text.startsWith('The sequence is wrong'))!;
      let out = apply([{ op: 'notQuote', target: t('The sequence is wrong') }]);
      assert.ok(!out.analysis.quotes.some((q) => q.id === herbst.id));
      assert.ok(!out.analysis.claims.some((c) => c.quote === herbst.id));
      assert.equal(out.analysis.quotes.length, base.quotes.length - 1);
      // Again on the result: nothing left to do.
      assert.equal(applyCorrections(out.analysis, SAMPLE, [{ op: 'notQuote', target: t('The sequence is wrong') }]).results[0].status, 'unchanged');

      out = apply([{ op: 'quote', target: t('a prelude to an invasion'), speaker: 'analysts' }]);
      const q = out.analysis.quotes.find((x) => x.text === 'a prelude to an invasion')!;
      assert.ok(q && isCorrected(q));
      const analysts = actorNamed(out.analysis, 'analysts')!;
      assert.equal(q.speaker, analysts.id);
      assert.equal(q.paragraph, base.paragraphs.find((p) => p.start <= q.start && q.start < p.end)!.index);
      const claims = out.analysis.claims.filter((c) => c.start === q.start && c.end === q.end);
      assert.equal(claims.length, 1, 'the reader claim replaces the engine claim on the same text');
      assert.equal(claims[0].quote, q.id);
    });

    it('quote over an existing quote replaces it (quotes stay disjoint)', () => {
      const q1 = base.quotes.find((q) => q.text.startsWith('No one knows'))!;
      const out = apply([{ op: 'quote', target: t('No one knows whats in Mr. Putins head'), speaker: 'Vladimir Putin' }]);
      assert.ok(!out.analysis.quotes.some((q) => q.id === q1.id));
      assert.ok(out.analysis.quotes.some((q) => q.text === 'No one knows whats in Mr. Putins head'));
    });

    it('entityType: organization → place unlinks the actor (dropped when left with nothing); a new entity links an actor', () => {
      const wh = base.entities.find((e) => e.text === 'White House')!;
      assert.ok(wh.actor);
      let out = apply([{ op: 'entityType', target: t('White House'), type: 'place' }]);
      const e = out.analysis.entities.find((x) => x.id === wh.id)!;
      assert.equal(e.type, 'place');
      assert.equal(e.actor, undefined);
      assert.ok(isCorrected(e));
      assert.ok(!out.analysis.actors.some((a) => a.id === wh.actor), 'the White House actor had only that mention');

      // A new entity over part of another replaces it; a person or organization is an actor mention.
      out = apply([{ op: 'entityType', target: t('Atlantic Council event'), type: 'organization' }]);
      const ev = out.analysis.entities.find((x) => x.text === 'Atlantic Council event')!;
      assert.ok(ev && isCorrected(ev));
      assert.ok(!out.analysis.entities.some((x) => x.text === 'Atlantic Council' && x.start === ev.start));
      assert.ok(ev.actor && actorNamed(out.analysis, 'Atlantic Council event')?.id === ev.actor);
      assert.equal(out.results[0].status, 'applied');
    });

    it('notEntity removes the entity and the actor mention', () => {
      const kyiv = base.entities.find((e) => e.text === 'NATO')!;
      const out = apply([{ op: 'notEntity', target: { exact: 'NATO', start: kyiv.start } }]);
      assert.ok(!out.analysis.entities.some((e) => e.start === kyiv.start));
      const nato = out.analysis.actors.find((a) => a.id === kyiv.actor)!;
      assert.ok(!nato.mentions.some((m) => m.start === kyiv.start));
      assert.equal(nato.mentions.length, base.actors.find((a) => a.id === kyiv.actor)!.mentions.length - 1);
    });

    it('mergeActors: one actor, every reference remapped, names become aliases', () => {
      const out = apply([{ op: 'mergeActors', actors: ['Biden', 'Biden administration'], name: 'Joseph R. Biden Jr.' }]);
      const biden = actorNamed(out.analysis, 'Joseph R. Biden Jr.')!;
      assert.ok(biden && isCorrected(biden));
      assert.equal(biden.id, 'actor-biden');
      assert.ok(!out.analysis.actors.some((a) => a.id === 'actor-biden-administration'));
      assert.ok(biden.aliases.includes('Biden') && biden.aliases.includes('Biden administration'));
      const before = base.actors.filter((a) => a.id === 'actor-biden' || a.id === 'actor-biden-administration').reduce((k, a) => k + a.mentions.length, 0);
      assert.equal(biden.mentions.length, before);
      for (const e of out.analysis.entities) {
        assert.notEqual(e.actor, 'actor-biden-administration');
        if (e.actor === biden.id) assert.equal(e.canonical, biden.name);
      }
      // Unknown names: orphaned, nothing changes.
      const none = applyCorrections(base, SAMPLE, [{ op: 'mergeActors', actors: ['Nobody', 'No one'] }]);
      assert.equal(none.results[0].status, 'orphaned');
      assert.equal(none.analysis, base);
      // Only one found (the engine already merged them, or the other is gone): the name still applies.
      const one = apply([{ op: 'mergeActors', actors: ['Biden', 'Joseph R. Biden Jr.'], name: 'Joseph R. Biden Jr.' }]);
      assert.equal(one.results[0].status, 'applied');
      assert.match(one.results[0].message, /not found: "Joseph R\. Biden Jr\."/);
      assert.equal(one.analysis.actors.find((a) => a.id === 'actor-biden')!.name, 'Joseph R. Biden Jr.');
      assert.equal(apply([{ op: 'mergeActors', actors: ['Biden', 'Mr. Biden'] }]).results[0].status, 'unchanged');
    });

    it('splitActor moves mentions (and the quotes attributed through them) to another actor', () => {
      const clark = actorNamed(base, 'Wesley Clark')!;
      const q0 = base.quotes.find((q) => q.id === clark.quotes[0])!;
      assert.ok(q0.speakerSpan);
      const c = splitActor(SAMPLE, 'Wesley Clark', [q0.speakerSpan!], 'Another Clark');
      const out = apply([c]);
      const other = actorNamed(out.analysis, 'Another Clark')!;
      assert.ok(other && isCorrected(other));
      assert.deepEqual(other.mentions, [q0.speakerSpan]);
      assert.equal(out.analysis.quotes.find((q) => q.id === q0.id)!.speaker, other.id);
      const rest = actorNamed(out.analysis, 'Wesley Clark')!;
      assert.equal(rest.mentions.length, clark.mentions.length - 1);
      const e = out.analysis.entities.find((x) => x.start === q0.speakerSpan!.start)!;
      assert.equal(e.actor, other.id);
    });

    it('renameActor keeps the old name as an alias and later corrections use the new name', () => {
      const out = apply([
        { op: 'renameActor', actor: 'Wesley Clark', name: 'Gen. Wesley Clark' },
        { op: 'speaker', target: t('The sequence is wrong'), speaker: 'Gen. Wesley Clark' },
      ]);
      const clark = actorNamed(out.analysis, 'Gen. Wesley Clark')!;
      assert.ok(clark.aliases.includes('Wesley Clark'));
      assert.ok(clark.quotes.includes(base.quotes.find((q) => q.text.startsWith('The sequence is wrong'))!.id));
      assert.ok(out.analysis.entities.filter((e) => e.actor === clark.id).every((e) => e.canonical === 'Gen. Wesley Clark'));
      assert.deepEqual(out.results.map((r) => r.status), ['applied', 'applied']);
    });

    it('an orphaned target is reported and applied nowhere', () => {
      const out = applyCorrections(base, SAMPLE, [
        { op: 'notQuote', target: { exact: 'words that are not in the article', start: 10 } },
        { op: 'renameActor', actor: 'Nobody Atall', name: 'X' },
      ]);
      assert.deepEqual(out.results.map((r) => r.status), ['orphaned', 'orphaned']);
      assert.match(out.results[0].message, /no longer in the seed/);
      assert.equal(out.orphaned, 2);
      checkInvariants(out.analysis, SAMPLE);
      assert.deepEqual(toSeedJson(input(out.analysis, SAMPLE)), toSeedJson(input(base, SAMPLE)));
    });

    it('survives an edit elsewhere: same correction on the edited text', () => {
      const edited = SAMPLE.replace('Deadly protests', 'Deadly and, some say, unprecedented protests');
      const a = analyze(edited);
      const corr: Correction = { op: 'speaker', target: t('The sequence is wrong'), speaker: 'William Taylor' };
      const out = applyCorrections(a, edited, [corr]);
      assert.equal(out.results[0].status, 'applied');
      checkInvariants(out.analysis, edited);
      const q = out.analysis.quotes.find((x) => x.text.startsWith('The sequence is wrong'))!;
      assert.equal(out.analysis.actors.find((x) => x.id === q.speaker)!.name, 'William Taylor');
    });

    it('the core imports nothing of node or vscode (it runs in the web worker)', () => {
      const dir = join(ROOT, 'src', 'corrections');
      for (const f of readdirSync(dir).filter((x) => x.endsWith('.ts'))) {
        const src = readFileSync(join(dir, f), 'utf8');
        for (const m of src.matchAll(/from '([^']+)'/g)) {
          assert.ok(m[1].startsWith('./') || m[1] === '../engine/types', `${f} imports ${m[1]}`);
          if (m[1] === '../engine/types') assert.match(src, /import type [^;]+'\.\.\/engine\/types'/, `${f}: type-only import`);
        }
      }
    });

    it('applySidecarText reports entries by their index in the file', () => {
      const json = JSON.stringify({ schema: 'seed-reader-corrections/1', corrections: [
        { op: 'bogus' },
        { op: 'notQuote', target: { exact: 'not in the text at all', start: 0 } },
        { op: 'renameActor', actor: 'Wesley Clark', name: 'Wes Clark' },
      ] });
      const out = applySidecarText(base, SAMPLE, json);
      assert.deepEqual(out.problems.map((p) => p.index), [0]);
      assert.deepEqual(out.results.map((r) => [r.index, r.status]), [[1, 'orphaned'], [2, 'applied']]);
      assert.ok(actorNamed(out.analysis, 'Wes Clark'));
      assert.equal(applySidecarText(base, SAMPLE, null).analysis, base);
    });

    it('never throws on garbage', () => {
      const junk = [null, 1, 'x', {}, { op: 'speaker' }, { op: 'mergeActors', actors: null }, { op: 'splitActor', actor: 'Biden', mentions: [null] }] as unknown as Correction[];
      const out = applyCorrections(base, SAMPLE, junk);
      assert.equal(out.results.length, junk.length);
      checkInvariants(out.analysis, SAMPLE);
    });

    it('builders: markQuote with kind', () => {
      const c = markQuote(SAMPLE, find(SAMPLE, 'a prelude to an invasion'), null, 'partial');
      const out = apply([c]);
      assert.equal(out.analysis.quotes.find((q) => q.text === 'a prelude to an invasion')!.kind, 'partial');
    });
  });
});
