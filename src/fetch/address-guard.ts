// Which network addresses an audit may connect to. An audited site is untrusted: its links,
// redirects, subdomains and scripts must not lead the auditor into the machine's own network
// (loopback services, the LAN, a cloud runner's metadata endpoint). The check runs on the
// address a name resolves to, at connect time, so a name cannot resolve one way when checked
// and another when used.
import { lookup as dnsLookup, type LookupAddress, type LookupAllOptions, type LookupOneOptions } from 'node:dns';
import ipaddr from 'ipaddr.js';

/** dns.lookup's callback form, as net.connect calls it (with `all: true` under happy eyeballs). */
export type LookupFunction = (
  hostname: string,
  options: LookupOneOptions | LookupAllOptions,
  callback: (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void,
) => void;

/** Names ipaddr.js gives to ranges; 'unicast' is the public internet. */
export type AddressRange = string;

export interface AddressGuardOptions {
  /** --allow-private: intranet audits may reach private and loopback addresses */
  allowPrivate: boolean;
  /** test seam: resolve names (default: the system resolver) */
  lookup?: LookupFunction;
  /** test seam: name an address's range (default: ipaddr.js, with embedded IPv4 unwrapped) */
  classify?: (ip: string) => AddressRange;
}

export interface AddressGuard {
  readonly allowPrivate: boolean;
  /** why this literal address may not be reached, or undefined when it may */
  refusal(ip: string): string | undefined;
  /** a dns.lookup for net.connect that fails with code ERR_ATR_REFUSED_ADDRESS for refused addresses */
  lookup: LookupFunction;
  /** check a URL's host before a request that will not connect to it directly (a literal IP, or via a proxy) */
  checkUrl(url: string): Promise<string | undefined>;
}

export const REFUSED_ADDRESS_CODE = 'ERR_ATR_REFUSED_ADDRESS';

const PLAIN_NAMES: Record<string, string> = {
  loopback: 'a loopback address (this machine)',
  private: 'a private network address',
  uniqueLocal: 'a private network address',
  linkLocal: 'a link-local address (cloud metadata lives here)',
  carrierGradeNat: 'a carrier-grade NAT address',
  multicast: 'a multicast address',
  broadcast: 'a broadcast address',
  unspecified: 'an unspecified address',
  reserved: 'a reserved address',
  teredo: 'a tunnelled address',
};

/** ipaddr.js's range, looking through IPv6 forms that carry an IPv4 address (mapped, NAT64, 6to4). */
export function classifyAddress(ip: string): AddressRange {
  if (!ipaddr.isValid(ip)) return 'invalid';
  const parsed = ipaddr.parse(ip);
  if (parsed.kind() === 'ipv4') return parsed.range();
  const v6 = parsed as ipaddr.IPv6;
  const range = v6.range();
  if (range === 'ipv4Mapped') return v6.toIPv4Address().range();
  const bytes = v6.toByteArray();
  if (range === 'rfc6052') return ipaddr.fromByteArray(bytes.slice(12)).range();
  if (range === '6to4') return ipaddr.fromByteArray(bytes.slice(2, 6)).range();
  return range;
}

export function createAddressGuard(options: AddressGuardOptions): AddressGuard {
  const classify = options.classify ?? classifyAddress;
  const baseLookup = options.lookup ?? (dnsLookup as unknown as LookupFunction);

  /** why `subject` (an address, or "<name> resolves to <address>") may not be reached */
  const refusalOf = (ip: string, subject: string): string | undefined => {
    if (options.allowPrivate) return undefined;
    const range = classify(ip);
    if (range === 'unicast') return undefined;
    return `${subject}, ${PLAIN_NAMES[range] ?? `not a public address (${range})`}: an audited site may not lead the auditor there (use --allow-private to audit an intranet site)`;
  };
  const refusal = (ip: string): string | undefined => refusalOf(ip, ip);

  const lookup: LookupFunction = (hostname, opts, callback) => {
    baseLookup(hostname, { ...opts, all: true }, (err, found) => {
      if (err) return callback(err, '');
      const addresses = Array.isArray(found) ? found : [{ address: found, family: 4 }];
      // One refused address refuses the name: a name pointing both ways is a trick, not a mistake.
      for (const a of addresses) {
        const why = refusalOf(a.address, `${hostname} resolves to ${a.address}`);
        if (why !== undefined) return callback(refusedError(why), '');
      }
      if (addresses.length === 0) return callback(Object.assign(new Error(`no address for ${hostname}`), { code: 'ENOTFOUND' }), '');
      if ((opts as LookupAllOptions).all) return callback(null, addresses);
      callback(null, addresses[0]!.address, addresses[0]!.family);
    });
  };

  const checkUrl = async (url: string): Promise<string | undefined> => {
    if (options.allowPrivate) return undefined;
    const host = hostOf(url);
    if (host === undefined) return `not a web address: ${url}`;
    if (ipaddr.isValid(host)) return refusal(host);
    return new Promise((resolve) => {
      lookup(host, { all: true }, (err) => {
        resolve(err && (err as NodeJS.ErrnoException).code === REFUSED_ADDRESS_CODE ? err.message : undefined);
      });
    });
  };

  return { allowPrivate: options.allowPrivate, refusal, lookup, checkUrl };
}

/** The URL's host with IPv6 brackets removed, or undefined. */
export function hostOf(url: string): string | undefined {
  try {
    return new URL(url).hostname.replace(/^\[(.*)\]$/, '$1');
  } catch {
    return undefined;
  }
}

function refusedError(message: string): NodeJS.ErrnoException {
  return Object.assign(new Error(message), { code: REFUSED_ADDRESS_CODE });
}

/** Map names onto addresses without DNS (tests, and a `--resolve`-style override). */
export function staticLookup(names: Record<string, string>, fallback?: LookupFunction): LookupFunction {
  return (hostname, opts, callback) => {
    const address = names[hostname.toLowerCase()];
    if (address === undefined) {
      if (fallback) return fallback(hostname, opts, callback);
      return callback(Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' }), '');
    }
    const family = address.includes(':') ? 6 : 4;
    if ((opts as LookupAllOptions).all) return callback(null, [{ address, family }]);
    callback(null, address, family);
  };
}
