// `export --stdin` with bounded memory: lines are split as readline splits them but a line too long for any text within
// --max-size is never held (an error record, then the next line); binary data gets a plain error; each document is
// written in pieces, the same bytes as the whole line.
import * as assert from 'node:assert/strict';
import * as readline from 'node:readline';
import { Readable } from 'node:stream';
import { boundedLines, type InputLine, maxLineBytes } from '../../src/cli/stdin';
import { runCli } from '../../src/cliMain';
import { analyze } from '../../src/engine';
import { toSeedJson } from '../../src/export/json';

async function collect(chunks: (string | Buffer)[], maxBytes: number): Promise<InputLine[]> {
  const out: InputLine[] = [];
  for await (const l of boundedLines(Readable.from(chunks), maxBytes)) out.push(l);
  return out;
}

async function viaReadline(chunks: (string | Buffer)[]): Promise<string[]> {
  const out: string[] = [];
  const rl = readline.createInterface({ input: Readable.from(chunks), crlfDelay: Infinity, terminal: false });
  for await (const l of rl) out.push(l);
  return out;
}

async function run(argv: string[], stdin: (string | Buffer)[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(argv, { stdout: (s) => { out += s; }, stderr: (s) => { err += s; }, stdin: Readable.from(stdin) } as Parameters<typeof runCli>[1]);
  return { code, out, err };
}

const TEXT = 'Tern Ferry opens a night route\n20240311\nhttps://example.org/tern\n\n"We sail at nine," said Ilse Marrow, a pilot of the Tern Ferry Company.\nMayor Odo Brill said the town would pay for the lamps.\n';

describe('export --stdin: bounded lines', () => {
  it('splits lines as readline does (LF, CRLF, CR; across chunks; multibyte characters cut between chunks)', async () => {
    const texts = ['a\nb\r\nc\rd', 'one\r\n\r\ntwo\n\nthree\n', '\r\n\rx\r', 'é ü 😀\nnext — line\r\nend', ''];
    for (const t of texts) {
      const bytes = Buffer.from(t, 'utf8');
      for (const size of [1, 2, 3, 7, bytes.length || 1]) {
        const chunks: Buffer[] = [];
        for (let i = 0; i < bytes.length; i += size) chunks.push(bytes.subarray(i, i + size));
        assert.deepEqual(await collect(chunks, 0), await viaReadline(chunks), `${JSON.stringify(t)} in chunks of ${size}`);
      }
    }
  });

  it('a line over the limit is given as its length and not kept; the lines after it are read', async () => {
    assert.deepEqual(await collect(['abc', 'defgh\nxy\n', '123456789'], 4), [{ tooLong: 8 }, 'xy', { tooLong: 9 }]);
    assert.deepEqual(await collect(['abcd\r\nwxyz'], 4), ['abcd', 'wxyz']);
    assert.equal(maxLineBytes(0), 0, 'no limit with --max-size 0');
    assert.ok(maxLineBytes(1000) >= 6 * 1000, 'room for a text of the limit written with \\u escapes');
  });

  it('a line too long for --max-size gets an error record (the input is not echoed) and the next line its document', async () => {
    const long = JSON.stringify({ id: 'huge', text: 'x'.repeat(maxLineBytes(10_485) + 10) });
    const r = await run(['export', '--stdin', '--max-size', '0.01'], [long.slice(0, 500_000), long.slice(500_000) + '\n', JSON.stringify({ id: 'ok', text: TEXT }) + '\n']);
    assert.equal(r.code, 0, r.err);
    const lines = r.out.trim().split('\n').map((l) => JSON.parse(l));
    assert.equal(lines.length, 2);
    assert.deepEqual([lines[0].id, lines[0].line], [null, 1]);
    assert.match(lines[0].error, /^line of \d+ bytes, longer than a text within the --max-size limit can make; not read$/);
    assert.equal(lines[1].id, 'ok');
    assert.equal(lines[1].schema, 'seed-reader/1');
    assert.match(r.err, /stdin line 1: line of \d+ bytes/);
    assert.ok(r.err.length < 500, 'the long line is not echoed');
  });

  it('binary data: a plain error record per line, no control characters echoed; exit 0 as for any bad line', async () => {
    const noise = Buffer.from([0x00, 0x1b, 0x5b, 0x32, 0x4a, 0xff, 0xfe, 0x07, 0x0a, 0x7b, 0x01, 0x7d]);
    const r = await run(['export', '--stdin'], [noise]);
    assert.equal(r.code, 0);
    const lines = r.out.trim().split('\n').map((l) => JSON.parse(l));
    assert.deepEqual(lines.map((l) => l.error), ['binary data (control characters), not a JSON line', 'binary data (control characters), not a JSON line']);
    assert.ok(![...r.err].some((c) => c.charCodeAt(0) < 32 && c !== '\n'), 'no control character on stderr');
  });

  it('each document line is written in pieces: the same bytes as the id and the whole document on one line', async () => {
    for (const id of ['tern-1', 42]) {
      const r = await run(['export', '--stdin'], [JSON.stringify({ id, text: TEXT }) + '\n']);
      assert.equal(r.code, 0, r.err);
      assert.equal(r.out, JSON.stringify({ id, ...toSeedJson({ analysis: analyze(TEXT), text: TEXT, fileName: String(id) }) }) + '\n');
    }
  });
});
