// mocha --require hook: makes `import * as vscode from 'vscode'` load the fake in ./vscode.
// eslint-disable-next-line @typescript-eslint/no-var-requires
import Module = require('node:module');
import * as fc from 'fast-check';
import * as fake from './vscode';

type Loader = (request: string, parent: unknown, isMain: boolean) => unknown;
const mod = Module as unknown as { _load: Loader };
const original = mod._load;
mod._load = function load(this: unknown, request: string, parent: unknown, isMain: boolean): unknown {
  if (request === 'vscode') return fake;
  return original.call(this, request, parent, isMain);
};

// Property tests: one fixed seed for every `fc.assert` that names none, so a CI run is reproducible. `FC_SEED=random`
// explores new inputs (the seed of a failure is printed; `FC_SEED=<n>` replays it).
export const FIXED_FC_SEED = 20261130;
const fcSeed = process.env.FC_SEED;
if (fcSeed !== 'random') {
  const seed = fcSeed !== undefined && /^-?\d+$/.test(fcSeed) ? Number(fcSeed) : FIXED_FC_SEED;
  fc.configureGlobal({ ...fc.readConfigureGlobal(), seed });
}
