import * as assert from 'node:assert/strict';
import type * as vscode from 'vscode';
import * as fake from './fakes/vscode';
import { boot } from './fakes/boot';
import { HOVER_COMMANDS, escapeMarkdown, hoverCard } from '../../src/editor/hover';
import { SAMPLE, SOURCES, at, sampleAnalysis } from './fakes/sample';
import { actorMentions } from '../../src/editor/model';
import { count } from '../../src/editor/text';

function links(md: string): { command: string; args: unknown[] }[] {
  const out: { command: string; args: unknown[] }[] = [];
  for (const m of md.matchAll(/\]\(command:([\w.]+)\?([^ )]+)/g)) out.push({ command: m[1], args: JSON.parse(decodeURIComponent(m[2])) });
  return out;
}

describe('hover cards', () => {
  it('escapes Markdown in document text', () => {
    assert.equal(escapeMarkdown('a*b_[c](d)'), 'a\\*b\\_\\[c\\]\\(d\\)');
  });

  for (const source of SOURCES) {
    describe(`on the sample seed (${source})`, () => {
      const uri = 'file:///seeds/sample.txt';

      it('on `Mr. Clark`: names Wesley Clark, his role, aliases, counts, quotes as reveal links and a tree link', () => {
        const a = sampleAnalysis(source);
        const off = at(SAMPLE, 'Mr. Clark said') + 5;
        const card = hoverCard(a, uri, off);
        assert.ok(card);
        const actor = a.actors.find((x) => x.name === 'Wesley Clark')!;
        assert.ok(actor.role, 'the text gives Clark a role');
        assert.match(card.markdown, /^\*\*Wesley Clark\*\* — person · speaker/);
        assert.ok(card.markdown.includes(escapeMarkdown(actor.role)), card.markdown);
        for (const alias of actor.aliases) assert.ok(card.markdown.includes(escapeMarkdown(alias)), alias);
        assert.ok(card.markdown.includes(`${count(actorMentions(a, actor.id).length, 'mention')} · ${count(actor.quotes.length, 'quote')}`));
        assert.ok(card.span.start <= off && off <= card.span.end);
        const ls = links(card.markdown);
        const reveals = ls.filter((l) => l.command === 'seedReader.revealRange');
        const mentions = actorMentions(a, actor.id);
        assert.ok(reveals.length >= 1 && reveals.length <= Math.min(8, mentions.length) + 3 + actor.claims.length + 3);
        for (const r of reveals) {
          assert.equal(r.args[0], uri);
          const [s, e] = r.args.slice(1) as number[];
          assert.ok(
            a.quotes.some((q) => q.start === s && q.end === e) || a.claims.some((c) => c.start === s && c.end === e)
              || mentions.some((m) => m.start === s && m.end === e),
          );
        }
        // Every mention is a link (up to eight).
        for (const m of mentions.slice(0, 8)) assert.ok(reveals.some((r) => r.args[1] === m.start && r.args[2] === m.end), `mention at ${m.start}`);
        assert.deepEqual(ls.filter((l) => l.command === 'seedReader.focusActor').map((l) => l.args), [[actor.id]]);
        assert.ok(ls.every((l) => (HOVER_COMMANDS as readonly string[]).includes(l.command)));
      });

      it('on a quote: speaker with role, cue, kind, confidence and how the speaker was found', () => {
        const a = sampleAnalysis(source);
        const off = at(SAMPLE, 'The sequence is wrong') + 10;
        const card = hoverCard(a, uri, off);
        assert.ok(card);
        const q = a.quotes.find((x) => x.start <= off && off < x.end)!;
        assert.match(card.markdown, new RegExp(`^\\*\\*Quote\\*\\* — ${q.kind} · confidence \\d+%`));
        const speaker = a.actors.find((x) => x.id === q.speaker);
        assert.equal(speaker?.name, 'John Herbst');
        assert.ok(card.markdown.includes('Speaker: **John Herbst**'));
        if (q.cue) assert.ok(card.markdown.includes(`Cue: *${escapeMarkdown(q.cue)}*`));
        assert.ok(card.markdown.includes(`Found by: ${escapeMarkdown(q.attribution)}`));
        assert.deepEqual(card.span, { start: q.start, end: q.end });
      });

      it('on a non-actor entity: type, canonical form and mention count', () => {
        const a = sampleAnalysis(source);
        const e = a.entities.find((x) => !x.actor && x.type === 'place' && /Ukraine/.test(x.text))!;
        assert.ok(e, 'Ukraine is a place entity');
        const card = hoverCard(a, uri, e.start + 1);
        assert.ok(card);
        const n = a.entities.filter((x) => x.type === e.type && (x.canonical || x.text).toLowerCase() === (e.canonical || e.text).toLowerCase()).length;
        assert.ok(n > 3);
        assert.match(card.markdown, new RegExp(`^\\*\\*${escapeMarkdown(e.canonical).replace(/\\/g, '\\\\')}\\*\\* — place`));
        assert.ok(card.markdown.includes(`${n} mentions`));
      });

      it('the provider returns a trusted MarkdownString limited to the listed commands, with the mention range', async () => {
        boot(source);
        const doc = fake.openDocument(SAMPLE);
        const p = fake.provider<vscode.HoverProvider>('hover');
        const off = at(SAMPLE, 'Mr. Clark said') + 5;
        const pos = doc.positionAt(off);
        const hover = (await p.provideHover(doc as unknown as vscode.TextDocument, pos as vscode.Position, {} as vscode.CancellationToken)) as unknown as fake.Hover;
        assert.ok(hover);
        const md = hover.contents[0];
        assert.deepEqual(md.isTrusted, {
          enabledCommands: [
            'seedReader.revealRange', 'seedReader.focusActor', 'seedReader.correctSpeaker', 'seedReader.markNotQuote',
            'seedReader.correctEntityType', 'seedReader.markNotEntity', 'seedReader.renameActor', 'seedReader.showCorrections',
          ],
        });
        assert.equal(md.supportThemeIcons, true);
        assert.ok(hover.range);
        assert.match(doc.getText(hover.range as fake.Range), /Clark/);
        const nothing = await p.provideHover(doc as unknown as vscode.TextDocument, doc.positionAt(at(SAMPLE, 'https://')) as vscode.Position, {} as vscode.CancellationToken);
        assert.equal(nothing, undefined, 'no card on the URL line');
      });
    });
  }
});
