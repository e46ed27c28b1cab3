// `npm start` (scripts/start.mjs): what it opens and with which settings, from its pure plan (scripts/start-plan.mjs).
import * as assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from './fakes/sample';

// A real dynamic import (tsc would turn `import()` into `require()`, which cannot load an ES module on Node 20).
const importEsm = new Function('u', 'return import(u)') as (u: string) => Promise<any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('npm start', () => {
  it('opens seeds/ with the sample seed in an editor tab, and turns auto-save off in its profile', async () => {
    const m = await importEsm(pathToFileURL(join(ROOT, 'scripts', 'start-plan.mjs')).href);
    const plan = m.startPlan({ root: ROOT });
    assert.equal(plan.folder, join(ROOT, 'seeds'));
    assert.equal(plan.openFile, join(ROOT, 'seeds', '000_be6e4752cb109430.txt'));
    assert.deepEqual(plan.codeArgs, [`--extensionDevelopmentPath=${ROOT}`, join(ROOT, 'seeds'), plan.openFile]);
    assert.equal(plan.settings['files.autoSave'], 'off');
    // A kept profile gets the setting unless the user chose otherwise.
    assert.deepEqual(m.withStartSettings({ 'editor.fontSize': 15 }), { 'editor.fontSize': 15, 'files.autoSave': 'off' });
    assert.deepEqual(m.withStartSettings({ 'files.autoSave': 'afterDelay' }), { 'files.autoSave': 'afterDelay' });
    // The script really uses the plan's file for code-server's openFile and the desktop's arguments.
    const src = require('node:fs').readFileSync(join(ROOT, 'scripts', 'start.mjs'), 'utf8') as string;
    assert.match(src, /payload\.push\(\['openFile', remoteUri\(server\.port, openFile\)\]\)/);
    assert.match(src, /spawn\('code', codeArgs/);
    assert.match(src, /makeProfile\(join\(CACHE_DIR, 'profile-start'\), START_SETTINGS/);
  });

  it('a file argument opens that file in its folder; a folder without the sample opens its first seed; a missing path is an error', async () => {
    const m = await importEsm(pathToFileURL(join(ROOT, 'scripts', 'start-plan.mjs')).href);
    const dir = mkdtempSync(join(tmpdir(), 'seed-start-'));
    writeFileSync(join(dir, 'b.txt'), 'x');
    writeFileSync(join(dir, 'a.txt'), 'x');
    writeFileSync(join(dir, 'notes.md'), 'x');
    assert.equal(m.startPlan({ root: ROOT, target: dir }).openFile, join(dir, 'a.txt'));
    const one = m.startPlan({ root: ROOT, target: 'b.txt', baseDir: dir });
    assert.equal(one.folder, dir);
    assert.equal(one.openFile, join(dir, 'b.txt'));
    assert.match(m.startPlan({ root: ROOT, target: join(dir, 'nope') }).error, /does not exist/);
  });
});
