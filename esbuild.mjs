// Bundles the extension (Node extension host) and the command-line tool.
//   node esbuild.mjs               development build with source maps
//   node esbuild.mjs --production  minified release build (what the .vsix ships)
//   node esbuild.mjs --watch       rebuild on change
import * as esbuild from 'esbuild';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

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
  define: { 'process.env.SEED_READER_VERSION': JSON.stringify(process.env.npm_package_version ?? '') },
};

const targets = [
  { ...common, entryPoints: ['src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  { ...common, entryPoints: ['src/cli.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
  { ...common, entryPoints: ['src/analysis/worker.ts'], outfile: 'dist/worker.js' },
];

const existing = [];
for (const t of targets) {
  const fs = await import('node:fs');
  if (fs.existsSync(t.entryPoints[0])) existing.push(t);
}

if (watch) {
  for (const t of existing) {
    const ctx = await esbuild.context(t);
    await ctx.watch();
  }
  console.log('[esbuild] watching…');
} else {
  await Promise.all(existing.map((t) => esbuild.build(t)));
}
