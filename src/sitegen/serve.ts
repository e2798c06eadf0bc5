// Serves a generated site on 127.0.0.1 (every host name it owns, told apart by the Host header),
// with its own search, robots.txt, an optional sitemap and an optional delay per request.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { GeneratedSite, PageSpec } from './generate.js';

export interface ServedGeneratedSite {
  port: number;
  /** http://<host>:<port>/ */
  url: string;
  /** requests answered, by "host/path" (robots.txt included) */
  requests: string[];
  close(): Promise<void>;
}

const escapeHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function shell(site: GeneratedSite, page: PageSpec): string {
  const nav = site.navHtml ?? `<ul>${site.nav.map(([href, text]) => `<li><a href="${href}">${text}</a></li>`).join('')}</ul>`;
  return `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>${page.title} - ${site.name}</title></head><body>
<header><a href="/">${site.name}</a><nav aria-label="Main menu">${nav}</nav></header>
<main id="main-content">${page.main}</main>
<footer><ul><li><a href="/contact">Contact us</a></li><li><a href="/privacy">Privacy</a></li><li><a href="/cookies">Cookies</a></li><li><a href="/accessibility">Accessibility statement</a></li></ul></footer>
</body></html>`;
}

function searchPage(site: GeneratedSite, host: string, query: string): PageSpec {
  const words = query.toLowerCase().split(/[^a-z0-9']+/).filter((w) => w.length > 2);
  const hits: Array<[string, string, number]> = [];
  for (const [key, page] of site.pages) {
    if (!key.startsWith(`${host}/`) || key.includes('?')) continue;
    const title = page.title.toLowerCase();
    const score = words.filter((w) => title.includes(w)).length;
    if (score > 0) hits.push([key.slice(host.length), page.title, score]);
  }
  hits.sort((a, b) => b[2] - a[2] || a[0].localeCompare(b[0]));
  const items = hits.slice(0, 10).map(([href, title]) => `<li><a href="${href}">${escapeHtml(title)}</a></li>`).join('');
  return { title: `Search results for ${escapeHtml(query)}`, main: `<h1>Search results</h1>${items ? `<ol>${items}</ol>` : '<p>No results.</p>'}` };
}

const STATIC: Record<string, PageSpec> = {
  '/contact': { title: 'Contact us', main: '<h1>Contact us</h1><p>Phone or write to us.</p>' },
  '/privacy': { title: 'Privacy', main: '<h1>Privacy</h1><p>How this website uses your information.</p>' },
  '/cookies': { title: 'Cookies', main: '<h1>Cookies</h1><p>The cookies this website sets.</p>' },
  '/accessibility': { title: 'Accessibility statement', main: '<h1>Accessibility statement</h1><p>How accessible this website is.</p>' },
};

export async function serveGeneratedSite(site: GeneratedSite, opts: { latencyMs?: number } = {}): Promise<ServedGeneratedSite> {
  const requests: string[] = [];
  let port = 0;
  const hosts = new Set([site.host, ...[...site.pages.keys()].map((k) => k.slice(0, k.indexOf('/')))]);
  const server = http.createServer((req, res) => {
    // A name the site does not own (an address typed by hand) is its main host.
    const asked = (req.headers.host ?? '').replace(/:\d+$/, '');
    const host = hosts.has(asked) ? asked : site.host;
    const url = new URL(req.url ?? '/', `http://${host}`);
    const key = `${host}${url.pathname}${url.search}`;
    requests.push(key);
    const answer = (): void => {
      const send = (status: number, type: string, body: string | Buffer): void => void res.writeHead(status, { 'content-type': type }).end(body);
      const html = (page: PageSpec): void => send(200, 'text/html; charset=utf-8', shell(site, page).replace(/__PORT__/g, `:${port}`));
      if (url.pathname === '/robots.txt') {
        return send(200, 'text/plain', `User-agent: *\nDisallow: /admin/\n${site.sitemap && host === site.host ? `Sitemap: http://${host}:${port}/sitemap.xml\n` : ''}`);
      }
      if (url.pathname === '/sitemap.xml' && site.sitemap) {
        const locs = [...site.pages.keys(), ...site.files.keys()].filter((k) => k.startsWith(`${host}/`) && !k.includes('?'));
        return send(200, 'application/xml', `<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${locs.map((k) => `<url><loc>http://${host}:${port}${k.slice(host.length)}</loc></url>`).join('')}</urlset>`);
      }
      if (url.pathname === '/search') return html(searchPage(site, host, url.searchParams.get('q') ?? ''));
      const file = site.files.get(key);

      if (file) return send(200, file.contentType, file.body);
      // "/section" and "/section/" are one page, as on most CMSs (the crawler drops the slash).
      const other = `${host}${url.pathname.endsWith('/') ? url.pathname.slice(0, -1) : `${url.pathname}/`}${url.search}`;
      const page = site.pages.get(key) ?? site.pages.get(other) ?? (url.search === '' ? STATIC[url.pathname] : undefined);
      if (page) return html(page);
      send(404, 'text/html; charset=utf-8', '<!doctype html><title>Page not found</title><h1>Page not found</h1>');
    };
    if (opts.latencyMs) setTimeout(answer, opts.latencyMs);
    else answer();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
  return {
    port,
    url: `http://${site.host}:${port}/`,
    requests,
    close: () => {
      server.closeAllConnections();
      return new Promise((r) => server.close(() => r()));
    },
  };
}
