/** Why a GET produced no response. The crawler turns these into failed ledger rows, never crashes. */
/** 'refused': the address guard would not connect (a private, loopback or metadata address). */
export type FetchErrorKind = 'timeout' | 'too-large' | 'network' | 'too-many-redirects' | 'refused';

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
