// Loading a CommonJS bundle of the extension's own (dist/editor.js) through `vm.Script` with V8's code cache, kept in
// the extension's global storage: the same scheme as the worker thread's (boot.ts), on the caller's thread. Compiling
// the bundle and the functions its activation runs is most of the time its `require` takes; from the cache V8 only
// deserialises them.
//
// The cache file: the bundle's length, 4 bytes left 0 (the worker's file has a CRC-32 there: here the SHA-256 of the whole
// file is checked anyway), the bundle's own bytes, V8's data — used only for exactly the same bundle. V8 trusts a code cache (its bytecode runs as is): the caller gives only bytes it read and
// found to have the SHA-256 digest recorded, out of reach of the file system, when this install wrote them
// (trustedCodeCache, the digest in globalState); `save()` returns the new file's digest to be recorded.
import type { CodeCacheState } from './boot';

export interface CachedModule {
  /** The module's exports. */
  exports: unknown;
  /** Whether the code cache was used (see CodeCacheState; `off`: no cache folder). */
  codeCache: CodeCacheState;
  /**
   * When no usable cache was given and one can be written: writes it (call once the module's start-up functions have run,
   * so that the cache holds them too) and returns its SHA-256 (hex); undefined when it could not be written.
   */
  save?: () => string | undefined;
}

/**
 * Loads `file` as `require` would, compiling it with the code cache `given.cache` (the bytes of a file written by
 * `save`) when they are for exactly this file. With no `cacheFile`, or when anything of the cached path fails before
 * the module runs, the file is simply required. Errors of the module itself are not caught. The module's own `require`
 * is `req`: meant for bundles, whose requires are built-ins, `vscode` and absolute paths.
 */
export function requireWithCodeCache(
  file: string, cacheFile: string | undefined, given: { cache?: Uint8Array; untrusted?: boolean } = {},
  /** The `require` the module gets (the caller's: VS Code gives `vscode` by the requiring module's path). */
  req: NodeRequire = require,
): CachedModule {
  /* eslint-disable @typescript-eslint/no-var-requires */
  if (!cacheFile) return { exports: req(file), codeCache: 'off' };
  let run: (() => unknown) | undefined;
  let codeCache: CodeCacheState = 'failed';
  let save: (() => string | undefined) | undefined;
  try {
    const fs = require('node:fs') as typeof import('node:fs');
    const path = require('node:path') as typeof import('node:path');
    const vm = require('node:vm') as typeof import('node:vm');
    const Module = require('node:module') as typeof import('node:module') & { wrap(src: string): string };
    const srcBytes = fs.readFileSync(file);
    let cached: Buffer | undefined;
    if (given.cache) {
      const all = Buffer.from(given.cache.buffer, given.cache.byteOffset, given.cache.byteLength);
      const n = all.length >= 8 ? all.readUInt32LE(0) : -1;
      if (n === srcBytes.length && all.length > 8 + n && all.subarray(8, 8 + n).equals(srcBytes)) cached = all.subarray(8 + n);
    }
    const script = new vm.Script(Module.wrap(srcBytes.toString('utf8')), { filename: file, cachedData: cached });
    codeCache = !cached ? (given.untrusted ? 'untrusted' : 'absent') : script.cachedDataRejected ? 'rejected' : 'used';
    if (codeCache !== 'used') {
      save = () => {
        save = undefined;
        try {
          const v8data = script.createCachedData();
          const head = Buffer.alloc(8);
          head.writeUInt32LE(srcBytes.length, 0);
          const bytes = Buffer.concat([head, srcBytes, v8data]);
          fs.mkdirSync(path.dirname(cacheFile), { recursive: true });
          // Written under a temporary name, then renamed: a concurrent reader never sees half a file.
          const tmp = `${cacheFile}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
          fs.writeFileSync(tmp, bytes);
          fs.renameSync(tmp, cacheFile);
          return (require('node:crypto') as typeof import('node:crypto')).createHash('sha256').update(bytes).digest('hex');
        } catch {
          return undefined; // no cache this time: the next start compiles as usual
        }
      };
    }
    const fn = script.runInThisContext() as (exports: unknown, req: NodeRequire, mod: unknown, filename: string, dirname: string) => void;
    const mod = { exports: {} as unknown, filename: file, id: file, loaded: false };
    run = () => {
      fn.call(mod.exports, mod.exports, req, mod, file, path.dirname(file));
      mod.loaded = true;
      return mod.exports;
    };
  } catch {
    codeCache = 'failed';
    save = undefined;
    run = undefined;
  }
  if (!run) return { exports: req(file), codeCache: 'failed' };
  const exports = run();
  return { exports, codeCache, save: save && (() => save?.()) };
}
