// A site's own search, found on its home page: most council CMSs have one, and asking it for the
// pack's search terms reaches pages buried deep in the navigation.
import * as cheerio from 'cheerio';

export interface SearchForm {
  /** absolute URL the form submits to (GET) */
  action: string;
  /** the name of its text field */
  field: string;
  /** other fields the form always sends (hidden inputs), kept so the query works */
  fixed: Array<[string, string]>;
}

const SEARCHY = /search|find|query|keyword|zoek|chwilio/i;
const TEXT_FIELD = 'input[type="search"], input[type="text"], input:not([type])';

/** The page's search form (GET, one text field, something in it says "search"), or undefined. */
export function findSearchForm(html: string, pageUrl: string): SearchForm | undefined {
  const $ = cheerio.load(html);
  for (const el of $('form').toArray()) {
    const form = $(el);
    const method = (form.attr('method') ?? 'get').toLowerCase();
    if (method !== 'get') continue;
    const fields = form.find(TEXT_FIELD).toArray().filter((f) => $(f).attr('name'));
    if (fields.length !== 1) continue;
    const field = $(fields[0]!).attr('name')!;
    const said = [form.attr('action'), form.attr('role'), form.attr('id'), form.attr('class'), field, $(fields[0]!).attr('placeholder'), form.text()].join(' ');
    if (!SEARCHY.test(said) && !/^(q|s|query|term|terms|keywords?|search)$/i.test(field)) continue;
    let action: URL;
    try {
      action = new URL(form.attr('action') ?? '', pageUrl);
    } catch {
      continue;
    }
    if (action.protocol !== 'http:' && action.protocol !== 'https:') continue;
    const fixed = form
      .find('input[type="hidden"][name]')
      .toArray()
      .map((h): [string, string] => [$(h).attr('name')!, $(h).attr('value') ?? '']);
    action.hash = '';
    return { action: action.href, field, fixed };
  }
  return undefined;
}

/** The URL of one search for `term` with this form. */
export function searchUrl(form: SearchForm, term: string): string {
  const url = new URL(form.action);
  for (const [name, value] of form.fixed) url.searchParams.set(name, value);
  url.searchParams.set(form.field, term);
  return url.href;
}
