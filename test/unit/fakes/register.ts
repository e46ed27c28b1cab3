// mocha --require hook: makes `import * as vscode from 'vscode'` load the fake in ./vscode.
// eslint-disable-next-line @typescript-eslint/no-var-requires
import Module = require('node:module');
import * as fake from './vscode';

type Loader = (request: string, parent: unknown, isMain: boolean) => unknown;
const mod = Module as unknown as { _load: Loader };
const original = mod._load;
mod._load = function load(this: unknown, request: string, parent: unknown, isMain: boolean): unknown {
  if (request === 'vscode') return fake;
  return original.call(this, request, parent, isMain);
};
