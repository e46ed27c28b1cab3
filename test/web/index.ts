// Entry point of the in-extension-host suite in VS Code for the Web (bundled by scripts/test-web.mjs into
// out/test/web/suite.js and loaded by @vscode/test-web as `extensionTestsPath`): `run()` resolves when every test
// passed. It runs the same suite as the desktop (test/suite/: activation and commands, document symbols, hover,
// references, definition, messy documents) with mocha's browser build, plus the reader checks of reader.test.ts.
// In this bundle `fs` is a read-only map filled here through `vscode.workspace.fs`, `path` is POSIX, `assert` is
// test/web/assert.ts, and the suite's helpers open the sample from the mounted workspace (test/web/helpers.ts).
import * as path from 'path';
import * as vscode from 'vscode';
import { preload } from './fs';
import { EXTENSION_ID, SAMPLE, workspaceUri } from './helpers';

/** The test files, in order (each defines mocha suites when it is loaded). */
function loadTests(): void {
  // First: its timing test opens a seed while the analysis worker has not started yet.
  require('./reader.test');
  require('../suite/extension.test');
  require('../suite/providers.test');
  require('../suite/robustness.test');
}

async function preloadFiles(): Promise<void> {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  if (ext) {
    const pkg = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(ext.extensionUri, 'package.json'));
    preload(path.join(ext.extensionPath, 'package.json'), new TextDecoder().decode(pkg));
  }
  preload(SAMPLE, new TextDecoder().decode(await vscode.workspace.fs.readFile(workspaceUri(SAMPLE))));
}

export async function run(): Promise<void> {
  // mocha's browser build defines the global `mocha` (and, once set up, suite/test/setup/teardown).
  require('mocha/mocha');
  mocha.setup({ ui: 'tdd', reporter: 'spec', color: false, timeout: 30000 });
  await preloadFiles();
  loadTests();
  await new Promise<void>((resolve, reject) => {
    try {
      mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} web extension-host test(s) failed.`)) : resolve()));
    } catch (err) {
      reject(err);
    }
  });
}
