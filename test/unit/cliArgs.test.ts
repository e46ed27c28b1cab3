// The CLI's argument reading (util.parseArgs under the CLI's own checks and messages), the size hook the process wiring
// uses to tune V8 for a short run, and the cue of a claim as written (the export's hot spot on large inputs).
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { type OptionSpec, readOptions, UsageError } from '../../src/cli/common';
import { runCli } from '../../src/cliMain';
import { claimCue } from '../../src/export/common';
import type { Analysis, Claim } from '../../src/engine/types';
import { ROOT, SAMPLE_PATH } from './exportFixtures';

const SPEC: OptionSpec = {
  format: { type: 'string', short: 'f' },
  out: { type: 'string', short: 'o' },
  bom: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
};

function usageMessage(f: () => unknown): string {
  try {
    f();
  } catch (err) {
    assert.ok(err instanceof UsageError, `a UsageError, not ${String(err)}`);
    return err.message;
  }
  assert.fail('no usage error');
}

describe('CLI arguments (readOptions on util.parseArgs)', () => {
  it('reads long, --name=value and short forms; the last repeated option wins; -- ends the options', () => {
    const r = readOptions(['a.txt', '--format', 'csv', '-o', 'out/', '--format=json', '--bom', '--', '--not-an-option.txt', '-'], SPEC);
    assert.deepEqual(r.values, { format: 'json', out: 'out/', bom: true });
    assert.deepEqual(r.positionals, ['a.txt', '--not-an-option.txt', '-']);
    assert.deepEqual(readOptions(['-f', 'json', '-h'], SPEC).values, { format: 'json', help: true });
  });

  it('a lone - is a value and a file; a boolean option given a value is set', () => {
    assert.deepEqual(readOptions(['--out', '-', '-'], SPEC), { values: { out: '-' }, positionals: ['-'] });
    assert.deepEqual(readOptions(['--bom=yes'], SPEC).values, { bom: true });
  });

  it('usage errors name the option as given', () => {
    assert.equal(usageMessage(() => readOptions(['--frob', 'x'], SPEC)), "unknown option '--frob'");
    assert.equal(usageMessage(() => readOptions(['--frob=1'], SPEC)), "unknown option '--frob'");
    assert.equal(usageMessage(() => readOptions(['-x'], SPEC)), "unknown option '-x'");
    // Letters glued to a short option were never accepted: not `-f json`, not `-h -o`.
    assert.equal(usageMessage(() => readOptions(['-fjson'], SPEC)), "unknown option '-fjson'");
    assert.equal(usageMessage(() => readOptions(['-ho'], SPEC)), "unknown option '-ho'");
    assert.equal(usageMessage(() => readOptions(['-5.txt'], SPEC)), "unknown option '-5.txt'");
  });

  it('a string option without its value is a usage error (last, empty, or followed by an option)', () => {
    for (const argv of [['--out'], ['--out='], ['-o'], ['--format', '--out', 'x'], ['-f', '-h'], ['--format', '--']]) {
      assert.match(usageMessage(() => readOptions(argv, SPEC)), /^option --(out|format) needs a value$/, argv.join(' '));
    }
  });

  it('a command without files or other options says so in its own words', () => {
    const checks = { unknown: (raw: string) => new UsageError(`nope ${raw}`), positional: (arg: string) => new UsageError(`no files ${arg}`) };
    assert.equal(usageMessage(() => readOptions(['--out', 'x'], { help: { type: 'boolean' } }, checks)), 'nope --out');
    assert.equal(usageMessage(() => readOptions(['a.txt'], SPEC, checks)), 'no files a.txt');
    assert.equal(usageMessage(() => readOptions(['--'], SPEC, checks)), 'no files --');
  });

  it('export and export --stdin: -fjson and -ho stay usage errors (exit 2)', async () => {
    for (const argv of [['export', '-fjson', SAMPLE_PATH], ['export', '-f', 'json', '-ho', 'x', SAMPLE_PATH], ['export', '--stdin', '-fjson']]) {
      let err = '';
      const code = await runCli(argv, { stdout: () => undefined, stderr: (s) => { err += s; } });
      assert.equal(code, 2, argv.join(' '));
      assert.match(err, /unknown option '-fjson'|unknown option '-ho'|option '-fjson' does not apply to --stdin/);
    }
  });
});

