/** Why a GET produced no response. The crawler turns these into failed ledger rows, never crashes. */
export type FetchErrorKind = 'timeout' | 'too-large' | 'network' | 'too-many-redirects';

export class FetchError extends Error {
  constructor(
    readonly kind: FetchErrorKind,
    readonly url: string,
    message: string,
  ) {
    super(message);
    this.name = 'FetchError';
  }
}

export function isFetchError(err: unknown): err is FetchError {
  return err instanceof FetchError;
}
