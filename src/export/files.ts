// Node file helpers for the CLI and the editor's exporters (file: URIs only): real file identity,
// bounded reads of regular files only, atomic writes. Not pure: uses node:fs.
import * as fs from 'node:fs';
import * as path from 'node:path';

/** Identity of an existing file: its real path and (where the platform has them) device and inode. */
export interface FileId {
  real: string;
  dev: number;
  ino: number;
}

/** Identity of `p` following symlinks; null when it does not exist (or cannot be stat'ed). */
export function fileIdentity(p: string): FileId | null {
  try {
    const st = fs.statSync(p);
    let real: string;
    try {
      real = fs.realpathSync(p);
    } catch {
      real = path.resolve(p);
    }
    return { real, dev: st.dev, ino: st.ino };
  } catch {
    return null;
  }
}

/** True when both name the same file: same device and inode (hard links, symlinks), or the same real path. */
export function sameFile(a: FileId | null, b: FileId | null): boolean {
  if (!a || !b) return false;
  if (a.ino !== 0 && a.ino === b.ino && a.dev === b.dev) return true;
  return process.platform === 'win32' || process.platform === 'darwin' ? a.real.toLowerCase() === b.real.toLowerCase() : a.real === b.real;
}

export class ReadRefused extends Error {}

/**
 * Reads a regular file of at most `maxBytes` (0: no limit). Refuses folders, devices, FIFOs and
 * sockets before reading (stat, then open non-blocking and check again), and stops reading at the
 * cap even if the file grows meanwhile. Throws ReadRefused with a short reason, or an fs error.
 */
export function readRegularFile(file: string, maxBytes: number, maxLabel = ''): Buffer {
  const st = fs.statSync(file);
  const refuse = (s: fs.Stats) => {
    if (s.isDirectory()) throw new ReadRefused('is a directory, not a file');
    if (!s.isFile()) throw new ReadRefused(`not a regular file (${kindOf(s)}); not read`);
    if (maxBytes > 0 && s.size > maxBytes) throw new ReadRefused(`larger than ${maxLabel || `${maxBytes} bytes`}; not read`);
  };
  refuse(st);
  const fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
  try {
    const fst = fs.fstatSync(fd);
    refuse(fst);
    const limit = maxBytes > 0 ? maxBytes + 1 : Infinity;
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const want = Math.min(limit - total, Math.max(64 * 1024, Math.min(fst.size - total + 1, 64 * 1024 * 1024)));
      if (want <= 0) break;
      const buf = Buffer.allocUnsafe(want);
      const n = fs.readSync(fd, buf, 0, want, null);
      if (n === 0) break;
      chunks.push(n === want ? buf : buf.subarray(0, n));
      total += n;
    }
    if (maxBytes > 0 && total > maxBytes) throw new ReadRefused(`larger than ${maxLabel || `${maxBytes} bytes`}; not read`);
    return chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, total);
  } finally {
    fs.closeSync(fd);
  }
}

/** Reads at most the first `bytes` bytes of a regular file (for header checks). */
export function readHead(file: string, bytes: number): Buffer {
  const fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
  try {
    const fst = fs.fstatSync(fd);
    if (!fst.isFile()) throw new ReadRefused(`not a regular file (${kindOf(fst)}); not read`);
    const buf = Buffer.alloc(bytes);
    let total = 0;
    while (total < bytes) {
      const n = fs.readSync(fd, buf, total, bytes - total, null);
      if (n === 0) break;
      total += n;
    }
    return buf.subarray(0, total);
  } finally {
    fs.closeSync(fd);
  }
}

function kindOf(s: fs.Stats): string {
  if (s.isFIFO()) return 'a FIFO';
  if (s.isCharacterDevice() || s.isBlockDevice()) return 'a device';
  if (s.isSocket()) return 'a socket';
  if (s.isSymbolicLink()) return 'a symbolic link';
  return 'not a regular file';
}

/** The file operations atomicWrite uses; tests replace them to simulate a full disk. */
export interface WriteFs {
  openSync: typeof fs.openSync;
  writeSync: (fd: number, s: string) => number;
  fsyncSync: typeof fs.fsyncSync;
  closeSync: typeof fs.closeSync;
  renameSync: typeof fs.renameSync;
  unlinkSync: typeof fs.unlinkSync;
}

const nodeWriteFs: WriteFs = {
  openSync: fs.openSync,
  writeSync: (fd, s) => fs.writeSync(fd, s, null, 'utf8'),
  fsyncSync: fs.fsyncSync,
  closeSync: fs.closeSync,
  renameSync: fs.renameSync,
  unlinkSync: fs.unlinkSync,
};

/** Temporary name beside `target` (same folder, so that rename is atomic). */
export function tempNameFor(target: string): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${Math.random().toString(36).slice(2, 10)}.tmp`);
}

/**
 * Writes `parts` (strings or a function producing them one at a time) to a temporary file beside
 * `target`, then renames it over `target`: `target` is either its old content or the complete new
 * one, never truncated. The temporary file is removed when anything fails. A symlink `target` is
 * replaced at its real path (the link stays). Keeps the mode of a replaced file.
 */
export function atomicWrite(target: string, parts: Iterable<string>, wfs: WriteFs = nodeWriteFs): void {
  const file = new AtomicFile(target, wfs);
  try {
    for (const part of parts) file.write(part);
    file.commit();
  } catch (err) {
    file.abort();
    throw err;
  }
}

/**
 * `atomicWrite` a part at a time, for parts that come one by one (the CLI writes each input's part as it is analysed):
 * the temporary file is created by the constructor, `commit` renames it over the target, `abort` removes it. Every
 * method but `abort` throws the file system's error; after one, call `abort` (it never throws).
 */
export class AtomicFile {
  /** Where the content goes: the target's real path (a symlink's target). */
  readonly dest: string;
  private readonly tmp: string;
  private fd: number | null = null;
  private done = false;

  constructor(target: string, private readonly wfs: WriteFs = nodeWriteFs) {
    let dest = target;
    let mode = 0o666;
    try {
      dest = fs.realpathSync(target);
      mode = fs.statSync(dest).mode & 0o7777;
    } catch {
      // does not exist yet
    }
    this.dest = dest;
    fs.mkdirSync(path.dirname(dest), { recursive: true });
    this.tmp = tempNameFor(dest);
    try {
      this.fd = wfs.openSync(this.tmp, 'wx', mode);
    } catch (err) {
      this.abort();
      throw err;
    }
  }

  write(part: string): void {
    let rest = part;
    while (rest.length > 0) {
      // Large parts in pieces: fs.writeSync copies its string into one buffer.
      let cut = Math.min(rest.length, 16 * 1024 * 1024);
      if (cut < rest.length && (rest.charCodeAt(cut - 1) & 0xfc00) === 0xd800) cut--; // keep surrogate pairs whole
      const piece = cut < rest.length ? rest.slice(0, cut) : rest;
      this.wfs.writeSync(this.fd!, piece);
      rest = rest.length > piece.length ? rest.slice(piece.length) : '';
    }
  }

  commit(): void {
    this.wfs.fsyncSync(this.fd!);
    this.wfs.closeSync(this.fd!);
    this.fd = null;
    this.wfs.renameSync(this.tmp, this.dest);
    this.done = true;
  }

  abort(): void {
    if (this.done) return;
    this.done = true;
    if (this.fd !== null) {
      try { this.wfs.closeSync(this.fd); } catch { /* already failing */ }
      this.fd = null;
    }
    try { this.wfs.unlinkSync(this.tmp); } catch { /* never created */ }
  }
}
