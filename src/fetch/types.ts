import type { DocKind } from '../core/index.js';
import type { AddressGuard } from './address-guard.js';

export type { DocKind };

/** One HTTP GET after any redirects we chose to follow. Headers are lower-cased. */
export interface HttpResponse {
  url: string;
  finalUrl: string;
  status: number;
  headers: Record<string, string>;
  body: Buffer;
  /** every URL we were redirected to, in order (the last one is finalUrl when it was followed) */
  redirects: string[];
}

export interface HttpGetOptions {
  userAgent: string;
  timeoutMs: number;
  maxBytes: number;
  /** asked before each redirect hop; false stops there and returns the 3xx response itself */
  followRedirect: (from: string, to: string) => boolean;
  /** aborts the request at once (a batch's per-site time limit or Ctrl-C) */
  signal?: AbortSignal;
  /** extra request headers (the browser's own, when it fetches through us); user-agent is always ours */
  headers?: Record<string, string>;
}

export interface HttpClient {
  get(url: string, opts: HttpGetOptions): Promise<HttpResponse>;
  /** the guard every request passes (absent on test fakes) */
  readonly addresses?: AddressGuard;
}

/** Bytes kept by content hash so `rescore` can re-read them offline. */
export interface BodyStore {
  put(hash: string, body: Buffer): Promise<void>;
  get(hash: string): Promise<Buffer>;
}
