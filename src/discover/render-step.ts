// Deciding whether a fetched HTML page is read as served or as a browser renders it.
import type { RenderMode } from '../core/index.js';
import { RenderError, RenderRefused, type PageRenderer } from '../fetch/index.js';

export interface RenderedBody {
  body: Buffer;
  consent: 'before' | 'after';
}

/**
 * What the browser gives us is the serialised DOM, always UTF-8, whatever charset the server
 * declared: stored with this Content-Type so it is decoded as it was written.
 */
export const RENDERED_CONTENT_TYPE = 'text/html; charset=utf-8';

export interface RenderFailure {
  failed: string;
  /** the browser was sent off the site or to a disallowed URL: a problem to report even when the served page is fine */
  refused?: true;
}

/** True when a page should go to the browser: always, or (auto) when it looks built by script. */
export function wantsBrowser(mode: RenderMode, looksScriptBuilt: boolean): boolean {
  return mode === 'always' || (mode === 'auto' && looksScriptBuilt);
}

/** The message for a page that needed a browser and was read over HTTP only. */
export function renderUnavailableMessage(mode: RenderMode, reason: string | undefined): string {
  if (mode === 'never') return 'page looks built by script; rendering was turned off (--render never), content may be missing';
  return `page looks built by script; no browser available (${reason ?? 'no browser'}), content may be missing`;
}

/**
 * Render the page; on failure return the reason instead (the caller keeps the HTTP body).
 * The rendered DOM is what gets stored and read, so `rescore` sees exactly what the browser saw.
 */
export async function renderBody(renderer: PageRenderer, url: string): Promise<RenderedBody | RenderFailure> {
  try {
    const page = await renderer.render(url);
    return { body: Buffer.from(page.html, 'utf8'), consent: page.consent };
  } catch (e) {
    if (e instanceof RenderRefused) return { failed: e.message, refused: true };
    return { failed: e instanceof RenderError ? e.message : `browser could not render ${url}: ${(e as Error).message}` };
  }
}
