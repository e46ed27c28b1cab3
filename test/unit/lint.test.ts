// The engine purity rule of eslint.config.mjs (issue 14): src/engine (but its worker thread and transport files),
// src/corrections and src/corpus import no Node built-in and not vscode. Runs ESLint's Node API with the project's
// config on in-memory snippets given paths in the project.
import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import { ESLint } from 'eslint';

const ROOT = join(__dirname, '..', '..', '..');
const PURITY_RULES = new Set(['@typescript-eslint/no-restricted-imports', 'no-restricted-syntax']);

describe('lint: engine purity rule', function () {
  this.timeout(60000);
  let eslint: ESLint;
  before(() => {
    eslint = new ESLint({ cwd: ROOT });
  });

  /** The purity-rule errors ESLint reports for `code` as the file `file` (relative to the project root). */
  async function purity(file: string, code: string): Promise<string[]> {
    const [result] = await eslint.lintText(code, { filePath: join(ROOT, file) });
    return result.messages.filter((m) => m.severity === 2 && m.ruleId !== null && PURITY_RULES.has(m.ruleId)).map((m) => m.message);
  }

  it('rejects node:fs in an engine file', async () => {
    const errors = await purity('src/engine/purityProbe.ts', "import * as fs from 'node:fs';\nexport const x = fs;\n");
    assert.equal(errors.length, 1);
    assert.match(errors[0], /must not import Node built-ins/);
  });

  it('rejects built-ins without the node: prefix, subpaths and vscode, in all engine folders', async () => {
    const cases: [string, string][] = [
      ['src/engine/purityProbe.ts', "import { readFileSync } from 'fs';\nexport const x = readFileSync;\n"],
      ['src/engine/purityProbe.ts', "import { readFile } from 'fs/promises';\nexport const x = readFile;\n"],
      ['src/engine/sub/purityProbe.ts', "import * as path from 'path';\nexport const x = path;\n"],
      ['src/corrections/purityProbe.ts', "import * as os from 'node:os';\nexport const x = os;\n"],
      ['src/corrections/purityProbe.ts', "import * as vscode from 'vscode';\nexport const x = vscode;\n"],
      ['src/corpus/purityProbe.ts', "import { createHash } from 'crypto';\nexport const x = createHash;\n"],
      ['src/corpus/purityProbe.ts', "import { Worker } from 'node:worker_threads';\nexport const x = Worker;\n"],
      ['src/corpus/purityProbe.ts', "export { join } from 'node:path';\n"],
      ['src/corpus/purityProbe.ts', "import fs = require('fs');\nexport const x = fs;\n"],
      ['src/engine/purityProbe.ts', "export const fs = require('node:fs');\n"],
      ['src/engine/purityProbe.ts', "export const path = require('path/posix');\n"],
      ['src/engine/purityProbe.ts', "export const load = () => import('node:crypto');\n"],
      ['src/corrections/purityProbe.ts', "export const load = () => import('vscode');\n"],
      ['src/worker/purityProbe.ts', "import { parentPort } from 'node:worker_threads';\nexport const x = parentPort;\n"],
      ['src/worker/purityProbe.ts', "export const fs = require('fs');\n"],
    ];
    for (const [file, code] of cases) {
      assert.equal((await purity(file, code)).length, 1, `${file}: ${code}`);
    }
  });

  it('permits the worker thread and transport files, the rest of src/, and pure imports in the engine', async () => {
    const cases: [string, string][] = [
      ['src/worker/node/main.ts', "import { parentPort } from 'node:worker_threads';\nexport const x = parentPort;\n"],
      ['src/worker/node/client.ts', "import { Worker } from 'node:worker_threads';\nexport const fs = require('node:fs');\nexport const x = Worker;\n"],
      ['src/worker/node/boot.ts', "import type { MessagePort } from 'node:worker_threads';\nexport type P = MessagePort;\n"],
      ['src/editor/purityProbe.ts', "import * as vscode from 'vscode';\nimport * as fs from 'node:fs';\nexport const x = [vscode, fs];\n"],
      ['src/export/purityProbe.ts', "import { join } from 'path';\nexport const x = join;\n"],
      ['src/engine/purityProbe.ts', "import nlp from 'compromise/two';\nimport type { Analysis } from './types';\nexport const x = nlp;\nexport type A = Analysis;\n"],
      ['src/corpus/purityProbe.ts', "import { stringify } from 'csv-stringify/sync';\nimport { x as y } from 'path-like-package';\nexport const x = [stringify, y];\n"],
    ];
    for (const [file, code] of cases) {
      assert.deepEqual(await purity(file, code), [], `${file}: ${code}`);
    }
  });

  it('the engine sources as they are pass the rule', async () => {
    const results = await eslint.lintFiles(['src/engine', 'src/corrections', 'src/corpus', 'src/worker']);
    const errors = results.flatMap((r) =>
      r.messages.filter((m) => m.ruleId !== null && PURITY_RULES.has(m.ruleId)).map((m) => `${r.filePath}:${m.line}: ${m.message}`),
    );
    assert.deepEqual(errors, []);
  });
});