describe('CLI: the size of a run, told before the analyses', () => {
  it('export tells the total size of its FILEs (missing ones count 0) before reading them', async () => {
    const told: number[] = [];
    let out = '';
    const code = await runCli(['export', '-f', 'json', SAMPLE_PATH, SAMPLE_PATH, '/no/such/seed.txt'],
      { stdout: (s) => { out += s; }, stderr: () => undefined }, { expectInput: (b) => told.push(b) });
    assert.equal(code, 1, 'the missing file is an error');
    assert.deepEqual(told, [2 * statSync(SAMPLE_PATH).size]);
    assert.equal(out.trim().split('\n').length, 2, 'both existing files exported');
  });

  it('corpus tells the total size of the seeds it found', async () => {
    const told: number[] = [];
    const code = await runCli(['corpus', SAMPLE_PATH], { stdout: () => undefined, stderr: () => undefined }, { expectInput: (b) => told.push(b) });
    assert.equal(code, 0);
    assert.deepEqual(told, [statSync(SAMPLE_PATH).size]);
  });

  it('the built CLI tunes V8 for a short run without a word on stderr, and exports the same', () => {
    const cli = join(ROOT, 'dist', 'cli.js');
    const short = spawnSync(process.execPath, [cli, 'export', '--format', 'json', SAMPLE_PATH], { encoding: 'utf8' });
    assert.equal(short.status, 0, short.stderr);
    assert.equal(short.stderr, '', 'the V8 flag is known: no "unrecognized flag" message');
    // In-process (no flag) the same document: the flag changes the speed only.
    let out = '';
    return runCli(['export', '--format', 'json', SAMPLE_PATH], { stdout: (s) => { out += s; }, stderr: () => undefined }).then((code) => {
      assert.equal(code, 0);
      assert.equal(short.stdout, out);
    });
  });

  it('a usage error tells nothing', async () => {
    const told: number[] = [];
    await runCli(['export', SAMPLE_PATH], { stdout: () => undefined, stderr: () => undefined }, { expectInput: (b) => told.push(b) });
    assert.deepEqual(told, []);
  });
});

describe('claimCue: the cue of a claim as written', () => {
  const text = 'Unsaid things. Officials SAID the plan works; the minister  Told  reporters nothing, and the council said no.';
  const claim = (cue: string, at: string): Claim => {
    const start = text.indexOf(at);
    return { id: 'c', actor: 'a', text: at, start, end: start + at.length, cue, paragraph: 0 } as unknown as Claim;
  };
  const none = { quotes: [] } as unknown as Analysis;

  it('takes the nearest whole-word occurrence, as written, never a part of a longer word', () => {
    assert.equal(claimCue(text, none, claim('said', 'the plan works')), 'SAID');
    assert.equal(claimCue(text, none, claim('said', 'no.')), 'said');
    assert.equal(claimCue(text, none, claim('told', 'reporters nothing')), 'Told');
  });

  it('matches a cue of several words across runs of spaces, and falls back to the cue when absent or blank', () => {
    const t = 'According  to the report, prices rose.';
    const c = { id: 'c', actor: 'a', text: 'prices rose', start: t.indexOf('prices'), end: t.indexOf('prices') + 11, cue: 'according to', paragraph: 0 } as unknown as Claim;
    assert.equal(claimCue(t, none, c), 'According  to');
    assert.equal(claimCue(text, none, claim('announced', 'the plan works')), 'announced');
    assert.equal(claimCue(text, none, claim('  ', 'the plan works')), '  ');
    assert.equal(claimCue('unSAID', none, { ...claim('said', 'x'), start: 0, end: 0 }), 'said');
  });
});
