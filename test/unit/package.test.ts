// What the .vsix ships (the files `vsce ls` lists, from .vscodeignore): each of them is read by something, and every
// data file a shipped bundle reads beside itself is shipped.
import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { ROOT } from './fakes/sample';

/** Shown by VS Code's Extensions view and the marketplace, or the manifest itself. */
const MANIFEST_AND_DOCS = new Set(['package.json', 'README.md', 'CHANGELOG.md', 'LICENSE']);

/** Names of the data files a bundle reads beside itself: `join(__dirname, "name")`. */
function besideReads(js: string): string[] {
  return [...js.matchAll(/__dirname,\s*["']([^"']+)["']/g)].map((m) => m[1]);
}

describe('the .vsix contents (vsce ls)', function () {
  this.timeout(60_000);
  let files: string[];
  let manifest: string;
  before(async function () {
    for (const f of ['extension.js', 'worker.js', 'seed-lexicon.json']) {
      if (!existsSync(join(ROOT, 'dist', f))) throw new Error(`dist/${f} is missing: run \`node esbuild.mjs\` (npm run test:unit does)`);
    }
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const vsce = require('@vscode/vsce') as { PackageManager: { None: unknown }; listFiles(o: { cwd: string; packageManager: unknown }): Promise<string[]> };
    // As `npm run package` packs: --no-dependencies (the bundles hold the libraries).
    files = (await vsce.listFiles({ cwd: ROOT, packageManager: vsce.PackageManager.None })).map((f) => f.replace(/\\/g, '/')).sort();
    manifest = readFileSync(join(ROOT, 'package.json'), 'utf8');
  });

  it('ships the bundles, the lexicon snapshot, the grammar and the manifest, and no sources, maps or CLI', () => {
    for (const f of ['package.json', 'dist/extension.js', 'dist/worker.js', 'dist/seed-lexicon.json', 'syntaxes/seed.tmLanguage.json']) {
      assert.ok(files.includes(f), `${f} is shipped`);
    }
    for (const f of files) assert.doesNotMatch(f, /^(src|test|scripts|node_modules|out)\/|\.map$|\.ts$|^dist\/cli\.js$/, `${f} must not ship`);
    assert.ok(!files.includes('dist/compromise-model.json'), 'the compromise model snapshot is gone: nothing reads it');
  });

  it('every shipped file is read by something: the manifest names it or a shipped script refers to it', () => {
    const scripts = files.filter((f) => f.endsWith('.js')).map((f) => readFileSync(join(ROOT, f), 'utf8'));
    const unused = files.filter((f) => {
      if (MANIFEST_AND_DOCS.has(f)) return false;
      if (manifest.includes(`"${f}"`) || manifest.includes(`"./${f}"`)) return false;
      // VS Code reads package.nls.json for the manifest's %key% texts, and the bundle from the folder `l10n` names.
      if (f === 'package.nls.json') return !/"%[\w.-]+%"/.test(manifest);
      const l10nDir = (JSON.parse(manifest) as { l10n?: string }).l10n?.replace(/^\.\//, '');
      if (l10nDir && f === `${l10nDir}/bundle.l10n.json`) return false;
      const name = basename(f);
      return !scripts.some((js) => js.includes(`"${name}"`) || js.includes(`'${name}'`));
    });
    assert.deepEqual(unused, [], `shipped but read by nothing: ${unused.join(', ')}`);
  });

  it('every file a shipped bundle reads beside itself is shipped', () => {
    for (const f of files.filter((x) => /^dist\/[^/]+\.js$/.test(x))) {
      const reads = besideReads(readFileSync(join(ROOT, f), 'utf8'));
      for (const name of reads) assert.ok(files.includes(`dist/${name}`), `${f} reads dist/${name}, which is not shipped`);
    }
    const workerReads = besideReads(readFileSync(join(ROOT, 'dist', 'worker.js'), 'utf8'));
    assert.ok(workerReads.includes('seed-lexicon.json'), 'the worker reads the lexicon snapshot');
  });
});
