/**
 * The `capaian` command (WORKBOOK.md "The command line"); `capaian --help` prints the usage.
 * Exit 0: no error-level finding; 1: error findings; 2: the file cannot be used.
 * This module checks the arguments and loads the work (`./commands`, `./batch`) only when there
 * is a workbook to open: help and argument errors start without exceljs or docx.
 */
import { statSync } from 'fs';
import { argumentError, isBatch, parseArgs, USAGE } from './args';

export interface CliIO {
  out: (s: string) => void;
  err: (s: string) => void;
  /** Progress for a person watching (batch review); absent when nobody is. */
  progress?: (s: string) => void;
}

function isDirectory(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

export async function run(argv: string[], io: CliIO): Promise<number> {
  const args = parseArgs(argv);
  if (args.help || !args.cmd) {
    io.out(USAGE);
    return args.help ? 0 : 2;
  }
  const wrong = argumentError(args);
  if (wrong) {
    io.err(wrong);
    return 2;
  }
  if (isBatch(args, isDirectory)) {
    const { runBatch } = await import('./batch');
    return runBatch(args, io);
  }
  const { runCommand } = await import('./commands');
  return runCommand(args, io);
}

/** Entry point for `bin/capaian.js` and `tsx src/cli/main.ts`. */
export function main(argv: string[] = process.argv.slice(2)): void {
  // A parent process that pipes our stderr (bin/capaian.js) says whether its own is a terminal.
  const tty = process.stderr.isTTY === true || process.env.CAPAIAN_STDERR_TTY === '1';
  run(argv, {
    out: (s) => process.stdout.write(s + '\n'),
    err: (s) => process.stderr.write(s + '\n'),
    progress: tty ? (s) => process.stderr.write(`\r\x1b[K${s}`) : undefined,
  }).then((code) => {
    process.exitCode = code;
  });
}
