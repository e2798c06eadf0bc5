// Helpers for tests that read or serve the fixture council websites.
import fs from 'node:fs';
import path from 'node:path';
import { listFixtureSites, serveFixture, type FixtureSite, type ServedSite } from '../../src/demo/index.js';

export function fixtureSite(slug: string): FixtureSite {
  const site = listFixtureSites().find((s) => s.slug === slug);
  if (!site) throw new Error(`no fixture site called ${slug}`);
  return site;
}

/** Serves one fixture for the duration of fn, always closing the server. */
export async function withServedFixture<T>(slug: string, fn: (served: ServedSite) => Promise<T>): Promise<T> {
  const served = await serveFixture(fixtureSite(slug));
  try {
    return await fn(served);
  } finally {
    await served.close();
  }
}

/** Every file under dir, as paths relative to dir with forward slashes. */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (rel: string) => {
    for (const entry of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      const childRel = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(childRel);
      else out.push(childRel);
    }
  };
  walk('');
  return out.sort();
}

/** href and src values of an HTML page (good enough for our own hand-written fixtures). */
export function extractLinks(html: string): string[] {
  return [...html.matchAll(/\b(?:href|src|action)="([^"]*)"/g)].map((m) => m[1] ?? '');
}

/** Web path of a file in site/: "a/index.html" -> "/a/", "a/b.html" -> "/a/b.html". */
export function webPathOf(relFile: string): string {
  return '/' + relFile.replace(/(^|\/)index\.html$/, '$1');
}
