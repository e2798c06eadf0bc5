// Hints of a nation that need no list: the address's domain and the postcodes printed on pages.
import type { Nation } from '../core/index.js';

/** Domain endings only one nation's public bodies use. */
const DOMAIN_HINTS: { suffix: string; nation: Nation }[] = [
  { suffix: 'gov.wales', nation: 'wales' },
  { suffix: 'llyw.cymru', nation: 'wales' },
  { suffix: 'cymru', nation: 'wales' },
  { suffix: 'wales', nation: 'wales' },
  { suffix: 'gov.scot', nation: 'scotland' },
  { suffix: 'scot', nation: 'scotland' },
  { suffix: 'hscni.net', nation: 'northern-ireland' },
  { suffix: 'nidirect.gov.uk', nation: 'northern-ireland' },
];

export function nationOfDomain(host: string): { nation: Nation; suffix: string } | undefined {
  const h = host.toLowerCase();
  const hit = DOMAIN_HINTS.find((d) => h === d.suffix || h.endsWith(`.${d.suffix}`));
  return hit ? { nation: hit.nation, suffix: hit.suffix } : undefined;
}

// Postcode areas wholly (or almost wholly) in one nation. Areas that cross a border (CH, SY, TD)
// and letters that are no real area are not counted, so an invented address proves nothing.
const AREAS: Record<Nation, string[]> = {
  scotland: ['AB', 'DD', 'DG', 'EH', 'FK', 'G', 'HS', 'IV', 'KA', 'KW', 'KY', 'ML', 'PA', 'PH', 'ZE'],
  wales: ['CF', 'LD', 'LL', 'NP', 'SA'],
  'northern-ireland': ['BT'],
  england: (
    'AL B BA BB BD BH BL BN BR BS CA CB CM CO CR CT CV CW DA DE DH DL DN DT DY E EC EN EX FY GL GU HA HD HG HP HR HU HX IG IP ' +
    'KT L LA LE LN LS LU M ME MK N NE NG NN NR NW OL OX PE PL PO PR RG RH RM S SE SG SK SL SM SN SO SP SR SS ST SW TA TF TN TQ TR ' +
    'TS TW UB W WA WC WD WF WN WR WS WV YO'
  ).split(' '),
};
const NATION_OF_AREA = new Map(Object.entries(AREAS).flatMap(([nation, areas]) => areas.map((a) => [a, nation as Nation] as const)));
const POSTCODE = /\b([A-Z]{1,2})\d[A-Z\d]?\s?\d[A-Z]{2}\b/g;

/** Distinct postcodes in the texts, by the nation their area lies in. */
export function postcodesByNation(texts: string[]): Map<Nation, string[]> {
  const out = new Map<Nation, string[]>();
  for (const text of texts) {
    for (const m of text.matchAll(POSTCODE)) {
      const nation = NATION_OF_AREA.get(m[1]!);
      if (!nation) continue;
      const list = out.get(nation) ?? [];
      if (!list.includes(m[0])) list.push(m[0]);
      out.set(nation, list);
    }
  }
  return out;
}
