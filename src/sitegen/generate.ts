// A realistic council (or charity) website of a given size, deterministic for a seed: the evidence
// sits where real councils put it (archetypes), three or four ordinary clicks from the home page,
// among large sections that share its words (adult social care with its own records page, SEND
// local offer, adoption and birth records, fostering, archives, FOI logs, news, calendars, search).
// Two archetypes change the site's shape instead of the evidence's place (which is the local
// offer's): `mega-menu`, whose navigation on every page lists hundreds of links (every section's
// items, many sharing our words), more than any sweep of the home page can read; and
// `sitemap-heavy`, with a thin navigation, no search box and a sitemap.xml listing every page,
// where most sections (the evidence's among them) are linked from nowhere else.
import { loadPayload, type Payload, type PayloadPlaces } from './payload.js';
import { seededRandom, type Random } from './random.js';

export const ARCHETYPES = ['local-offer', 'microsite', 'data-protection', 'pdf-only', 'voluntary', 'distractors-only', 'mega-menu', 'sitemap-heavy'] as const;
export type Archetype = (typeof ARCHETYPES)[number];

export interface GenerateOptions {
  archetype: Archetype;
  /** about how many pages the site has (within a few percent) */
  size: number;
  seed?: number;
  /** fixtures/sites, where the evidence's text comes from */
  sitesRoot: string;
  /** the main host name; the micro-site is localoffer.<host> */
  host?: string;
  /** publish /sitemap.xml listing every page (many councils do) */
  sitemap?: boolean;
}

/** One page: its title and main content; the shell (header, navigation, footer) is added when served. */
export interface PageSpec {
  title: string;
  main: string;
}

export interface GeneratedSite {
  archetype: Archetype;
  orgType: 'local-authority' | 'voluntary-agency';
  name: string;
  host: string;
  /** keyed by "host/path" (path with its query, if any); text is HTML main content */
  pages: Map<string, PageSpec>;
  /** keyed by "host/path": non-HTML files (the procedure PDF) */
  files: Map<string, { contentType: string; body: Buffer }>;
  /** "host/path" of every place the archetype put evidence */
  evidence: string[];
  sitemap: boolean;
  /** the site's navigation bar */
  nav: Array<[string, string]>;
  /** the navigation's HTML when it is more than a list of `nav` (a mega-menu with group headings) */
  navHtml?: string;
}

const SYLLABLES = ['ash', 'brook', 'dale', 'fen', 'gate', 'holm', 'ley', 'mere', 'nor', 'oak', 'pen', 'rith', 'stow', 'thorn', 'well', 'wick', 'bury', 'cliff', 'hurst', 'moor'];
const TOWNS = ['Northmoor', 'Easthaven', 'Kettleby', 'Brackwater', 'Fernleigh', 'Coldstow'];

const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
const slug = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
const list = (links: Array<[string, string]>): string => `<ul>${links.map(([href, text]) => `<li><a href="${href}">${text}</a></li>`).join('')}</ul>`;

class SiteBuilder {
  readonly pages = new Map<string, PageSpec>();
  readonly files = new Map<string, { contentType: string; body: Buffer }>();
  readonly wards: string[];
  constructor(
    readonly host: string,
    readonly rnd: Random,
    readonly town: string,
  ) {
    const wards = new Set<string>();
    while (wards.size < 120) wards.add(cap(rnd.pick(SYLLABLES) + rnd.pick(SYLLABLES)));
    this.wards = [...wards];
  }

  page(path: string, title: string, main: string, host = this.host): void {
    this.pages.set(`${host}${path}`, { title, main: `<h1>${title}</h1>${main}` });
  }

  ward(): string {
    return this.rnd.pick(this.wards);
  }

