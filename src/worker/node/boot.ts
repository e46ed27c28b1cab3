// The Node worker thread's boot code and V8 code cache (see workerBoot): the only code that reads or writes the cache.
import type { MessagePort } from 'node:worker_threads';

/** The code cache's file name in the cache folder. */
export const CODE_CACHE_FILE = 'worker.v8cache';

/** What the worker's boot code leaves in `workerData` for the bundle (see `workerBoot`). */
export interface BootData {
  /** The worker bundle to load. */
  file: string;
  /** A folder for V8's code cache of the bundle; without one the bundle is simply required. */
  cacheDir?: string;
  /**
   * With a cache folder: where the caller sends `{ cache?, untrusted? }` (see trustedCodeCache) — the code cache file's
   * bytes, read by the caller and found to have the SHA-256 digest recorded when it was written: the only bytes V8 is
   * given as a cache (the boot code never reads the cache file itself); `untrusted`: a file is there but not the one
   * recorded (planted, or written by another install). The caller checks the file while this thread starts, and sets
   * `cacheReady[0]` to 1 once it has sent it (the boot code waits for that, a moment at most).
   */
  cachePort?: MessagePort;
  cacheReady?: Int32Array;
  /** Set by the boot code: when the thread began running (epoch ms). */
  bootAt?: number;
  /** Set by the boot code: whether the bundle was compiled from a code cache. */
  codeCache?: CodeCacheState;
  /**
   * Set by the boot code when a cache can be written: writes it (call once the engine has run, so it holds the compiled
   * engine) and returns the file's SHA-256 (hex), to be recorded by the caller.
   */
  saveCodeCache?: () => string | undefined;
}

/**
 * `used`: compiled from the cache; `rejected`: a cache was there but V8 refused it (another V8 or flags); `absent`: no
 * usable cache (none yet, another bundle's, or damaged bytes); `untrusted`: a cache file is there but its SHA-256 is not
 * the digest recorded when this install wrote it (a planted or foreign file: never given to V8); `off`: no cache folder
 * given (or no zlib.crc32); `failed`: the cached path could not be used (the bundle was simply required).
 */
export type CodeCacheState = 'used' | 'rejected' | 'absent' | 'untrusted' | 'off' | 'failed';

/**
 * The worker thread's first code (run as a string: it must not use anything from this module). Notes when the thread
 * began, then loads the bundle — through `vm.Script` with V8's code cache when a cache folder is given. The cache is
 * created after the first analysis, so it holds the bytecode of the engine's functions as well as the top level: the
 * next start of the worker skips compiling them (measured on the sample: loading the bundle ~11 -> ~7 ms, the first
 * analysis ~53 -> ~41 ms).
 *
 * V8 trusts a code cache (its bytecode runs as is): a cache is used only when the caller read it and found the SHA-256
 * digest that was recorded, out of reach of the file system, when this install wrote it (the extension keeps it in its
 * globalState), and the boot code uses exactly those bytes. The cache file also starts with the bundle's own bytes, so
 * a changed bundle never runs with a stale cache, and V8's part carries a CRC-32. After writing a cache the worker
 * sends its digest to the caller (`seed/codeCacheWritten`) to be recorded.
 */
