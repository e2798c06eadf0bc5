/** A document we could not read: becomes a `Problem` of the same kind, never a crash of the audit. */
export class ExtractError extends Error {
  constructor(
    readonly kind: 'parse-error' | 'too-large' | 'timeout',
    message: string,
  ) {
    super(message);
    this.name = 'ExtractError';
  }
}
