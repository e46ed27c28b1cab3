// `node:crypto` in the web extension bundle: random bytes from the Web Crypto API (webview nonces) and a synchronous
// SHA-1 (the corpus index's content hash: a cache key, not a security boundary; Web Crypto's digest is asynchronous).
import { Buffer, WebBuffer } from './globals';

export function randomBytes(n: number): WebBuffer {
  const bytes = new WebBuffer(n);
  globalThis.crypto.getRandomValues(bytes);
  return bytes;
}

/** SHA-1 of `data` (FIPS 180-4), as 20 bytes. */
export function sha1(data: Uint8Array): Uint8Array {
  const bitLength = data.length * 8;
  const padded = new Uint8Array(((data.length + 9 + 63) >> 6) << 6);
  padded.set(data);
  padded[data.length] = 0x80;
  const view = new DataView(padded.buffer);
  view.setUint32(padded.length - 8, Math.floor(bitLength / 2 ** 32));
  view.setUint32(padded.length - 4, bitLength >>> 0);
  let h0 = 0x67452301, h1 = 0xefcdab89, h2 = 0x98badcfe, h3 = 0x10325476, h4 = 0xc3d2e1f0;
  const w = new Uint32Array(80);
  for (let off = 0; off < padded.length; off += 64) {
    for (let i = 0; i < 16; i++) w[i] = view.getUint32(off + 4 * i);
    for (let i = 16; i < 80; i++) {
      const x = w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16];
      w[i] = (x << 1) | (x >>> 31);
    }
    let a = h0, b = h1, c = h2, d = h3, e = h4;
    for (let i = 0; i < 80; i++) {
      const f = i < 20 ? (b & c) | (~b & d) : i < 40 ? b ^ c ^ d : i < 60 ? (b & c) | (b & d) | (c & d) : b ^ c ^ d;
      const k = i < 20 ? 0x5a827999 : i < 40 ? 0x6ed9eba1 : i < 60 ? 0x8f1bbcdc : 0xca62c1d6;
      const t = (((a << 5) | (a >>> 27)) + f + e + k + w[i]) >>> 0;
      e = d;
      d = c;
      c = (b << 30) | (b >>> 2);
      b = a;
      a = t;
    }
    h0 = (h0 + a) >>> 0;
    h1 = (h1 + b) >>> 0;
    h2 = (h2 + c) >>> 0;
    h3 = (h3 + d) >>> 0;
    h4 = (h4 + e) >>> 0;
  }
  const out = new Uint8Array(20);
  const ov = new DataView(out.buffer);
  [h0, h1, h2, h3, h4].forEach((h, i) => ov.setUint32(4 * i, h));
  return out;
}

export interface Hash {
  update(data: Uint8Array | string): Hash;
  digest(): WebBuffer;
  digest(encoding: 'hex' | 'base64'): string;
}

/** `createHash('sha1')`: the data is hashed when `digest` is called. */
export function createHash(algorithm: string): Hash {
  if (algorithm.toLowerCase() !== 'sha1') throw new Error(`crypto.createHash('${algorithm}') is not available in VS Code for the Web`);
  const parts: Uint8Array[] = [];
  const hash = {
    update(data: Uint8Array | string) {
      parts.push(typeof data === 'string' ? new TextEncoder().encode(data) : data);
      return hash;
    },
    digest(encoding?: 'hex' | 'base64') {
      const bytes = Buffer.from(sha1(Buffer.concat(parts)));
      return encoding ? bytes.toString(encoding) : bytes;
    },
  };
  return hash as Hash;
}
