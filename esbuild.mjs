// Bundles the extension (Node extension host), the analysis worker thread and the command-line tool, and the web
// extension (dist/web/: VS Code for the Web) with its Web Worker.
//   node esbuild.mjs               development build with source maps
//   node esbuild.mjs --production  minified release build (what the .vsix ships)
//   node esbuild.mjs --watch       rebuild on change
//
// dist/extension.js holds no NLP: the engine runs only in dist/worker.js (a worker thread, src/worker/node/main.ts); the
// extension asks it for every analysis (src/worker/client.ts), so nothing of the engine is imported by the extension.
// compromise's lexicon, which the engine reads through `nlp.model()`, is snapshotted at build time as JSON: loading
// compromise itself takes ~0.3–0.7 s, parsing the snapshot ~20 ms.
import * as esbuild from 'esbuild';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
/** Output folder: `--outdir=<dir>` builds elsewhere than dist/ (e.g. to measure a build without touching dist/). */
const OUT = process.argv.find((a) => a.startsWith('--outdir='))?.slice('--outdir='.length) || 'dist';
const require = createRequire(import.meta.url);
/** compromise's model parts the engine reads, written beside the bundles that use them. */
const SNAPSHOT = 'compromise-model.json';
/** The engine's lexicon, prebuilt from that model (what lexicon() builds at run time otherwise). */
const LEXICON = 'seed-lexicon.json';

