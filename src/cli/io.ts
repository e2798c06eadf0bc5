import { relative, resolve } from 'node:path';

/** Where the CLI writes, and whether colour is wanted: passed in so tests run the CLI in-process. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** colour only on a TTY and never with NO_COLOR */
  color: boolean;
  isTTY: boolean;
  columns: number;
}

export function processIo(): CliIo {
  const isTTY = Boolean(process.stderr.isTTY);
  return {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    color: isTTY && !('NO_COLOR' in process.env) && process.env.TERM !== 'dumb',
    isTTY,
    columns: process.stderr.columns && process.stderr.columns > 20 ? process.stderr.columns : 80,
  };
}

export { systemClock } from '../discover/index.js';

/** A folder as the user would type it from here: relative to the working directory, '.' for itself. */
export function shownPath(dir: string): string {
  return relative(process.cwd(), resolve(dir)) || '.';
}
