// Bundles the extension (Node extension host), the analysis worker thread and the command-line tool, and the web
// extension (dist/web/: VS Code for the Web) with its Web Worker.
//   node esbuild.mjs               development build with source maps
//   node esbuild.mjs --production  minified release build (what the .vsix ships)
//   node esbuild.mjs --watch       rebuild on change
//
// dist/extension.js holds no NLP: the engine runs only in dist/worker.js (a worker thread, src/worker/node/main.ts); the
// extension asks it for every analysis (src/worker/client.ts), so nothing of the engine is imported by the extension.
// compromise is not bundled: the engine's lexicon, built from compromise's model, is snapshotted first by
// scripts/snapshot-lexicon.mjs into dist/seed-lexicon.json, which the bundles read beside themselves.
import * as esbuild from 'esbuild';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { LEXICON_FILE, lexiconSnapshot, writeLexiconSnapshot } from './scripts/snapshot-lexicon.mjs';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
/** Output folder: `--outdir=<dir>` builds elsewhere than dist/ (e.g. to measure a build without touching dist/). */
const OUT = process.argv.find((a) => a.startsWith('--outdir='))?.slice('--outdir='.length) || 'dist';

/** The bundles' `compromise/two`: a stub whose `prebuiltLexicon()` reads the snapshot beside the bundle (parsing it takes
 *  a few ms; loading compromise itself ~0.3–0.7 s). The engine reads nothing else of compromise. */
