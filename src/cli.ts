// seed-reader command-line tool.
//   seed-reader export --format F FILE... [--out PATH]
import { runCli } from './cliMain';

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

runCli(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (err: unknown) => {
    process.stderr.write(`seed-reader: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  },
);
