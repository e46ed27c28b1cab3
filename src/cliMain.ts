// The CLI's logic, separate from process wiring so that tests can call it.
export const VERSION: string = process.env.SEED_READER_VERSION || '0.0.0-dev';

export const USAGE = `Usage: seed-reader <command> [options]

Commands:
  export --format F FILE... [--out PATH]   Analyse seed files and print or write an export.

Options:
  -h, --help       Show this help.
  -v, --version    Show the version.
`;

export interface CliIO {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
}

const defaultIO: CliIO = {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
};

/** Runs the CLI; returns the exit code (0 ok, 1 runtime error, 2 usage error). */
export async function runCli(argv: string[], io: CliIO = defaultIO): Promise<number> {
  if (argv.length === 0 || argv[0] === '-h' || argv[0] === '--help' || argv[0] === 'help') {
    io.stdout(USAGE);
    return argv.length === 0 ? 2 : 0;
  }
  if (argv[0] === '-v' || argv[0] === '--version') {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  io.stderr(`seed-reader: unknown command or option '${argv[0]}'\n\n${USAGE}`);
  return 2;
}
