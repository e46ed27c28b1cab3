// What `npm start` opens, and with which settings: pure, so that a unit test can check it
// (test/unit/editorStart.test.ts). scripts/start.mjs carries it out.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** The sample seed opened in an editor tab when `npm start` opens the default folder (seeds/). */
export const SAMPLE_SEED = '000_be6e4752cb109430.txt';

/** Settings the isolated code-server profile of `npm start` needs (added when the user has not set them). */
export const START_SETTINGS = {
  // Reading, not writing: an accidental keystroke must not be saved into a seed.
  'files.autoSave': 'off',
};

/**
 * @param {{ root: string, target?: string, baseDir?: string }} o  `target` as typed after `npm start --`, relative to `baseDir`.
 * @returns {{ folder: string, openFile: string | undefined, codeArgs: string[], settings: Record<string, unknown> } | { error: string }}
 */
export function startPlan({ root, target, baseDir = process.cwd() }) {
  const targetPath = target ? resolve(baseDir, target) : join(root, 'seeds');
  if (!existsSync(targetPath)) return { error: `${targetPath} does not exist` };
  const isFile = statSync(targetPath).isFile();
  const folder = isFile ? dirname(targetPath) : targetPath;
  let openFile = isFile ? targetPath : undefined;
  if (!openFile) {
    // A folder: open its sample seed (seeds/), else its first .txt/.seed file, so that the reader starts reading.
    const names = readdirSync(folder).filter((n) => /\.(txt|seed)$/i.test(n) && statSync(join(folder, n)).isFile()).sort();
    const pick = names.includes(SAMPLE_SEED) ? SAMPLE_SEED : names[0];
    if (pick) openFile = join(folder, pick);
  }
  const codeArgs = [`--extensionDevelopmentPath=${root}`, folder];
  if (openFile) codeArgs.push(openFile);
  return { folder, openFile, codeArgs, settings: { ...START_SETTINGS } };
}

/** `settings` with the START_SETTINGS the user has not set themselves. */
export function withStartSettings(settings) {
  const out = { ...settings };
  for (const [k, v] of Object.entries(START_SETTINGS)) if (!(k in out)) out[k] = v;
  return out;
}
