import { describe, expect, it } from 'vitest';
import { classifyAddress, createAddressGuard, REFUSED_ADDRESS_CODE, staticLookup } from './address-guard.js';

describe('classifyAddress', () => {
  it.each([
    ['169.254.169.254', 'linkLocal'],
    ['10.1.2.3', 'private'],
    ['172.16.0.1', 'private'],
    ['192.168.1.1', 'private'],
    ['100.64.0.1', 'carrierGradeNat'],
    ['127.0.0.1', 'loopback'],
    ['0.0.0.0', 'unspecified'],
    ['224.0.0.1', 'multicast'],
    ['::1', 'loopback'],
    ['fd00:ec2::254', 'uniqueLocal'],
    ['fe80::1', 'linkLocal'],
    // IPv6 forms that carry an IPv4 address are judged by that address
    ['::ffff:169.254.169.254', 'linkLocal'],
    ['64:ff9b::a00:1', 'private'],
    ['2002:a00:1::1', 'private'],
    ['64:ff9b::808:808', 'unicast'],
    ['8.8.8.8', 'unicast'],
    ['2a00:1450:4009:80b::200e', 'unicast'],
  ])('%s is %s', (ip, range) => {
    expect(classifyAddress(ip)).toBe(range);
  });
});

describe('createAddressGuard', () => {
  const names = { 'council.test': '8.8.8.8', 'intranet.council.test': '10.0.0.5', 'metadata.test': '169.254.169.254' };
  const guard = createAddressGuard({ allowPrivate: false, lookup: staticLookup(names) });

  it('refuses private, loopback and metadata addresses, saying why and how to allow an intranet audit', () => {
    expect(guard.refusal('8.8.8.8')).toBeUndefined();
    expect(guard.refusal('169.254.169.254')).toMatch(/link-local.*metadata.*--allow-private/);
    expect(guard.refusal('10.0.0.5')).toMatch(/private network/);
    expect(guard.refusal('127.0.0.1')).toMatch(/loopback/);
  });

  it('checks URLs by literal address and by the address a name resolves to, without connecting', async () => {
    expect(await guard.checkUrl('http://council.test/')).toBeUndefined();
    expect(await guard.checkUrl('http://169.254.169.254/latest/meta-data/')).toMatch(/link-local/);
    expect(await guard.checkUrl('http://[::ffff:a9fe:a9fe]/')).toMatch(/link-local/);
    expect(await guard.checkUrl('http://intranet.council.test/')).toMatch(/^intranet\.council\.test resolves to 10\.0\.0\.5, a private network address/);
    expect(await guard.checkUrl('http://metadata.test/')).toMatch(/169\.254\.169\.254/);
    // a name that does not resolve is not a refusal: the request fails on its own
    expect(await guard.checkUrl('http://unknown.test/')).toBeUndefined();
  });

  it('fails the connect-time lookup with its own code, in both callback forms', async () => {
    const one = await new Promise<NodeJS.ErrnoException | null>((r) => guard.lookup('metadata.test', {}, (err) => r(err)));
    expect(one?.code).toBe(REFUSED_ADDRESS_CODE);
    const all = await new Promise<unknown>((r) => guard.lookup('council.test', { all: true }, (_err, addresses) => r(addresses)));
    expect(all).toEqual([{ address: '8.8.8.8', family: 4 }]);
    const first = await new Promise<unknown>((r) => guard.lookup('council.test', {}, (_err, address, family) => r([address, family])));
    expect(first).toEqual(['8.8.8.8', 4]);
  });

  it('refuses a name when any of its addresses is refused', async () => {
    const mixed = createAddressGuard({
      allowPrivate: false,
      lookup: (_host, _opts, cb) => cb(null, [{ address: '8.8.8.8', family: 4 }, { address: '10.0.0.1', family: 4 }]),
    });
    expect(await mixed.checkUrl('http://both.test/')).toMatch(/10\.0\.0\.1/);
  });

  it('allows everything with --allow-private', async () => {
    const open = createAddressGuard({ allowPrivate: true, lookup: staticLookup(names) });
    expect(open.refusal('169.254.169.254')).toBeUndefined();
    expect(await open.checkUrl('http://intranet.council.test/')).toBeUndefined();
  });
});
