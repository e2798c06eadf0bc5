// What a batch list entry becomes once loaded and checked.
import { z } from 'zod';
import type { OrgType, RenderMode } from '../core/index.js';

export interface BatchSite {
  /** unique in the list: lowercase a-z0-9 and '-' */
  slug: string;
  url: string;
  name?: string;
  code?: string;
  nation?: string;
  authorityType?: string;
  orgType: OrgType;
  /** the row's own crawl budget and browser use, over the command line's */
  maxPages?: number;
  render?: RenderMode;
}

/** The options a list row sets for its own site (see AuditOptions; SiteOverrides in pipeline). */
export function siteOverrides(site: BatchSite): { orgType: OrgType; maxPages?: number; render?: RenderMode } {
  return { orgType: site.orgType, ...(site.maxPages !== undefined ? { maxPages: site.maxPages } : {}), ...(site.render ? { render: site.render } : {}) };
}

const text = z.string().trim().min(1);
const optionalText = z.preprocess((v) => (v === null || v === '' ? undefined : typeof v === 'number' ? String(v) : v), text.optional());

/** One row as written in the list (CSV columns or YAML keys); `homepage` or `url` is required. */
export const listEntrySchema = z
  .object({
    homepage: optionalText,
    url: optionalText,
    name: optionalText,
    code: optionalText,
    nation: optionalText,
    type: optionalText,
    org_type: z.preprocess((v) => (v === '' || v === null ? undefined : v), z.enum(['local-authority', 'voluntary-agency']).optional()),
    slug: optionalText,
    max_pages: z.preprocess((v) => (v === '' || v === null ? undefined : typeof v === 'string' ? Number(v) : v), z.number().int().min(1).max(100_000).optional()),
    render: z.preprocess((v) => (v === '' || v === null ? undefined : v), z.enum(['auto', 'never', 'always']).optional()),
  })
  .strict()
  .superRefine((row, ctx) => {
    const url = row.homepage ?? row.url;
    if (url === undefined) {
      ctx.addIssue({ code: 'custom', message: 'needs a homepage (or url)', path: ['homepage'] });
      return;
    }
    let parsed: URL | undefined;
    try {
      parsed = new URL(url);
    } catch {
      parsed = undefined;
    }
    if (!parsed || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')) {
      ctx.addIssue({ code: 'custom', message: `not an http(s) address: ${url}`, path: [row.homepage ? 'homepage' : 'url'] });
    }
  });

export type ListEntry = z.infer<typeof listEntrySchema>;
