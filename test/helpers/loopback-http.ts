// Test sites are served on 127.0.0.1: the audit must be allowed to reach this machine, as an
// intranet audit (--allow-private) is. Tests of the guard itself build their own client.
import { createAddressGuard, createHttpClient, type HttpClient } from '../../src/fetch/index.js';

export function loopbackHttp(): HttpClient {
  return createHttpClient({ addresses: createAddressGuard({ allowPrivate: true }) });
}