export function workerBoot(): void {
  /* eslint-disable @typescript-eslint/no-var-requires */
  const { workerData: data } = require('node:worker_threads') as typeof import('node:worker_threads') & { workerData: BootData };
  data.bootAt = performance.timeOrigin + performance.now();
  const file = data.file;
  if (!data.cacheDir) {
    data.codeCache = 'off';
    require(file);
    return;
  }
  const fs = require('node:fs') as typeof import('node:fs');
  const path = require('node:path') as typeof import('node:path');
  const vm = require('node:vm') as typeof import('node:vm');
  const Module = require('node:module') as typeof import('node:module') & { wrap(src: string): string };
  // Without zlib.crc32 (Node < 20.15) no cache is used.
  const crc32 = (require('node:zlib') as { crc32?: (data: Uint8Array) => number }).crc32;
  if (typeof crc32 !== 'function') {
    data.codeCache = 'off';
    require(file);
    return;
  }
  let run: (() => void) | undefined;
  let given: { cache?: Uint8Array; untrusted?: boolean } | undefined;
  try {
    if (data.cachePort && data.cacheReady) {
      Atomics.wait(data.cacheReady, 0, 0, 2000);
      given = (require('node:worker_threads') as typeof import('node:worker_threads')).receiveMessageOnPort(data.cachePort)?.message;
      data.cachePort.close();
    }
  } catch {
    given = undefined;
  }
  data.cachePort = undefined;
  try {
    const srcBytes = fs.readFileSync(file);
    const src = srcBytes.toString('utf8');
    // The cache file: the bundle's length, the CRC-32 of V8's data, the bundle's own bytes, V8's data. A cache is used
    // only for exactly the same bundle (V8 itself checks its version and flags, and the source's length only).
    const cacheFile = path.join(data.cacheDir, 'worker.v8cache');
    let cached: Buffer | undefined;
    if (given?.cache) {
      const all = Buffer.from(given.cache.buffer, given.cache.byteOffset, given.cache.byteLength);
      const n = all.length >= 8 ? all.readUInt32LE(0) : -1;
      if (n === srcBytes.length && all.length > 8 + n && all.subarray(8, 8 + n).equals(srcBytes)) {
        const v8data = all.subarray(8 + n);
        if (crc32(v8data) === all.readUInt32LE(4)) cached = v8data;
      }
    }
    const script = new vm.Script(Module.wrap(src), { filename: file, cachedData: cached });
    data.codeCache = !cached ? (given?.untrusted ? 'untrusted' : 'absent') : script.cachedDataRejected ? 'rejected' : 'used';
    if (data.codeCache !== 'used') {
      data.saveCodeCache = () => {
        data.saveCodeCache = undefined;
        try {
          const v8data = script.createCachedData();
          const head = Buffer.alloc(8);
          head.writeUInt32LE(srcBytes.length, 0);
          head.writeUInt32LE(crc32(v8data), 4);
          const bytes = Buffer.concat([head, srcBytes, v8data]);
          fs.mkdirSync(data.cacheDir as string, { recursive: true });
          // Written under a temporary name, then renamed: a concurrent reader never sees half a file.
          const tmp = `${cacheFile}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
          fs.writeFileSync(tmp, bytes);
          fs.renameSync(tmp, cacheFile);
          // Hashed here, after the first results went out (loading crypto in this thread costs a few ms).
          return (require('node:crypto') as typeof import('node:crypto')).createHash('sha256').update(bytes).digest('hex');
        } catch {
          // no cache this time: the next start compiles as usual
          return undefined;
        }
      };
    }
    const fn = script.runInThisContext() as (exports: unknown, req: NodeRequire, mod: unknown, filename: string, dirname: string) => void;
    const mod = { exports: {} as unknown, filename: file, id: file, loaded: false };
    run = () => fn.call(mod.exports, mod.exports, Module.createRequire(file), mod, file, path.dirname(file));
  } catch {
    data.codeCache = 'failed';
    data.saveCodeCache = undefined;
    run = undefined;
  }
  // Errors of the bundle itself are not caught: they end the worker as they would with a plain require.
  if (run) run();
  else require(file);
}

/**
 * Reads the code cache in `dir` (the worker's, or the file `name`) and returns its bytes when their SHA-256 is `digest` (the one recorded when this install
 * wrote it); `untrusted` when a file is there but does not match (or no digest is known). On the caller's thread:
 * ~1 ms for the ~0.5 MB file (crypto is loaded already in the extension host; in a new worker thread it would cost more).
 */
export function trustedCodeCache(dir: string, digest: string | undefined, name = CODE_CACHE_FILE): { cache?: Uint8Array; untrusted?: boolean } {
  /* eslint-disable @typescript-eslint/no-var-requires */
  const fs = require('node:fs') as typeof import('node:fs');
  const path = require('node:path') as typeof import('node:path');
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(path.join(dir, name));
  } catch {
    return {};
  }
  if (!digest) return { untrusted: true };
  const crypto = require('node:crypto') as typeof import('node:crypto');
  const got = crypto.createHash('sha256').update(bytes).digest();
  const want = Buffer.from(digest, 'hex');
  return want.length === got.length && crypto.timingSafeEqual(got, want) ? { cache: bytes } : { untrusted: true };
}

/** The boot code as the source of a `new Worker(…, { eval: true })`. */
export const BOOT = `(${workerBoot.toString()})();`;