  /**
   * A section with `count` item pages listed 20 to a page, each item linking to two neighbours:
   * the shape of care-home directories, news archives and catalogues.
   */
  section(root: string, title: string, intro: string, count: number, item: (i: number) => { slug: string; title: string; body: string }): void {
    const items = Array.from({ length: count }, (_, i) => item(i));
    const paths = items.map((it, i) => `${root}${it.slug}-${i + 1}`);
    const perPage = 20;
    const listPages = Math.max(1, Math.ceil(count / perPage));
    for (let p = 0; p < listPages; p++) {
      const links = items.slice(p * perPage, (p + 1) * perPage).map((it, k): [string, string] => [paths[p * perPage + k]!, it.title]);
      const next = p + 1 < listPages ? `<p><a href="${root}?page=${p + 2}">Next page</a></p>` : '';
      const prev = p > 0 ? `<p><a href="${p === 1 ? root : `${root}?page=${p}`}">Previous page</a></p>` : '';
      this.page(p === 0 ? root : `${root}?page=${p + 1}`, p === 0 ? title : `${title} (page ${p + 1})`, `<p>${intro}</p>${list(links)}${prev}${next}`);
    }
    items.forEach((it, i) => {
      const near = [paths[(i + 1) % count]!, paths[(i + count - 1) % count]!];
      const nearTitles = [items[(i + 1) % count]!.title, items[(i + count - 1) % count]!.title];
      this.page(paths[i]!, it.title, `${it.body}<h2>Related</h2>${list([[near[0]!, nearTitles[0]!], [near[1]!, nearTitles[1]!], [root, title]])}`);
    });
  }
}

