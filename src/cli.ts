// seed-reader command-line tool.
//   seed-reader export --format F FILE... [--out PATH]
import * as v8 from 'node:v8';
import { serveAnalysisThread } from './cli/bounded';
import { runCli } from './cliMain';

/**
 * Up to this many bytes of input, the process runs without V8's optimising compiler (TurboFan). A short run ends before
 * optimised code repays its compilation: exporting 1 MB as one process takes about a third less CPU without it (0.52 →
 * 0.35 s), 5 MB about a fifth less, and at 15 MB it makes no difference. Longer runs (large batches) keep it.
 */
export const SHORT_RUN_BYTES = 8 * 1024 * 1024;

function tuneForInput(bytes: number): void {
  if (bytes > SHORT_RUN_BYTES) return;
  try {
    v8.setFlagsFromString('--no-turbofan');
  } catch {
    // an engine without the flag: run as usual
  }
}

// Loaded in the CLI's analysis thread (src/cli/bounded.ts), the file serves analyses; otherwise it is the CLI.
void serveAnalysisThread().then((served) => {
  if (!served) main();
});

function main(): void {
  // `seed-reader export ... | head`: a closed pipe is not an error worth a stack trace. Other errors of
  // stdout (a full disk, /dev/full, a closed descriptor) end with one clear line and exit code 1.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    const reason = err.code === 'ENOSPC' ? 'no space left on the device' : err.message;
    try {
      process.stderr.write(`seed-reader: cannot write to standard output: ${reason}\n`);
    } catch {
      // stderr is gone too
    }
    process.exit(1);
  });

  runCli(process.argv.slice(2), undefined, { expectInput: tuneForInput, analysisThread: { file: __filename } }).then(
    (code) => { process.exitCode = code; },
    (err: unknown) => {
      process.stderr.write(`seed-reader: ${err instanceof Error ? err.message : String(err)}\n`);
      process.exitCode = 1;
    },
  );
}
