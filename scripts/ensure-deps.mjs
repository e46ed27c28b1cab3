// Installs the npm dependencies when node_modules is missing or stale, so that a fresh clone
// needs no separate install step before `npm test` or `npm start`.
//
// Stale means: no install yet, or a package-lock.json whose content differs from the one the last install here was made
// from (its SHA-256 is kept in node_modules/.seed-reader-lock). Content, not modification time: a second git worktree
// that shares this node_modules checks out a newer but identical package-lock.json, and `npm ci` there would empty the
// shared folder under every other process using it. Without the hash file (an install made before it existed) the old
// rule applies: a package-lock.json newer than npm's own marker.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { execSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const marker = join(root, 'node_modules', '.package-lock.json');
const hashFile = join(root, 'node_modules', '.seed-reader-lock');
const lock = join(root, 'package-lock.json');
const lockHash = existsSync(lock) ? createHash('sha256').update(readFileSync(lock)).digest('hex') : '';
const stale = !existsSync(marker)
  || (existsSync(hashFile)
    ? readFileSync(hashFile, 'utf8').trim() !== lockHash
    : existsSync(lock) && statSync(lock).mtimeMs > statSync(marker).mtimeMs + 1000);
if (stale) {
  console.log('[seed-reader] installing npm dependencies (npm ci)…');
  // @vscode/test-web depends on playwright's browser package, whose install step would download a Chromium: the tests
  // use the system's.
  execSync('npm ci --no-audit --no-fund', { cwd: root, stdio: 'inherit', env: { ...process.env, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' } });
}
if (lockHash && existsSync(marker) && (!existsSync(hashFile) || readFileSync(hashFile, 'utf8').trim() !== lockHash)) {
  writeFileSync(hashFile, lockHash + '\n');
}
