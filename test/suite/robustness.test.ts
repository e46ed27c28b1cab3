// Messy input through the real providers: nothing may throw or return spans outside the document.
import * as assert from 'assert';
import * as fs from 'fs';
import * as vscode from 'vscode';
import { closeAll, docFor, flattenSymbols, openUntitled, SAMPLE, waitFor } from './helpers';

const sample = fs.readFileSync(SAMPLE, 'utf8');

const CASES: Record<string, string> = {
  empty: '',
  'header only': 'Headline\n20240101\nhttps://example.org/a\n',
  'no header': 'He said it was fine. Mr. Smith said at the event.\nThe minister, according to officials, resigned.\n',
  CRLF: sample.replace(/\n/g, '\r\n'),
  'curly quotes': 'Talks resume\n20240102\nhttps://example.org/b\n“We will not back down,” said Jane Doe, the mayor of Springfield. ‘Never,’ she added.\n',
  'BOM and blank lines': '\uFEFFTitle\n20240103\nhttps://example.org/c\n\n\nThe president said nothing.\n\n',
  'long paragraph': `Long\n20240104\nhttps://example.org/d\n${'The senator said the bill was bad, Mr. Jones said. '.repeat(400)}\n`,
};

suite('Seed Reader in the extension host: messy documents', () => {
  teardown(async () => {
    await closeAll();
  });

  for (const [name, content] of Object.entries(CASES)) {
    test(`${name}: symbols, hover, references and definition do not fail`, async () => {
      const doc0 = await openUntitled(content, 'seed');
      const doc = docFor(doc0.uri) ?? doc0;
      assert.strictEqual(doc.languageId, 'seed');
      const syms = await vscode.commands.executeCommand<(vscode.DocumentSymbol | vscode.SymbolInformation)[]>(
        'vscode.executeDocumentSymbolProvider',
        doc.uri,
      );
      for (const s of flattenSymbols(syms ?? [])) {
        assert.ok(doc.validateRange(s.range).isEqual(s.range), `symbol ${s.name} out of the document`);
      }
      const probes = [0, Math.floor(content.length / 2), Math.max(0, content.length - 1)].map((o) => doc.positionAt(o));
      for (const p of probes) {
        await vscode.commands.executeCommand('vscode.executeHoverProvider', doc.uri, p);
        const refs = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', doc.uri, p);
        for (const r of refs ?? []) assert.ok(doc.validateRange(r.range).isEqual(r.range), 'reference inside the document');
        await vscode.commands.executeCommand('vscode.executeDefinitionProvider', doc.uri, p);
      }
    });
  }

  test('editing a seed re-analyses it: a new speaker shows up in the symbols', async () => {
    const doc = await openUntitled('Vote delayed\n20240105\nhttps://example.org/e\nThe vote was delayed.\n', 'seed');
    const editor = vscode.window.activeTextEditor;
    assert.ok(editor && editor.document.uri.toString() === doc.uri.toString());
    await editor.edit((e) => e.insert(doc.positionAt(doc.getText().length), 'We will try again next week, said Maria Gonzalez, the council chair.\n'));
    await waitFor(
      'a symbol for Maria Gonzalez after the edit',
      async () => {
        const s = await vscode.commands.executeCommand<(vscode.DocumentSymbol | vscode.SymbolInformation)[]>(
          'vscode.executeDocumentSymbolProvider',
          doc.uri,
        );
        return flattenSymbols(s ?? []).some((x) => /Gonzalez/.test(x.name));
      },
      20000,
    );
  });
});
