import { slugify } from '../core/index.js';

/** A site's slug: the list's own slug, else its code, else its name, else its host. */
export function baseSlug(entry: { slug?: string; code?: string; name?: string; url: string }): string {
  if (entry.slug) return slugify(entry.slug);
  if (entry.code) return slugify(entry.code);
  if (entry.name) return slugify(entry.name);
  return slugify(new URL(entry.url).host.replace(/^www\./, ''));
}

/** Makes every slug unique in list order: the second "x" becomes "x-2", and so on. */
export function uniqueSlugs(bases: string[]): string[] {
  const used = new Set<string>();
  return bases.map((base) => {
    let slug = base;
    for (let n = 2; used.has(slug); n++) slug = `${base}-${n}`;
    used.add(slug);
    return slug;
  });
}
