// VS Code for the Web (issue 15): the web bundles (built by `npm run test:unit` before mocha) hold no Node module and
// no engine in the extension, the web worker bundle serves the analysis protocol from a Web Worker's scope to the web
// client (src/web/client.ts), and the shims behave as Node's functions do. The same in a real web extension host:
// `npm run test:web`.
import * as assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import * as nodePath from 'node:path';
import * as vm from 'node:vm';
import { WebAnalysisClient, type WebWorker, type WebWorkerConstructor } from '../../src/web/client';
import { Buffer as WebBuffer, setImmediate as webSetImmediate } from '../../src/web/shims/globals';
import { createHash as webCreateHash, randomBytes as webRandomBytes } from '../../src/web/shims/crypto';
import * as webPath from '../../src/web/shims/path';
import * as webFs from '../../src/web/shims/fs';
import { SAMPLE, ROOT } from './fakes/sample';

const WEB_EXTENSION = join(ROOT, 'dist', 'web', 'extension.js');
const WEB_WORKER = join(ROOT, 'dist', 'web', 'worker.js');

/**
 * dist/web/worker.js in a context of its own, shaped like a Web Worker's scope (postMessage / onmessage /
 * addEventListener, no `require`, no `process`), behind the part of the Worker interface the client uses. Messages
 * are structured-cloned and delivered on later turns, as between threads.
 */
function vmWorkerConstructor(code: string): WebWorkerConstructor {
  return class VmWorker implements WebWorker {
    onmessage: ((event: { data: unknown }) => void) | null = null;
    private readonly errorListeners: ((event: { message?: string }) => void)[] = [];
    private readonly scope: { onmessage: ((event: { data: unknown }) => void) | null; [k: string]: unknown };
    private terminated = false;

    constructor() {
      const toClient = (data: unknown) => {
        const copy = structuredClone(data);
        setTimeout(() => !this.terminated && this.onmessage?.({ data: copy }), 0);
      };
      this.scope = {
        onmessage: null, postMessage: toClient, addEventListener: () => undefined, console, performance, TextEncoder, TextDecoder,
        MessageChannel, setTimeout, clearTimeout, setInterval, clearInterval, queueMicrotask, structuredClone,
      };
      this.scope.self = this.scope;
      this.scope.globalThis = this.scope;
      vm.createContext(this.scope);
      try {
        vm.runInContext(code, this.scope);
      } catch (err) {
        setTimeout(() => this.errorListeners.forEach((l) => l({ message: String(err) })), 0);
      }
    }
    postMessage(message: unknown): void {
      const copy = structuredClone(message);
      setTimeout(() => !this.terminated && this.scope.onmessage?.({ data: copy }), 0);
    }
    terminate(): void {
      this.terminated = true;
    }
    addEventListener(_type: 'error', listener: (event: { message?: string }) => void): void {
      this.errorListeners.push(listener);
    }
  };
}