const compromiseSnapshot = {
  name: 'compromise-snapshot',
  setup(build) {
    build.onResolve({ filter: /^compromise\/two$/ }, () => ({ path: 'compromise-two-snapshot', namespace: 'snapshot' }));
    build.onLoad({ filter: /.*/, namespace: 'snapshot' }, () => ({
      contents: [
        `import { readFileSync } from 'node:fs';`,
        `import { join } from 'node:path';`,
        `let lexicon;`,
        `export default {`,
        `  prebuiltLexicon: () => (lexicon ??= JSON.parse(readFileSync(join(__dirname, ${JSON.stringify(LEXICON_FILE)}), 'utf8'))),`,
        `  model() { throw new Error('compromise is not bundled: the engine reads ${LEXICON_FILE} (scripts/snapshot-lexicon.mjs)'); },`,
        `};`,
      ].join('\n'),
      loader: 'js',
      resolveDir: process.cwd(),
    }));
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

/** The web worker's compromise: the engine's lexicon snapshot (scripts/snapshot-lexicon.mjs) inlined as a string. */
let inlineLexicon;
const compromiseInline = {
  name: 'compromise-inline',
  setup(build) {
    build.onResolve({ filter: /^compromise\/two$/ }, () => ({ path: 'compromise-two-inline', namespace: 'inline' }));
    build.onLoad({ filter: /.*/, namespace: 'inline' }, async () => {
      inlineLexicon ??= lexiconSnapshot();
      const text = await inlineLexicon;
      return {
        contents: `let lexicon; const text = ${JSON.stringify(text)};\n`
          + `export default { prebuiltLexicon: () => (lexicon ??= JSON.parse(text)), model() { throw new Error('compromise is not bundled'); } };`,
        loader: 'js',
      };
    });
  },
};

/**
 * The manifest as the bundles see it: src/export/html.ts reads its colour defaults (`contributes.colors`) and the CLI its
 * version; the rest of package.json (~19 KB of commands, menus, settings) stays out of the bundles.
 */
const manifestSubset = {
  name: 'manifest-subset',
  setup(build) {
    const manifest = resolve('package.json');
    build.onLoad({ filter: /[\\/]package\.json$/ }, (args) => {
      if (resolve(args.path) !== manifest) return undefined;
      const pkg = JSON.parse(readFileSync(manifest, 'utf8'));
      return { contents: JSON.stringify({ version: pkg.version, contributes: { colors: pkg.contributes?.colors ?? [] } }), loader: 'json', watchFiles: [manifest] };
    });
  },
};

/**
 * The worker bundle in ASCII only. esbuild escapes the characters beyond ASCII of strings, but leaves those of regular
 * expressions (`’`, `—`, `“` in the engine's patterns) and of `String.raw` templates (the plain patterns' sources), so
 * Node decoded the 0.6 MB file into a two-byte string at every start (~1.5 ms of the worker's path: docs/bench.md, the
 * third startup round). Each such character becomes its `\uXXXX` escape (an identity escape `\’` too), which means
 * the same character in a string, a template, a regular expression and a pattern's source; a `String.raw` template is
 * only ever a pattern's source in the engine (the unit tests and the output identity check hold it so).
 */
const asciiOutput = {
  name: 'ascii-output',
  setup(build) {
    build.onEnd((result) => {
      if (result.errors.length || !build.initialOptions.outfile) return;
      const file = build.initialOptions.outfile;
      const text = readFileSync(file, 'utf8');
      if (!/[^\0-\x7f]/.test(text)) return;
      // A run of backslashes before the character: an odd one escapes it (`\’` is `’`), and that backslash goes.
      const out = text.replace(/(\\*)([^\0-\x7f])/g, (_, slashes, c) => {
        const code = c.charCodeAt(0);
        if (code >= 0xd800 && code <= 0xdfff) throw new Error(`${file}: a character beyond the BMP in the bundle`);
        return `${slashes.slice(slashes.length % 2)}\\u${code.toString(16).padStart(4, '0')}`;
      });
      writeFileSync(file, out);
    });
  },
};

/** @type {import('esbuild').BuildOptions} */
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  // esbuild's tables do not list Node as supporting `\p{…}` in regular expressions, so it rewrote every such literal as
  // `new RegExp(…)` at its place: a pattern looked up in V8's cache on every call of the function (see docs/bench.md,
  // the speed round). Node 20 supports them (the engine's tests run them unbundled, as written).
  supported: { 'regexp-unicode-property-escapes': true },
  format: 'cjs',
  minify: production,
  sourcemap: production ? false : 'linked',
  sourcesContent: false,
  logLevel: 'warning',
  legalComments: 'none',
  metafile: true,
  define: { 'process.env.SEED_READER_VERSION': JSON.stringify(process.env.npm_package_version ?? '') },
  plugins: [manifestSubset],
};

const targets = [
  // dist/extension.js (the manifest's `main`) is only the bootstrap: it starts the worker thread, then loads the rest of
  // the extension, dist/editor.js, while the thread boots.
  { ...common, entryPoints: ['src/bootstrap.ts'], outfile: `${OUT}/extension.js`, external: ['vscode'] },
  { ...common, entryPoints: ['src/extension.ts'], outfile: `${OUT}/editor.js`, external: ['vscode'] },
  { ...common, entryPoints: ['src/cli.ts'], outfile: `${OUT}/cli.js`, banner: { js: '#!/usr/bin/env node' }, plugins: [manifestSubset, compromiseSnapshot] },
  { ...common, entryPoints: ['src/worker/node/main.ts'], outfile: `${OUT}/worker.js`, plugins: [manifestSubset, compromiseSnapshot, asciiOutput] },
  // VS Code for the Web (see webShims).
  {
    ...common, platform: 'browser', target: 'es2022', inject: ['src/web/shims/globals.ts'], entryPoints: ['src/web/extension.ts'], outfile: `${OUT}/web/extension.js`,
    external: ['vscode'], plugins: [manifestSubset, webShims],
  },
  {
    ...common, platform: 'browser', target: 'es2022', inject: ['src/web/shims/globals.ts'], format: 'iife', entryPoints: ['src/web/worker.ts'], outfile: `${OUT}/web/worker.js`,
    plugins: [manifestSubset, webShims, compromiseInline],
  },
];

const existing = targets.filter((t) => existsSync(t.entryPoints[0]));

// The data file the engine's bundles read, made before them; files of older builds that nothing reads are removed.
if (existing.some((t) => t.plugins?.includes(compromiseSnapshot))) await writeLexiconSnapshot(join(OUT, LEXICON_FILE));
rmSync(join(OUT, 'compromise-model.json'), { force: true });

/** Warns loudly when engine code or an NLP library slipped into an extension bundle. */
function checkExtensionBundle(result, name) {
  const inputs = Object.keys(result.metafile?.inputs ?? {});
  const heavy = inputs.filter((p) => /node_modules\/(compromise|wink)|src\/engine\/(index|tokens|entities|attribution|document|lexicon|gazetteer|passes\/)/.test(p));
  if (heavy.length) console.warn(`[esbuild] WARNING: dist/${name} bundles engine code (it belongs in dist/worker.js):\n  ${heavy.join('\n  ')}`);
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
  for (const name of ['extension.js', 'editor.js']) {
    const i = existing.findIndex((t) => t.outfile === `${OUT}/${name}`);
    if (i >= 0) checkExtensionBundle(results[i], name);
  }
}