/** Where the evidence goes, by archetype, and the click path that leads there. */
function placeEvidence(b: SiteBuilder, archetype: Archetype, payload: (p: PayloadPlaces) => Payload): string[] {
  const put = (places: PayloadPlaces, host = b.host, only?: Array<keyof PayloadPlaces>): string[] => {
    const loaded = payload(places);
    const keys = (only ?? (Object.keys(places) as Array<keyof PayloadPlaces>)).filter((k) => k !== 'procedure');
    for (const key of keys) {
      const pg = loaded.pages[key as Exclude<keyof PayloadPlaces, 'procedure'>];
      if (pg) b.pages.set(`${host}${places[key]}`, { title: pg.title, main: pg.main });
    }
    b.files.set(`${host}${places.procedure}`, { contentType: 'application/pdf', body: loaded.procedure });
    return [...keys.map((k) => `${host}${places[k]}`), `${host}${places.procedure}`];
  };
  const under = (base: string, hub: string): PayloadPlaces => ({
    hub,
    records: `${base}seeing-your-care-file`,
    request: `${base}ask-for-your-file`,
    guide: `${base}a-short-guide`,
    figures: `${base}how-we-are-doing`,
    feedback: `${base}tell-us-what-you-think`,
    procedure: '/downloads/file/4817',
  });
  const offer = (extra: string): string =>
    `<p>Our promise to young people leaving care: help with money, a home, education, work and health, until you are 25.</p><h2>Money</h2><p>You can get a setting up home grant and help with council tax.</p><h2>Somewhere to live</h2><p>Your personal adviser will help you find a home.</p>${extra}`;

  switch (archetype) {
    case 'mega-menu':
    case 'sitemap-heavy':
    case 'local-offer': {
      const base = '/children-and-families/care-leavers/your-information-and-rights/';
      b.page('/children-and-families/care-leavers/', 'Support for care leavers', offer(`<h2>More</h2>${list([[base, 'Your information and rights'], ['/children-and-families/care-leavers/health', 'Health and wellbeing']])}`));
      b.page('/children-and-families/care-leavers/health', 'Health and wellbeing', '<p>Your personal adviser can help you register with a doctor and a dentist.</p>');
      return put(under(base, base));
    }
    case 'microsite': {
      const micro = `localoffer.${b.host}`;
      b.page('/children-and-families/care-leavers/', 'Leaving care', `<p>Young people leaving our care have a personal adviser and a local offer of support. Our local offer has its own website.</p>${list([[`//${micro}__PORT__/`, 'Visit the local offer website']])}`);
      b.page('/', 'Our local offer for care leavers', offer(`<h2>Sections</h2>${list([['/money', 'Money'], ['/your-rights/', 'Your rights and your information']])}`), micro);
      b.page('/money', 'Money', '<p>Grants and allowances you can get.</p>', micro);
      return put(under('/your-rights/', '/your-rights/'), micro);
    }
    case 'data-protection': {
      const base = '/your-council/data-protection/request-your-information/care-leavers/';
      b.page('/your-council/data-protection/', 'Data protection', `<p>How we look after personal information, and your rights.</p>${list([['/your-council/data-protection/request-your-information/', 'Request your information'], ['/your-council/data-protection/privacy-notices', 'Privacy notices']])}`);
      b.page('/your-council/data-protection/privacy-notices', 'Privacy notices', '<p>Each service explains how it uses personal data.</p>');
      b.page(
        '/your-council/data-protection/request-your-information/',
        'Request your information',
        `<p>You can ask for a copy of the personal information we hold about you. This is called a subject access request.</p><h2>If you were in our care as a child</h2><p>There is a separate service for adults who were looked after by the council.</p>${list([[base, 'Records for people who were in care']])}`,
      );
      return put(under(base, base));
    }
    case 'pdf-only': {
      const places = under('/children-and-families/care-leavers/', '/children-and-families/care-leavers/records');
      b.page('/children-and-families/care-leavers/', 'Care leavers', offer(`<h2>Your records</h2>${list([['/children-and-families/care-leavers/records', 'Your records']])}`));
      b.page(places.hub, 'Your records', `<h2>Access to records procedure</h2><p><a href="${places.procedure}">Download (PDF, 300KB)</a></p>`);
      return put(places, b.host, ['procedure']);
    }
    case 'voluntary': {
      const base = '/about-us/our-history/former-residents/';
      b.page('/about-us/', 'About us', `<p>Who we are and what we do.</p>${list([['/about-us/our-history/', 'Our history'], ['/about-us/trustees', 'Our trustees']])}`);
      b.page('/about-us/trustees', 'Our trustees', '<p>Our board of trustees meets four times a year.</p>');
      b.page('/about-us/our-history/', 'Our history', `<p>For more than a century we ran children's homes across the country.</p>${list([[base, 'Former residents'], ['/about-us/our-history/timeline', 'Timeline']])}`);
      b.page('/about-us/our-history/timeline', 'Timeline', '<p>From our first home to the services we run today.</p>');
      return put(under(base, base));
    }
    case 'distractors-only':
      return [];
  }
}

function fillDistractors(b: SiteBuilder, size: number, voluntary: boolean): void {
  const r = b.rnd;
  const budget = (share: number): number => Math.max(3, Math.round(size * share));
  b.page('/adult-social-care/', 'Adult social care', `<p>Care and support for adults, and for carers.</p>${list([['/adult-social-care/care-homes/', 'Find a care home'], ['/adult-social-care/paying-for-care', 'Paying for care'], ['/adult-social-care/access-your-records', 'Access your adult social care records'], ['/adult-social-care/carers', 'Support for carers']])}`);
  b.page('/adult-social-care/paying-for-care', 'Paying for care', '<p>Most people pay something towards their care. We will look at your income and savings.</p>');
  b.page('/adult-social-care/carers', 'Support for carers', '<p>If you look after someone, you can ask for a carer\u2019s assessment.</p>');
  b.page(
    '/adult-social-care/access-your-records',
    'Access your adult social care records',
    '<p>If you receive adult social care, you can ask for a copy of your care records and assessments. Send your request to the adult social care records team. We will reply within one month.</p>',
  );
  b.section('/adult-social-care/care-homes/', 'Care homes', 'Care homes and nursing homes in the area, by ward.', budget(0.3), (i) => {
    const w = b.ward();
    return { slug: slug(`care-homes-in-${w}`), title: `Care homes in ${w} (${i + 1})`, body: `<p>Residential care and nursing care for older people in ${w}. Ask about respite care, dementia care and your care records at each home.</p>` };
  });
  b.section('/send-local-offer/', 'SEND local offer', 'Our local offer for children and young people with special educational needs and disabilities.', budget(0.1), () => {
    const w = b.ward();
    const t = r.pick(['Short breaks', 'Speech and language therapy', 'Education, health and care plans', 'Transport to school', 'Youth clubs']);
    return { slug: slug(`${t}-${w}`), title: `${t} in ${w}`, body: `<p>Part of the SEND local offer for children and young people in ${w}. Your child\u2019s records and plans are reviewed every year.</p>` };
  });
  b.section('/archives/catalogue/', 'Archives catalogue', 'Search the records held in our archives.', budget(0.15), () => {
    const w = b.ward();
    const y = 1850 + r.int(120);
    const t = r.pick(['Board School admission registers', 'Parish records', 'Workhouse records', 'Rate books', 'Minutes of the children\u2019s committee']);
    return { slug: slug(`${t}-${w}`), title: `${t}, ${w}, ${y}-${y + 20}`, body: `<p>Records of ${w} from ${y}. Some records are closed for 100 years. Ask the archives team to see them.</p>` };
  });
  b.section('/your-council/foi/disclosure-log/', 'FOI disclosure log', 'Answers to freedom of information requests.', budget(0.1), (i) => {
    const topic = r.pick(['care leavers supported with housing', 'agency social workers', 'children in care placed out of area', 'potholes repaired', 'library visits', 'school transport costs']);
    return { slug: `foi-${2026}-${i + 1}`, title: `FOI ${i + 1}: ${topic}`, body: `<p>You asked for the number of ${topic} in the last three years. We have answered with the figures we hold.</p>` };
  });
  b.section('/news/', 'News', 'The latest news.', budget(0.15), (i) => {
    const t = r.pick(['celebrates care leavers week', 'opens new library', 'resurfaces roads', 'recruits foster carers', 'wins award for recycling', 'launches youth council']);
    return { slug: slug(`council-${t}`), title: `Council ${t} (${i + 1})`, body: `<p>The council ${t}. Read more in our newsletter.</p>` };
  });
  b.section('/events/', 'Events calendar', 'What is on.', budget(0.1), (i) => ({ slug: `2026-day`, title: `What is on: day ${i + 1} of 2026`, body: '<p>Events, classes and family days across the area.</p>' }));
  b.section('/planning/applications/', 'Planning applications', 'Search and comment on planning applications.', budget(0.1), (i) => {
    const w = b.ward();
    return { slug: `app-${2026}-${i + 1}`, title: `Planning application ${i + 1}: ${w}`, body: `<p>Extension to a house in ${w}.</p>` };
  });
  const children: Array<[string, string]> = [
    ['/children-and-families/care-leavers/', 'Care leavers'],
    ['/children-and-families/fostering', 'Become a foster carer'],
    ['/children-and-families/adoption/', 'Adoption'],
    ['/send-local-offer/', 'SEND local offer'],
    ['/children-and-families/childrens-centres', 'Children\u2019s centres'],
  ];
  if (!voluntary) b.page('/children-and-families/', 'Children and families', `<p>Support for children, young people and families.</p>${list(children)}`);
  b.page('/children-and-families/fostering', 'Become a foster carer', '<p>We need foster carers for children in care of all ages. Find out about fostering, training and allowances.</p>');
  b.page('/children-and-families/childrens-centres', 'Children\u2019s centres', '<p>Play sessions and advice for families with young children.</p>');
  b.page('/children-and-families/adoption/', 'Adoption', `<p>Adopting a child, and support after adoption.</p>${list([['/children-and-families/adoption/birth-records', 'Adopted adults: access to birth records']])}`);
  b.page(
    '/children-and-families/adoption/birth-records',
    'Adopted adults: access to birth records',
    '<p>If you were adopted, you have the right to your original birth certificate and to information from your adoption records. You will be offered a counselling session first.</p>',
  );
  b.page('/your-council/', 'Your council', `<p>Councillors, budgets, data protection and how we work.</p>${list([['/your-council/data-protection/', 'Data protection'], ['/your-council/foi/disclosure-log/', 'FOI disclosure log'], ['/your-council/councillors', 'Councillors']])}`);
  b.page('/your-council/councillors', 'Councillors', '<p>Find your councillor by ward.</p>');
  b.page('/council-tax/', 'Council tax', '<p>Pay your council tax, check your band and apply for a discount.</p>');
  b.page('/bins/', 'Bins and recycling', '<p>Check your bin day and report a missed collection.</p>');
  b.page('/jobs/', 'Jobs', '<p>Work for us: current vacancies.</p>');
  if (!b.pages.has(`${b.host}/your-council/data-protection/`)) {
    b.page('/your-council/data-protection/', 'Data protection', `<p>How we look after personal information.</p>${list([['/your-council/data-protection/request-your-information/', 'Request your information']])}`);
    b.page('/your-council/data-protection/request-your-information/', 'Request your information', '<p>You can ask for a copy of the personal information we hold about you. Use our online form. We will reply within one month.</p>');
  }
}

/**
 * A mega-menu: every section's hub and its first items, grouped under headings, about `size`
 * links in all (hundreds), in the navigation of every page. Taken from the pages already made,
 * in a fixed order, so it needs no random numbers.
 */
function megaMenu(b: SiteBuilder, top: Array<[string, string]>, size: number): { links: Array<[string, string]>; html: string } {
  const groups = new Map<string, Array<[string, string]>>();
  for (const [key, page] of b.pages) {
    if (!key.startsWith(`${b.host}/`) || key.includes('?')) continue;
    const path = key.slice(b.host.length);
    const group = path.split('/').filter(Boolean)[0];
    // The evidence's own corner is left to its hub (as on real sites: the menu lists services, not every page).
    if (!group || path.includes('/care-leavers/')) continue;
    const list = groups.get(group) ?? [];
    list.push([path, page.title.replace(/<[^>]+>/g, '')]);
    groups.set(group, list);
  }
  const perGroup = Math.max(4, Math.ceil(size / Math.max(1, groups.size)));
  const links: Array<[string, string]> = [...top];
  const html = [...groups]
    .map(([group, items]) => {
      const shown = items.slice(0, perGroup);
      links.push(...shown);
      return `<h2>${cap(group.replace(/-/g, ' '))}</h2>${list(shown)}`;
    })
    .join('');
  return { links, html: `${list(top)}${html}` };
}

export function generateSite(options: GenerateOptions): GeneratedSite {
  const rnd = seededRandom(options.seed ?? 1);
  const host = options.host ?? 'council.test';
  const town = rnd.pick(TOWNS);
  const voluntary = options.archetype === 'voluntary';
  const name = voluntary ? `${town} Children's Homes Trust` : `${town} Borough Council`;
  const b = new SiteBuilder(host, rnd, town);
  const evidence = placeEvidence(b, options.archetype, (places) => loadPayload(options.sitesRoot, places, town));
  fillDistractors(b, options.size, voluntary);
  const fullNav: Array<[string, string]> = voluntary
    ? [['/about-us/', 'About us'], ['/adult-social-care/', 'Our care homes'], ['/news/', 'News'], ['/events/', 'Events'], ['/archives/catalogue/', 'Archives'], ['/search', 'Search']]
    : [['/council-tax/', 'Council tax'], ['/bins/', 'Bins and recycling'], ['/planning/applications/', 'Planning'], ['/adult-social-care/', 'Adult social care'], ['/children-and-families/', 'Children and families'], ['/your-council/', 'Your council'], ['/news/', 'News'], ['/events/', 'Events'], ['/jobs/', 'Jobs'], ['/search', 'Search']];
  const thin = options.archetype === 'sitemap-heavy';
  const menu = options.archetype === 'mega-menu' ? megaMenu(b, fullNav, Math.min(400, Math.max(150, Math.round(options.size / 10)))) : undefined;
  // Thin navigation: a few tasks and no search box; the rest of the site is in the sitemap only.
  const nav: Array<[string, string]> = menu?.links ?? (thin ? [['/council-tax/', 'Council tax'], ['/bins/', 'Bins and recycling'], ['/jobs/', 'Jobs']] : fullNav);
  const search = thin ? '' : '<form action="/search" method="get"><label>Search <input name="q"></label><button>Search</button></form>';
  b.page('/', `Welcome to ${town}`, `<p>Find services, pay for things and tell us about problems.</p><h2>Popular tasks</h2>${list(nav.slice(0, 4))}${search}`);
  return {
    archetype: options.archetype,
    orgType: voluntary ? 'voluntary-agency' : 'local-authority',
    name,
    host,
    pages: b.pages,
    files: b.files,
    evidence,
    sitemap: options.sitemap ?? thin,
    nav,
    ...(menu ? { navHtml: menu.html } : {}),
  };
}