describe('VS Code for the Web: the bundles (dist/web/)', function () {
  this.timeout(60_000);
  before(function () {
    for (const f of [WEB_EXTENSION, WEB_WORKER]) if (!existsSync(f)) throw new Error(`${f} is missing: run \`node esbuild.mjs\``);
  });

  it('dist/web/extension.js requires nothing but vscode, holds no engine, and is under 1 MB', () => {
    const code = readFileSync(WEB_EXTENSION, 'utf8');
    const required = new Set([...code.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]));
    assert.deepEqual([...required], ['vscode']);
    assert.doesNotMatch(code, /["']node:[a-z_/]+["']/, 'no node: module named');
    // src/engine/lexicon.ts reads `prebuiltLexicon` (a property name: it survives minification).
    assert.doesNotMatch(code, /prebuiltLexicon/, 'the engine runs in the worker, not in the extension host');
    assert.ok(statSync(WEB_EXTENSION).size < 1024 * 1024, `${statSync(WEB_EXTENSION).size} bytes`);
  });

  it('dist/web/worker.js requires nothing and carries the prebuilt lexicon', () => {
    const code = readFileSync(WEB_WORKER, 'utf8');
    assert.doesNotMatch(code, /\brequire\(\s*["'][^"']+["']\s*\)/);
    assert.doesNotMatch(code, /["']node:[a-z_/]+["']/);
    assert.match(code, /prebuiltLexicon/);
  });

  it('the web client analyses the sample in dist/web/worker.js running in a Web-Worker-shaped scope', async () => {
    const client = new WebAnalysisClient('worker.js', {}, vmWorkerConstructor(readFileSync(WEB_WORKER, 'utf8')));
    try {
      const a = await client.analyze('sample', SAMPLE);
      assert.ok(a.quotes.length >= 5, `quotes: ${a.quotes.length}`);
      assert.ok(a.actors.some((x) => x.name === 'Wesley Clark'));
      for (const q of a.quotes) assert.equal(SAMPLE.slice(q.start, q.end), q.text);
      assert.equal(client.startup?.lexiconSource, 'prebuilt');
      // An edit goes as a change of the text the worker has; the answer is the analysis of the new text.
      const edited = SAMPLE.replace('Mr. Clark said', 'Mr. Clark told reporters');
      const b = await client.analyze('sample', edited);
      for (const q of b.quotes) assert.equal(edited.slice(q.start, q.end), q.text);
      assert.equal(b.quotes.length, a.quotes.length);
    } finally {
      client.dispose();
    }
  });

  it('a worker script that fails to load rejects the analysis instead of hanging', async () => {
    const client = new WebAnalysisClient('worker.js', {}, vmWorkerConstructor('throw new Error("broken bundle")'));
    try {
      await assert.rejects(client.analyze('sample', SAMPLE), /broken bundle/);
    } finally {
      client.dispose();
    }
  });
});

describe('VS Code for the Web: the shims (src/web/shims/)', () => {
  it('path: the POSIX functions as node:path has them', () => {
    const cases = ['/a/b/c.txt', 'a/b/', '/x', 'file.seed.txt', '/a/./b/../c', '.hidden', ''];
    for (const p of cases) {
      if (!p) continue;
      assert.equal(webPath.basename(p), nodePath.posix.basename(p), `basename ${p}`);
      assert.equal(webPath.dirname(p), nodePath.posix.dirname(p), `dirname ${p}`);
      assert.equal(webPath.extname(p), nodePath.posix.extname(p), `extname ${p}`);
    }
    assert.equal(webPath.basename('/a/story.txt', '.txt'), 'story');
    assert.equal(webPath.join('/a', 'b', '../c', 'd.txt'), nodePath.posix.join('/a', 'b', '../c', 'd.txt'));
    assert.equal(webPath.join('a', '', 'b'), nodePath.posix.join('a', '', 'b'));
    assert.equal(webPath.resolve('/a/b', '../c'), nodePath.posix.resolve('/a/b', '../c'));
  });

  it('Buffer: UTF-8, base64, hex and latin1 round trips as Node', () => {
    for (const s of ['', 'plain', 'Zürich – “quoted” 😀', '\u0000\u00ff']) {
      assert.equal(WebBuffer.from(s).toString('base64'), Buffer.from(s).toString('base64'));
      assert.equal(WebBuffer.from(s).toString('hex'), Buffer.from(s).toString('hex'));
      assert.equal(WebBuffer.from(Buffer.from(s).toString('base64'), 'base64').toString(), s);
      assert.equal(WebBuffer.from(s, 'latin1').toString('latin1'), Buffer.from(s, 'latin1').toString('latin1'));
    }
    const bytes = randomBytes(70_000);
    assert.equal(WebBuffer.from(bytes).toString('base64'), bytes.toString('base64'), 'long input (chunked)');
    assert.equal(WebBuffer.concat([WebBuffer.from('ab'), WebBuffer.from('cd')]).toString(), 'abcd');
    assert.equal(WebBuffer.concat([WebBuffer.from('ab'), WebBuffer.from('cd')], 3).toString(), 'abc');
    assert.ok(WebBuffer.isBuffer(WebBuffer.alloc(2)) && !WebBuffer.isBuffer(new Uint8Array(2)));
  });

  it('crypto: SHA-1 as node:crypto computes it, random bytes from Web Crypto', () => {
    for (const n of [0, 1, 55, 56, 63, 64, 65, 1000, 100_003]) {
      const data = randomBytes(n);
      assert.equal(webCreateHash('sha1').update(data).digest('hex'), createHash('sha1').update(data).digest('hex'), `${n} bytes`);
    }
    assert.equal(webCreateHash('sha1').update('abc').digest('hex'), 'a9993e364706816aba3e25717850c26c9cd0d89d');
    assert.throws(() => webCreateHash('md5'), /not available/);
    const r = webRandomBytes(16);
    assert.equal(r.length, 16);
    assert.match(r.toString('base64'), /^[A-Za-z0-9+/]{22}==$/);
  });

  it('fs: no local files (the callers fall back to workspace.fs)', () => {
    assert.equal(webFs.existsSync('/etc/hostname'), false);
    assert.throws(() => webFs.realpathSync(), /not available in VS Code for the Web/);
    assert.throws(() => webFs.statSync(), /not available/);
  });

  it('setImmediate runs callbacks in order, after the current turn', async () => {
    const seen: number[] = [];
    await new Promise<void>((resolve) => {
      webSetImmediate(() => seen.push(1));
      webSetImmediate((x) => seen.push(x as number), 2);
      webSetImmediate(() => resolve());
      seen.push(0);
    });
    assert.deepEqual(seen, [0, 1, 2]);
  });
});
