import * as assert from 'node:assert/strict';
import type * as vscode from 'vscode';
import * as fake from './fakes/vscode';
import { boot, nextAnalysis, settle } from './fakes/boot';
import { ACTORS_VIEW, buildActorTree, type ActorNode, type EntityNode, type ActorTreeNode, type GroupNode } from '../../src/editor/actorsTree';
import { statusText } from '../../src/editor/statusBar';
import { SAMPLE, SOURCES, at, sampleAnalysis } from './fakes/sample';

const nameOf = (n: ActorNode | EntityNode): string => (n.type === 'actor' ? n.actor.name : n.entity.name);
const ALL = { sort: 'appearance' as const, filter: '', speakersOnly: false };

describe('Actors & Claims view', () => {
  for (const source of SOURCES) {
    describe(`on the sample seed (${source})`, () => {
      it('groups speakers first, with quotes as children, in order of appearance', () => {
        const a = sampleAnalysis(source);
        const groups = buildActorTree(a, ALL);
        assert.equal(groups[0].label, 'Speakers');
        const order = ['Speakers', 'People', 'Organizations', 'Places', 'Unnamed sources'];
        const labels = groups.map((g) => g.label);
        assert.deepEqual(labels, order.filter((l) => labels.includes(l)));
        const speakers = groups[0].children.map((n) => nameOf(n));
        for (const n of ['Wesley Clark', 'William Taylor', 'Antony Blinken', 'John Herbst']) assert.ok(speakers.includes(n), n);
        assert.ok(!speakers.includes('Annalena Baerbock'));
        const firsts = groups[0].children.map((n) => n.first.start);
        assert.deepEqual(firsts, [...firsts].sort((x, y) => x - y));
        const blinken = groups[0].children.find((n) => nameOf(n) === 'Antony Blinken')!;
        assert.equal(blinken.children.filter((c) => c.type === 'quote').length, blinken.quoteCount);
        for (const c of blinken.children) assert.equal(SAMPLE.slice(c.span.start, c.span.end), c.text);
      });

      it('sorts by number of quotes, filters by name/role, and shows speakers only', () => {
        const a = sampleAnalysis(source);
        const byQuotes = buildActorTree(a, { ...ALL, sort: 'quotes' })[0].children.map((n) => n.quoteCount);
        assert.deepEqual(byQuotes, [...byQuotes].sort((x, y) => y - x));
        const f = buildActorTree(a, { ...ALL, filter: 'herbst' });
        assert.deepEqual(f.flatMap((g) => g.children.map((n) => nameOf(n))), ['John Herbst']);
        const byRole = buildActorTree(a, { ...ALL, filter: 'AMBASSADOR' }).flatMap((g) => g.children.map((n) => nameOf(n)));
        assert.ok(byRole.includes('John Herbst') && byRole.includes('William Taylor'));
        const byQuoteText = buildActorTree(a, { ...ALL, filter: 'sequence is wrong' }).flatMap((g) => g.children);
        assert.equal(byQuoteText.length, 1);
        assert.equal(byQuoteText[0].children.length, 1, 'narrowed to the matching quote');
        const so = buildActorTree(a, { ...ALL, speakersOnly: true }).flatMap((g) => g.children);
        assert.ok(so.length > 0 && so.every((n) => n.quoteCount > 0));
      });

      it('follows the active seed editor in its one view, maps nodes to items, and reveals on click', async () => {
        const b = boot(source);
        assert.deepEqual(fake.state.treeViews.map((v) => v.id), [ACTORS_VIEW]);
        assert.deepEqual(b.tree.getChildren(), [], 'empty (welcome content) with no seed open');
        assert.equal(fake.state.contextKeys.get('seedReader.active'), false);
        const doc = fake.openDocument(SAMPLE, { path: '/seeds/sample.txt' });
        const ready = nextAnalysis(b.service);
        fake.showEditor(doc);
        await ready;
        await settle();
        assert.equal(fake.state.contextKeys.get('seedReader.active'), true);
        const roots = b.tree.getChildren() as GroupNode[];
        assert.equal(roots[0].label, 'Speakers');
        const g = b.tree.getTreeItem(roots[0]) as unknown as fake.TreeItem;
        assert.equal(g.collapsibleState, fake.TreeItemCollapsibleState.Expanded);
        const clark = (b.tree.getChildren(roots[0]) as ActorNode[]).find((n) => nameOf(n) === 'Wesley Clark')!;
        const item = b.tree.getTreeItem(clark) as unknown as fake.TreeItem;
        assert.equal(item.label, 'Wesley Clark');
        assert.match(String(item.description), /^2 quotes · \d+ mentions — /);
        assert.equal((item.iconPath as fake.ThemeIcon).id, 'person');
        assert.equal(item.command!.command, 'seedReader.revealRange');
        const [uri, s, e] = item.command!.arguments as [string, number, number];
        assert.equal(uri, doc.uri.toString());
        assert.match(SAMPLE.slice(s, e), /Clark/);
        const quote = b.tree.getChildren(clark)[0] as ActorTreeNode;
        const qi = b.tree.getTreeItem(quote) as unknown as fake.TreeItem;
        assert.ok(String(qi.label).startsWith('“He wants to shatter NATO'));
        await fake.commands.executeCommand(qi.command!.command, ...(qi.command!.arguments ?? []));
        assert.ok(doc.getText(fake.window.activeTextEditor!.selection).startsWith('He wants to shatter NATO'));
        assert.equal(b.tree.getParent(quote), clark);
        assert.equal(b.tree.getParent(clark), roots[0]);
        assert.equal(fake.state.treeViews[0].description, 'sample.txt');

        // A plain-text editor replaces it: the seed is no longer on screen, the view empties.
        fake.closeDocument(doc);
        const other = fake.openDocument('hello\n', { languageId: 'plaintext' });
        fake.showEditor(other);
        await settle();
        assert.deepEqual(b.tree.getChildren(), []);
        assert.equal(fake.state.contextKeys.get('seedReader.active'), false);
      });

      it('view commands set context keys; focusActor reveals and selects the actor; the status bar counts', async () => {
        const b = boot(source);
        const doc = fake.openDocument(SAMPLE);
        const ready = nextAnalysis(b.service);
        fake.showEditor(doc);
        await ready;
        await settle();
        const a = sampleAnalysis(source);
        await fake.commands.executeCommand('seedReader.actors.sortByQuotes');
        assert.equal(fake.state.contextKeys.get('seedReader.actorsSort'), 'quotes');
        await fake.commands.executeCommand('seedReader.actors.sortByAppearance');
        assert.equal(fake.state.contextKeys.get('seedReader.actorsSort'), 'appearance');
        await fake.commands.executeCommand('seedReader.actors.showSpeakersOnly');
        assert.equal(fake.state.contextKeys.get('seedReader.speakersOnly'), true);
        assert.ok((b.tree.getChildren() as GroupNode[]).every((g) => g.children.every((n) => n.quoteCount > 0)));
        fake.state.inputBoxAnswer = 'Taylor';
        await fake.commands.executeCommand('seedReader.actors.filter');
        assert.equal(fake.state.contextKeys.get('seedReader.actorsFiltered'), true);
        assert.deepEqual((b.tree.getChildren() as GroupNode[]).flatMap((g) => g.children.map((n) => nameOf(n))), ['William Taylor']);
        assert.match(fake.state.treeViews[0].message!, /Taylor/);
        const taylor = (b.tree.getChildren() as GroupNode[])[0].children[0];
        assert.deepEqual((b.tree.getTreeItem(taylor) as unknown as fake.TreeItem).label, { label: 'William Taylor', highlights: [[8, 14]] });
        // Revealing an actor hidden by the filter widens it.
        const baerbock = a.actors.find((x) => x.name === 'Annalena Baerbock')!;
        assert.equal(await fake.commands.executeCommand('seedReader.focusActor', baerbock.id), true);
        assert.equal(fake.state.contextKeys.get('seedReader.actorsFiltered'), false);
        assert.equal(fake.state.contextKeys.get('seedReader.speakersOnly'), false);
        const view = fake.state.treeViews[0];
        const rev = view.reveals.at(-1)!;
        assert.equal((rev.element as ActorNode).actor.name, 'Annalena Baerbock');
        assert.deepEqual(rev.options, { select: true, focus: true, expand: true });
        assert.ok(fake.state.executed.some((c) => c.command === 'seedReader.actors.focus'), 'opened the view first');
        await fake.commands.executeCommand('seedReader.actors.clearFilter');
        assert.equal(fake.state.contextKeys.get('seedReader.actorsFiltered'), false);

        const item = fake.state.statusItems[0];
        assert.equal(item.visible, true);
        assert.equal(item.text, statusText(a));
        assert.match(item.text, new RegExp(`${a.actors.length} actors · ${a.quotes.length} quotes$`));
        assert.equal(item.command, 'seedReader.actors.focus');
        // A screen reader hears the counts and the click, not the icon's name or the tooltip's Markdown.
        const label = item.accessibilityInformation?.label ?? '';
        assert.equal(label, `Seed Reader: ${a.actors.length} actors, ${a.quotes.length} quotes. Click to show Actors & Claims.`);
        assert.equal(item.accessibilityInformation?.role, 'button');
        fake.setSetting('seedReader.statusBar.enabled', false);
        await settle();
        assert.equal(item.visible, false);
      });
    });
  }

  it('the status bar hides on non-seed files and reports files over the size limit', async () => {
    const b = boot('gold');
    fake.setSetting('seedReader.maxFileSizeMB', 0.001);
    const doc = fake.openDocument(SAMPLE);
    fake.showEditor(doc);
    await settle();
    const item = fake.state.statusItems[0];
    assert.equal(b.service.skippedSize(doc as unknown as vscode.TextDocument), SAMPLE.length);
    assert.match(item.text, /not analysed/);
    assert.match(item.accessibilityInformation?.label ?? '', /^Seed Reader: not analysed\. The file is larger than seedReader\.maxFileSizeMB/);
    assert.equal(b.calls.count, 0, 'the analyzer never ran');
    const other = fake.openDocument('x', { languageId: 'plaintext' });
    fake.showEditor(other);
    await settle();
    assert.equal(item.visible, false);
    assert.ok(at(SAMPLE, 'Clark') > 0);
  });
});
