/** A user's mistake: printed as message + hint, exit code 2. Not a bug. */
export class UsageError extends Error {
  constructor(message: string, readonly hint?: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export const ExitCode = {
  Ok: 0,
  ThresholdFailed: 1,
  Usage: 2,
  Unreachable: 3,
  Internal: 4,
  /** batch stopped by Ctrl-C (128 + SIGINT); finished sites are kept, --resume continues */
  Interrupted: 130,
} as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];