/** The analysis sources' uses of compromise: the model keys read, and whether anything but `nlp.model()` is used. */
function compromiseUses() {
  const dir = 'src/engine';
  const keys = new Set();
  let other = false;
  for (const f of readdirSync(dir)) {
    if (!f.endsWith('.ts')) continue;
    const src = readFileSync(join(dir, f), 'utf8');
    if (!/from 'compromise/.test(src)) continue;
    for (const m of src.matchAll(/model\??\.(one|two|three)\??\.(\w+)/g)) keys.add(`${m[1]}.${m[2]}`);
    const uses = [...src.matchAll(/\bnlp\b(\??\.\w+|\s*\()?/g)].map((m) => m[1] ?? '');
    if (uses.some((u) => u && !/^\??\.(model|prebuiltLexicon)$/.test(u))) other = true;
  }
  return { keys: [...keys].sort(), other };
}

/** Runs src/engine/lexicon.ts (bundled with the real compromise) and serialises its lexicon; null when it cannot. */
let prebuiltPromise;
function prebuildLexicon() {
  prebuiltPromise ??= (async () => {
    const src = readFileSync('src/engine/lexicon.ts', 'utf8');
    if (!/export function serializeLexicon/.test(src)) return null;
    const out = join(tmpdir(), `seed-reader-lexicon-${process.pid}.cjs`);
    try {
      await esbuild.build({ entryPoints: ['src/engine/lexicon.ts'], bundle: true, platform: 'node', format: 'cjs', outfile: out, logLevel: 'warning' });
      const mod = require(out);
      return JSON.stringify(mod.serializeLexicon(mod.lexicon()));
    } catch (err) {
      console.warn(`[esbuild] lexicon not prebuilt (${err.message}); the engine builds it at run time`);
      return null;
    } finally {
      rmSync(out, { force: true });
    }
  })();
  return prebuiltPromise;
}

/** Replaces `compromise/two` by a JSON snapshot of the model parts the engine reads (falls back to compromise). */
const compromiseSnapshot = {
  name: 'compromise-snapshot',
  setup(build) {
    const { keys, other } = compromiseUses();
    if (other || !keys.length) {
      console.warn('[esbuild] the engine uses compromise beyond nlp.model(): bundling compromise itself');
      return;
    }
    build.onResolve({ filter: /^compromise\/two$/ }, () => ({ path: 'compromise-two-snapshot', namespace: 'snapshot' }));
    build.onLoad({ filter: /.*/, namespace: 'snapshot' }, async () => {
      const model = require('compromise/two').model();
      const snap = {};
      for (const k of keys) {
        const [part, name] = k.split('.');
        snap[part] ??= {};
        snap[part][name] = model[part]?.[name];
      }
      // A JSON file beside the bundle, read when the engine first asks: a 600 KB string literal would slow the
      // compilation of the bundle itself.
      const outdir = dirname(build.initialOptions.outfile);
      mkdirSync(outdir, { recursive: true });
      writeFileSync(join(outdir, SNAPSHOT), JSON.stringify(snap));
      // The engine's lexicon itself, built now from compromise (as lexicon() would at run time) and serialised.
      const prebuilt = await prebuildLexicon();
      if (prebuilt) writeFileSync(join(outdir, LEXICON), prebuilt);
      const file = (name) => `JSON.parse(readFileSync(join(__dirname, ${JSON.stringify(name)}), 'utf8'))`;
      return {
        contents: [
          `import { readFileSync } from 'node:fs';`,
          `import { join } from 'node:path';`,
          `let model, lexicon;`,
          `export default {`,
          `  model: () => (model ??= ${file(SNAPSHOT)}),`,
          prebuilt ? `  prebuiltLexicon: () => (lexicon ??= ${file(LEXICON)}),` : '',
          `};`,
        ].join('\n'),
        loader: 'js',
        resolveDir: process.cwd(),
      };
    });
  },
};

/**
 * VS Code for the Web (the `browser` entry): dist/web/extension.js runs in the web-worker extension host and
 * dist/web/worker.js is its analysis worker (a Web Worker, src/web/worker.ts). Neither may hold a Node module: the few
 * the editor's code imports are shims (src/web/shims/: file-system calls that throw — the editor makes them only for
 * `file:` URIs —, POSIX path functions, Web Crypto), Buffer and setImmediate are injected (src/web/shims/globals.ts),
 * and any other Node built-in fails the build.
 */
const WEB_SHIMS = {
  fs: 'src/web/shims/fs.ts',
  'fs/promises': 'src/web/shims/fsPromises.ts',
  path: 'src/web/shims/path.ts',
  crypto: 'src/web/shims/crypto.ts',
};
const webShims = {
  name: 'web-shims',
  setup(build) {
    build.onResolve({ filter: /^(node:)?(fs|fs\/promises|path|crypto)$/ }, (args) => ({ path: resolve(WEB_SHIMS[args.path.replace(/^node:/, '')]) }));
    build.onResolve({ filter: /^(node:|(os|child_process|worker_threads|vm|zlib|module|net|url|util|stream|buffer)$)/ }, (args) => ({
      errors: [{ text: `${args.path} cannot be used in VS Code for the Web (imported by ${args.importer})` }],
    }));
  },
};

/** The web worker's compromise: the engine's prebuilt lexicon inlined (the model itself only when none was built). */
const compromiseInline = {
  name: 'compromise-inline',
  setup(build) {
    build.onResolve({ filter: /^compromise\/two$/ }, () => ({ path: 'compromise-two-inline', namespace: 'inline' }));
    build.onLoad({ filter: /.*/, namespace: 'inline' }, async () => {
      const prebuilt = await prebuildLexicon();
      if (prebuilt) {
        return {
          contents: `let lexicon; const text = ${JSON.stringify(prebuilt)};\n`
            + 'export default { model: () => ({}), prebuiltLexicon: () => (lexicon ??= JSON.parse(text)) };',
          loader: 'js',
        };
      }
      const { keys } = compromiseUses();
      const model = require('compromise/two').model();
      const snap = {};
      for (const k of keys) {
        const [part, name] = k.split('.');
        snap[part] ??= {};
        snap[part][name] = model[part]?.[name];
      }
      return {
        contents: `let model; const text = ${JSON.stringify(JSON.stringify(snap))};\n`
          + 'export default { model: () => (model ??= JSON.parse(text)) };',
        loader: 'js',
      };
    });
  },
};

/** @type {import('esbuild').BuildOptions} */
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  minify: production,
  sourcemap: production ? false : 'linked',
  sourcesContent: false,
  logLevel: 'warning',
  legalComments: 'none',
  metafile: true,
  define: { 'process.env.SEED_READER_VERSION': JSON.stringify(process.env.npm_package_version ?? '') },
};

const targets = [
  { ...common, entryPoints: ['src/extension.ts'], outfile: `${OUT}/extension.js`, external: ['vscode'] },
  { ...common, entryPoints: ['src/cli.ts'], outfile: `${OUT}/cli.js`, banner: { js: '#!/usr/bin/env node' }, plugins: [compromiseSnapshot] },
  { ...common, entryPoints: ['src/worker/node/main.ts'], outfile: `${OUT}/worker.js`, plugins: [compromiseSnapshot] },
  // VS Code for the Web (see webShims).
  {
    ...common, platform: 'browser', target: 'es2022', inject: ['src/web/shims/globals.ts'], entryPoints: ['src/web/extension.ts'], outfile: `${OUT}/web/extension.js`,
    external: ['vscode'], plugins: [webShims],
  },
  {
    ...common, platform: 'browser', target: 'es2022', inject: ['src/web/shims/globals.ts'], format: 'iife', entryPoints: ['src/web/worker.ts'], outfile: `${OUT}/web/worker.js`,
    plugins: [webShims, compromiseInline],
  },
];

const existing = targets.filter((t) => existsSync(t.entryPoints[0]));

/** Warns loudly when engine code or an NLP library slipped into the extension bundle. */
function checkExtensionBundle(result) {
  const inputs = Object.keys(result.metafile?.inputs ?? {});
  const heavy = inputs.filter((p) => /node_modules\/(compromise|wink)|src\/engine\/(index|tokens|entities|attribution|document|lexicon|gazetteer|passes\/)/.test(p));
  if (heavy.length) console.warn(`[esbuild] WARNING: dist/extension.js bundles engine code (it belongs in dist/worker.js):\n  ${heavy.join('\n  ')}`);
}

/** `--watch`: brackets each rebuild (of any bundle) for VS Code's $esbuild-watch problem matcher (.vscode/tasks.json). */
let building = 0;
const watchMarkers = {
  name: 'watch-markers',
  setup(build) {
    build.onStart(() => {
      if (building++ === 0) console.log('[watch] build started');
    });
    build.onEnd(() => {
      if (--building === 0) console.log('[watch] build finished');
    });
  },
};

if (watch) {
  for (const t of existing) {
    const ctx = await esbuild.context({ ...t, plugins: [...(t.plugins ?? []), watchMarkers] });
    await ctx.watch();
  }
  console.log('[esbuild] watching…');
} else {
  const results = await Promise.all(existing.map((t) => esbuild.build(t)));
  const ext = existing.findIndex((t) => t.outfile === `${OUT}/extension.js`);
  if (ext >= 0) checkExtensionBundle(results[ext]);
}
