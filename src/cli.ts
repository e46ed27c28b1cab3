// seed-reader command-line tool.
//   seed-reader export --format F FILE... [--out PATH]
import { runCli } from './cliMain';

runCli(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (err: unknown) => {
    process.stderr.write(`seed-reader: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  },
);
