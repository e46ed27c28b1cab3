// Snapshots the engine's lexicon into a data file: node scripts/snapshot-lexicon.mjs [OUT] (default dist/seed-lexicon.json).
//
// The engine (src/engine/lexicon.ts) builds its word lists from compromise's model. The bundles do not carry compromise:
// this script runs lexicon.ts once, bundled with the real compromise, and writes `serializeLexicon(lexicon())` as JSON.
// esbuild.mjs runs it before bundling and points the bundles' `compromise/two` at a stub that reads this file
// (`prebuiltLexicon()`), so nothing else of compromise is shipped.
import * as esbuild from 'esbuild';
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

/** The file name the bundles read beside themselves. */
export const LEXICON_FILE = 'seed-lexicon.json';

/** Builds the lexicon with the real compromise and returns it serialised (JSON text). Throws when it cannot. */
export async function lexiconSnapshot() {
  const tmp = join(tmpdir(), `seed-reader-lexicon-${process.pid}-${Date.now()}.cjs`);
  try {
    await esbuild.build({
      entryPoints: [join(ROOT, 'src/engine/lexicon.ts')], bundle: true, platform: 'node', format: 'cjs', outfile: tmp, logLevel: 'warning',
    });
    const mod = require(tmp);
    if (typeof mod.serializeLexicon !== 'function') throw new Error('src/engine/lexicon.ts exports no serializeLexicon');
    const json = JSON.stringify(mod.serializeLexicon(mod.lexicon()));
    if (json.length < 10_000) throw new Error(`the lexicon is nearly empty (${json.length} characters): is compromise installed?`);
    return json;
  } finally {
    rmSync(tmp, { force: true });
  }
}

/** Writes the snapshot to `out` (a temporary file renamed into place); returns its size in bytes. */
export async function writeLexiconSnapshot(out) {
  const json = await lexiconSnapshot();
  mkdirSync(dirname(out), { recursive: true });
  const tmp = `${out}.${process.pid}.tmp`;
  writeFileSync(tmp, json);
  renameSync(tmp, out);
  return Buffer.byteLength(json);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const out = resolve(process.argv[2] ?? join(ROOT, 'dist', LEXICON_FILE));
  const bytes = await writeLexiconSnapshot(out);
  console.log(`[snapshot-lexicon] wrote ${out} (${Math.round(bytes / 1024)} KB)`);
}
