// ESLint flat config: `npm run lint` (eslint .) over src/, test/, bench/, scripts/ and the root build scripts.
// typescript-eslint's `recommended` set (not type-aware: `npm run typecheck` already runs tsc, and the
// type-checked rules would cost a full program build per run), plus the engine purity rule below.
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * The engine purity rule (issue 14): the analysis engine, the corrections model and the corpus model are plain
 * computation over strings and data, runnable anywhere (worker thread, CLI, tests, a web worker one day). They must
 * not import a Node built-in (`fs`, `node:fs`, `fs/promises`, `worker_threads`, …) nor `vscode`. File access and
 * threads live in src/editor/, src/export/, src/cli*.ts, and the engine's thread/transport files (exempted below).
 */
const nodeBuiltins = builtinModules.filter((m) => !m.startsWith('_'));
const engineImportBan = {
  paths: [
    { name: 'vscode', message: 'Engine code (src/engine, src/corrections, src/corpus) must not depend on the VS Code API.' },
    ...nodeBuiltins.map((name) => ({
      name,
      message: 'Engine code (src/engine, src/corrections, src/corpus) must not import Node built-ins: pass data in instead.',
    })),
  ],
  patterns: [
    {
      group: ['node:*'],
      message: 'Engine code (src/engine, src/corrections, src/corpus) must not import Node built-ins: pass data in instead.',
    },
  ],
};
/** `require('fs')` and `import('node:fs')` escape no-restricted-imports: the same ban as syntax selectors. */
// (esquery regexes cannot contain a `/`: \x2f stands for it, so `fs/promises` is covered by `fs` plus a subpath.)
const bannedSource = `/^(node:.*|vscode|(${nodeBuiltins.filter((m) => !m.includes('/')).join('|')})(\\x2f.*)?)$/`;
const engineRequireBan = [
  {
    selector: `CallExpression[callee.name='require'][arguments.0.value=${bannedSource}]`,
    message: 'Engine code must not require Node built-ins or vscode.',
  },
  {
    selector: `ImportExpression[source.value=${bannedSource}]`,
    message: 'Engine code must not import Node built-ins or vscode.',
  },
];

export const ENGINE_FILES = ['src/engine/**/*.ts', 'src/corrections/**/*.ts', 'src/corpus/**/*.ts', 'src/worker/**/*.ts'];
/**
 * The worker transport's platform files: they start the Node worker thread and talk to it through node:worker_threads
 * (src/worker/ itself, the JSON-RPC server and client, is platform-neutral: a browser Web Worker uses it too).
 */
export const ENGINE_TRANSPORT_FILES = ['src/worker/node/**/*.ts'];

export default tseslint.config(
  {
    ignores: ['dist/**', 'out/**', 'node_modules/**', '.vscode-test/**', 'test-results/**', 'media/**', 'test/fixtures/**', '*.vsix'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2022,
      globals: { ...globals.node },
    },
    // Off: the sources carry `eslint-disable` comments for @typescript-eslint/no-var-requires (the rule
    // typescript-eslint v8 replaced by no-require-imports, turned off below) and for no-unused-vars on `_` loop
    // variables (allowed by the options below); reporting them would flag ~30 harmless comments.
    linterOptions: { reportUnusedDisableDirectives: 'off' },
    rules: {
      // Off: `require()` is deliberate here: lazy loading of heavy or optional modules (the engine bundle, esbuild,
      // node:crypto only when needed), the worker's boot code (which must run before any import), and tests that
      // load the built bundles from dist/ or re-load modules after installing the fake vscode module.
      '@typescript-eslint/no-require-imports': 'off',
      // `_`-prefixed parameters and caught errors are deliberately unused (callback signatures, `catch (_e)`).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true },
      ],
    },
  },
  {
    // Off in tests: the fakes of the VS Code API and the checks on exported JSON/HTML reach into loosely typed
    // structures (`(x as any).field`); typing every fake would add noise, not safety. Still an error in src/.
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // Off in the exporters and their tests: they match control characters on purpose (the line and field
    // separators U+001C–U+001E that brat and CSV readers split on) to replace or look for them.
    files: ['src/export/**/*.ts', 'test/unit/export*.ts'],
    rules: { 'no-control-regex': 'off' },
  },
  {
    // The .mjs build, start and e2e scripts are plain Node ES modules.
    files: ['**/*.mjs'],
    languageOptions: { sourceType: 'module' },
  },
  {
    // The e2e scripts drive a browser with Playwright: the callbacks passed to page.evaluate() run in the page.
    files: ['test/e2e/**/*.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    // The engine purity rule (see engineImportBan above).
    files: ENGINE_FILES,
    ignores: ENGINE_TRANSPORT_FILES,
    rules: {
      'no-restricted-imports': 'off',
      '@typescript-eslint/no-restricted-imports': ['error', engineImportBan],
      'no-restricted-syntax': ['error', ...engineRequireBan],
    },
  },
);
