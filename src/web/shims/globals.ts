// Node globals the editor's and the worker's code use, for the web bundles: esbuild injects these (`inject` in
// esbuild.mjs), so the code's free `setImmediate` and `Buffer` refer to them; the web globals are left alone.

/** Runs `fn` after the events already queued, as Node's setImmediate (a message to itself; setTimeout(0) is clamped). */
const immediates: (() => void)[] = [];
interface Port {
  onmessage: (() => void) | null;
  postMessage(message: unknown): void;
}
let channel: { port1: Port; port2: Port } | undefined;
export function setImmediate(fn: (...args: unknown[]) => void, ...args: unknown[]): number {
  if (!channel) {
    channel = new (globalThis as unknown as { MessageChannel: new () => { port1: Port; port2: Port } }).MessageChannel();
    channel.port1.onmessage = () => immediates.shift()?.();
    // Where ports keep a process alive (Node: the unit tests), this one must not, as setImmediate does not.
    (channel.port1 as Partial<{ unref(): void }>).unref?.();
  }
  immediates.push(() => fn(...args));
  channel.port2.postMessage(0);
  return immediates.length;
}

type Encoding = 'utf8' | 'utf-8' | 'base64' | 'hex' | 'latin1' | 'binary';

/** Bytes with Node's `toString(encoding)` (UTF-8, base64, hex, latin1). */
export class WebBuffer extends Uint8Array {
  override toString(encoding: Encoding = 'utf8', start = 0, end = this.length): string {
    const bytes = this.subarray(start, end);
    switch (encoding) {
      case 'base64': {
        let bin = '';
        for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
        return btoa(bin);
      }
      case 'hex':
        return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
      case 'latin1':
      case 'binary':
        return Array.from(bytes, (b) => String.fromCharCode(b)).join('');
      default:
        return new TextDecoder().decode(bytes);
    }
  }
}

function bytesOf(list: ArrayLike<number>): WebBuffer {
  const out = new WebBuffer(list.length);
  out.set(list);
  return out;
}

function fromString(s: string, encoding: Encoding): WebBuffer {
  switch (encoding) {
    case 'base64':
      return bytesOf(Array.from(atob(s.replace(/[^A-Za-z0-9+/]/g, '')), (c) => c.charCodeAt(0)));
    case 'hex': {
      const out = new WebBuffer(s.length >> 1);
      for (let i = 0; i < out.length; i++) out[i] = parseInt(s.slice(2 * i, 2 * i + 2), 16);
      return out;
    }
    case 'latin1':
    case 'binary': {
      // One byte per UTF-16 code unit, as Node.
      const out = new WebBuffer(s.length);
      for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i) & 0xff;
      return out;
    }
    default:
      return bytesOf(new TextEncoder().encode(s));
  }
}

/** The part of Node's Buffer the bundled code uses. */
export const Buffer = {
  from(value: string | ArrayLike<number> | ArrayBuffer, encodingOrOffset?: Encoding | number, length?: number): WebBuffer {
    if (typeof value === 'string') return fromString(value, (encodingOrOffset as Encoding | undefined) ?? 'utf8');
    if (value instanceof ArrayBuffer) {
      const offset = (encodingOrOffset as number | undefined) ?? 0;
      return new WebBuffer(value, offset, length ?? value.byteLength - offset);
    }
    return bytesOf(value);
  },
  isBuffer(value: unknown): value is WebBuffer {
    return value instanceof WebBuffer;
  },
  alloc(size: number): WebBuffer {
    return new WebBuffer(size);
  },
  allocUnsafe(size: number): WebBuffer {
    return new WebBuffer(size);
  },
  byteLength(s: string): number {
    return new TextEncoder().encode(s).length;
  },
  concat(list: readonly Uint8Array[], total?: number): WebBuffer {
    const size = total ?? list.reduce((n, b) => n + b.length, 0);
    const out = new WebBuffer(size);
    let at = 0;
    for (const b of list) {
      if (at >= size) break;
      const part = b.subarray(0, size - at);
      out.set(part, at);
      at += part.length;
    }
    return out;
  },
};
