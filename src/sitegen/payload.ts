// The evidence a generated council publishes: the main content of the exemplary fixture council's
// care-records pages and its procedure PDF (our own words, in fixtures/sites/exemplary), moved to
// wherever the archetype puts them, with their links rewritten to the new places.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface PayloadPlaces {
  /** the care leavers' hub page (local offer, or a section of a data-protection page) */
  hub: string;
  records: string;
  request: string;
  guide: string;
  figures: string;
  feedback: string;
  /** the procedure PDF, served as application/pdf */
  procedure: string;
}

const SOURCE = 'exemplary/site/children-and-families/care-leavers';
const FILES: Record<Exclude<keyof PayloadPlaces, 'procedure'>, string> = {
  hub: 'index.html',
  records: 'your-care-records.html',
  request: 'records-request.html',
  guide: 'seeing-your-records-guide.html',
  figures: 'how-we-are-doing.html',
  feedback: 'records-feedback.html',
};
const PROCEDURE = 'exemplary/site/docs/access-to-childrens-social-care-records-procedure.pdf';

export interface PayloadPage {
  title: string;
  main: string;
}

export interface Payload {
  pages: Partial<Record<keyof typeof FILES, PayloadPage>>;
  procedure: Buffer;
}

/** Read the exemplary pages once; `places` says where each goes, so links can be rewritten. */
export function loadPayload(sitesRoot: string, places: PayloadPlaces, townName: string): Payload {
  const rename = new Map<string, string>([['/docs/access-to-childrens-social-care-records-procedure.pdf', places.procedure]]);
  for (const [key, file] of Object.entries(FILES)) {
    const target = places[key as keyof typeof FILES];
    rename.set(file, target);
    rename.set(`/children-and-families/care-leavers/${file}`, target);
  }
  const pages: Payload['pages'] = {};
  for (const [key, file] of Object.entries(FILES)) {
    const html = readFileSync(join(sitesRoot, SOURCE, file), 'utf8');
    const title = /<title>([^<]*)<\/title>/.exec(html)?.[1]?.replace(/ - Harrowfield Borough Council$/, '').replace(/Harrowfield/g, townName) ?? key;
    const main = /<main[^>]*>([\s\S]*)<\/main>/.exec(html)?.[1] ?? '';
    pages[key as keyof typeof FILES] = {
      title,
      main: main
        .replace(/(href|action)="([^"]*)"/g, (all, attr: string, href: string) => (rename.has(href) ? `${attr}="${rename.get(href)}"` : all))
        .replace(/Harrowfield/g, townName),
    };
  }
  return { pages, procedure: readFileSync(join(sitesRoot, PROCEDURE)) };
}
