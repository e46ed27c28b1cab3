// seed-reader command-line tool.
//   seed-reader export --format F FILE... [--out PATH]
import { runCli } from './cliMain';

// `seed-reader export ... | head`: a closed pipe is not an error worth a stack trace.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});

runCli(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (err: unknown) => {
    process.stderr.write(`seed-reader: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  },
);
