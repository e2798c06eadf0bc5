import { EnvHttpProxyAgent, fetch } from 'undici';
import { createAddressGuard, REFUSED_ADDRESS_CODE, type AddressGuard } from './address-guard.js';
import { FetchError } from './fetch-error.js';
import { followRedirects, MAX_REDIRECTS, redirectTarget } from './redirects.js';
import type { HttpClient, HttpGetOptions, HttpResponse } from './types.js';

const ACCEPT =
  'text/html,application/xhtml+xml,application/pdf,' +
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document;q=0.9,text/plain;q=0.8,*/*;q=0.5';

type UndiciResponse = Awaited<ReturnType<typeof fetch>>;

export interface HttpClientOptions {
  /** which addresses requests may reach; default: public addresses only */
  addresses?: AddressGuard;
}

/**
 * A small GET-only client on undici. Redirects are followed by hand so the caller can refuse
 * off-site hops; the EnvHttpProxyAgent honours HTTP(S)_PROXY and NO_PROXY. Every direct
 * connection resolves its host through the address guard; every hop's URL is checked too, which
 * covers literal IP addresses (no lookup happens for them) and requests sent through a proxy.
 */
export function createHttpClient(options: HttpClientOptions = {}): HttpClient {
  const guard = options.addresses ?? createAddressGuard({ allowPrivate: false });
  const dispatcher = new EnvHttpProxyAgent({ connect: { lookup: guard.lookup } });
  return {
    addresses: guard,
    async get(url: string, opts: HttpGetOptions): Promise<HttpResponse> {
      // One budget for the whole request, redirects and body included.
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(), opts.timeoutMs);
      const stop = (): void => controller.abort();
      opts.signal?.addEventListener('abort', stop, { once: true });
      if (opts.signal?.aborted) controller.abort();
      try {
        return await getFollowing(url, opts, controller.signal, dispatcher, guard);
      } catch (err) {
        if (err instanceof FetchError) throw err;
        const refused = refusedCause(err);
        if (refused !== undefined) throw new FetchError('refused', url, refused);
        if (opts.signal?.aborted) throw new FetchError('timeout', url, 'stopped: the audit was cut off');
        if (controller.signal.aborted) {
          throw new FetchError('timeout', url, `no complete response within ${opts.timeoutMs} ms`);
        }
        throw new FetchError('network', url, describeNetworkError(err));
      } finally {
        clearTimeout(timer);
        opts.signal?.removeEventListener('abort', stop);
      }
    },
  };
}

async function getFollowing(
  url: string,
  opts: HttpGetOptions,
  signal: AbortSignal,
  dispatcher: EnvHttpProxyAgent,
  guard: AddressGuard,
): Promise<HttpResponse> {
  const hop = async (current: string): Promise<{ result: Omit<HttpResponse, 'url' | 'finalUrl' | 'redirects'>; next?: string }> => {
    const refused = await guard.checkUrl(current);
    if (refused !== undefined) throw new FetchError('refused', current, refused);
    const send = (): Promise<UndiciResponse> =>
      fetch(current, {
        method: 'GET',
        redirect: 'manual',
        signal,
        dispatcher,
        headers: { ...opts.headers, 'user-agent': opts.userAgent, accept: opts.headers?.['accept'] ?? ACCEPT },
      });
    let res: UndiciResponse;
    try {
      res = await send();
    } catch (err) {
      // A kept-alive socket the server closed between two requests fails before any answer
      // arrives; a GET is safe to send again, once, on a fresh connection.
      if (signal.aborted || !isStaleSocketError(err)) throw err;
      res = await send();
    }
    const headers = headersToRecord(res);
    const next = redirectTarget(res.status, headers['location'], current);
    if (next !== undefined && opts.followRedirect(current, next)) {
      await res.body?.cancel().catch(() => undefined);
      return { result: { status: res.status, headers, body: Buffer.alloc(0) }, next };
    }
    // Not followed: hand back the 3xx with an absolute Location so the caller can record where it pointed.
    if (next !== undefined) headers['location'] = next;
    return { result: { status: res.status, headers, body: await readCapped(res, opts.maxBytes, current) } };
  };
  const chain = await followRedirects(url, hop, () => new FetchError('too-many-redirects', url, `more than ${MAX_REDIRECTS} redirects`));
  return { url, finalUrl: chain.finalUrl, ...chain.result, redirects: chain.redirects };
}

function headersToRecord(res: UndiciResponse): Record<string, string> {
  const out: Record<string, string> = {};
  res.headers.forEach((value, key) => {
    out[key.toLowerCase()] = value;
  });
  return out;
}

/** Read the body but stop (and fail) as soon as it passes maxBytes, so a huge file cannot fill memory. */
async function readCapped(res: UndiciResponse, maxBytes: number, url: string): Promise<Buffer> {
  const declared = Number(res.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await res.body?.cancel().catch(() => undefined);
    throw new FetchError('too-large', url, `declared size ${declared} bytes is over the ${maxBytes} byte limit`);
  }
  if (!res.body) return Buffer.alloc(0);
  const chunks: Buffer[] = [];
  let total = 0;
  const reader = res.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw new FetchError('too-large', url, `body is over the ${maxBytes} byte limit`);
    }
    chunks.push(Buffer.from(value));
  }
  return Buffer.concat(chunks);
}

/** Socket errors that mean the connection was gone before the server answered (no response was read). */
const STALE_SOCKET_CODES = new Set(['UND_ERR_SOCKET', 'ECONNRESET', 'EPIPE', 'UND_ERR_CLOSED']);

export function isStaleSocketError(err: unknown): boolean {
  for (let e: unknown = err; e instanceof Error; e = (e as Error & { cause?: unknown }).cause) {
    if (STALE_SOCKET_CODES.has((e as NodeJS.ErrnoException).code ?? '')) return true;
  }
  return false;
}

/** The guard's message when the connection was refused at lookup time, else undefined. */
function refusedCause(err: unknown): string | undefined {
  for (let e: unknown = err; e instanceof Error; e = (e as Error & { cause?: unknown }).cause) {
    if ((e as NodeJS.ErrnoException).code === REFUSED_ADDRESS_CODE) return e.message;
  }
  return undefined;
}

function describeNetworkError(err: unknown): string {
  if (err instanceof Error) {
    const cause = (err as Error & { cause?: unknown }).cause;
    const detail = cause instanceof Error ? `: ${(cause as Error & { code?: string }).code ?? cause.message}` : '';
    return `${err.message}${detail}`;
  }
  return String(err);
}
