// Deciding whether a fetched HTML page is read as served or as a browser renders it.
import type { RenderMode } from '../core/index.js';
import { RenderError, type PageRenderer } from '../fetch/index.js';

export interface RenderedBody {
  body: Buffer;
  consent: 'before' | 'after';
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
export async function renderBody(renderer: PageRenderer, url: string): Promise<RenderedBody | { failed: string }> {
  try {
    const page = await renderer.render(url);
    return { body: Buffer.from(page.html, 'utf8'), consent: page.consent };
  } catch (e) {
    return { failed: e instanceof RenderError ? e.message : `browser could not render ${url}: ${(e as Error).message}` };
  }
}
