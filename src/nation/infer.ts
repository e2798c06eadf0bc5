// Which nation's law an audit applies, and why: what the user said (--nation or the batch list's
// column) first, then the bundled body list by address, then the domain, then postcodes on pages.
import { isNation, normaliseNation, type Nation } from '../core/index.js';
import { bareHost } from './body-list.js';
import { nationOfDomain, postcodesByNation } from './hints.js';
import type { BodyEntry, NationBasis } from './types.js';

export interface NationDecision {
  nation: Nation | null;
  basis: NationBasis;
  /** one sentence a reader can check */
  reason: string;
  /** the body list's row for this address, when there is one */
  body?: { code: string; name: string; type: string };
}

export interface NationInput {
  /** --nation (option) or the batch list's nation column (list) */
  given?: { nation: string; from: 'option' | 'list' };
  /** the audited site's address; absent for local files */
  url?: string;
  /** text of every document read, for postcodes */
  texts: string[];
  bodies: BodyEntry[];
}

export const NATION_NAMES: Record<Nation, string> = { england: 'England', wales: 'Wales', scotland: 'Scotland', 'northern-ireland': 'Northern Ireland' };

/** The list row whose homepage host is this host or a parent of it (localoffer.example.gov.uk is example.gov.uk). */
export function findBody(url: string | undefined, bodies: BodyEntry[]): BodyEntry | undefined {
  const host = url ? bareHost(url) : undefined;
  if (!host) return undefined;
  return bodies.find((b) => host === b.host || host.endsWith(`.${b.host}`));
}

export function inferNation(input: NationInput): NationDecision {
  const body = findBody(input.url, input.bodies);
  const bodyNote = body ? { body: { code: body.code, name: body.name, type: body.type } } : {};
  const given = input.given ? normaliseNation(input.given.nation) : undefined;
  if (given && isNation(given)) {
    const said = input.given!.from === 'option' ? 'given with --nation' : "given in the batch list's nation column";
    const differs = body && body.nation !== given ? ` (the body list puts ${body.name} in ${NATION_NAMES[body.nation]})` : '';
    return { nation: given, basis: input.given!.from, reason: `${NATION_NAMES[given]}: ${said}${differs}.`, ...bodyNote };
  }
  if (body) {
    return { nation: body.nation, basis: 'body-list', reason: `${NATION_NAMES[body.nation]}: the address ${bareHost(input.url!)} is ${body.name} (${body.code}) in the bundled body list.`, ...bodyNote };
  }
  const host = input.url ? bareHost(input.url) : undefined;
  const domain = host ? nationOfDomain(host) : undefined;
  if (domain) return { nation: domain.nation, basis: 'domain', reason: `${NATION_NAMES[domain.nation]}: the address ${host} ends in .${domain.suffix}.` };
  const byPostcode = [...postcodesByNation(input.texts)].sort((a, b) => b[1].length - a[1].length);
  const [top, next] = byPostcode;
  if (top && (!next || top[1].length > next[1].length)) {
    const others = byPostcode.slice(1).map(([n, p]) => `${p.length} in ${NATION_NAMES[n]}`);
    return {
      nation: top[0],
      basis: 'address',
      reason: `${NATION_NAMES[top[0]]}: postcodes on its pages are in ${NATION_NAMES[top[0]]} (${top[1].slice(0, 3).join(', ')}${others.length ? `; ${others.join(', ')}` : ''}).`,
    };
  }
  return {
    nation: null,
    basis: 'unknown',
    reason: `Nation not known: the address is not in the body list and no domain or postcode points to one nation${byPostcode.length ? ' (postcodes from more than one nation)' : ''}. Give --nation to apply a nation's rules.`,
  };
}
