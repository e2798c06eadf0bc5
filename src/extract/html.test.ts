import { describe, expect, it } from 'vitest';
import { extractHtml, stripTitleSuffix } from './html.js';

const meta = { url: 'https://www.example.gov.uk/care-leavers/records', contentHash: 'sha256:abc', fetchedAt: '2025-03-01T10:00:00.000Z', fetchedWith: 'http' as const };

const PAGE = `<!doctype html><html lang="en-GB"><head><title>Seeing your file | Exampleshire Council</title></head><body>
<a class="skip-link" href="#main">Skip to main content</a>
<div id="ccc-cookie-notice"><p>This site stores small files on your device.</p><button>Accept all</button></div>
<header><a href="/"><img alt="Exampleshire home" src="/logo.png"></a>
  <nav aria-label="Primary"><ul><li><a href="/adult-social-care">Adult care</a></li><li><a href="/children">Children</a></li></ul></nav></header>
<nav aria-label="Breadcrumb" class="breadcrumb"><ol><li><a href="/">Home</a></li><li><a href="/care-leavers">Care leavers</a></li><li>Seeing your file</li></ol></nav>
<main id="main">
  <h1>Seeing your file</h1>
  <p>Anyone who lived with foster carers or in a children's home can ask us for the file we kept.</p>
  <h2>Asking for it</h2>
  <p>Fill in the short request form.</p>
  <p>Or write to the records team at <a href="/contact/records">our office</a>.</p>
  <h3>After you ask</h3>
  <div class="accordion"><details><summary>How long it takes</summary><p>Usually about a month.</p></details></div>
  <h2>Help and support</h2><ul><li>A worker can sit with you</li><li>You can bring a friend</li></ul>
  <aside><h2>Related pages</h2><ul><li><a href="/local-offer">Local offer</a></li></ul></aside>
  <div class="page-feedback"><p>Was this page helpful?</p><button>Yes</button><button>No</button></div>
  <div class="share"><a href="https://social.example/share?u=x">Share</a></div>
</main>
<footer><h2>About this site</h2><p>Copyright Exampleshire</p><a href="/accessibility">Accessibility</a></footer>
</body></html>`;

describe('extractHtml', () => {
  const doc = extractHtml(PAGE, meta);

  it('keeps the main content and drops navigation, banners, footers and widgets', () => {
    expect(doc.text).toContain('Anyone who lived with foster carers');
    for (const gone of ['small files on your device', 'Adult care', 'Copyright', 'Skip to main', 'Was this page helpful', 'Related pages', 'Share', 'Home']) {
      expect(doc.text).not.toContain(gone);
    }
  });

  it('separates block elements so a heading and its paragraph never glue', () => {
    expect(doc.blocks.map((b) => b.text)).toEqual([
      'Seeing your file',
      "Anyone who lived with foster carers or in a children's home can ask us for the file we kept.",
      'Asking for it',
      'Fill in the short request form.',
      'Or write to the records team at our office.',
      'After you ask',
      'How long it takes',
      'Usually about a month.',
      'Help and support',
      'A worker can sit with you',
      'You can bring a friend',
    ]);
    expect(doc.text).toBe(doc.blocks.map((b) => b.text).join('\n\n'));
  });

  it('records heading paths, heading flags and human locations', () => {
    const later = doc.blocks.find((b) => b.text === 'Usually about a month.');
    expect(later?.headingPath).toEqual(['Seeing your file', 'Asking for it', 'After you ask']);
    expect(later?.isHeading).toBe(false);
    const second = doc.blocks.find((b) => b.text.startsWith('Or write'));
    expect(second?.location).toBe("h2 'Asking for it' > p:nth-of-type(2)");
    const heading = doc.blocks.find((b) => b.text === 'Help and support');
    expect(heading).toMatchObject({ isHeading: true, headingPath: ['Seeing your file'], location: "h2 'Help and support'" });
  });

  it('reads title, language, breadcrumb and word count', () => {
    expect(doc.title).toBe('Seeing your file');
    expect(doc.lang).toBe('en-GB');
    expect(doc.breadcrumb).toEqual(['Home', 'Care leavers', 'Seeing your file']);
    expect(doc.wordCount).toBeGreaterThan(40);
    expect(doc.looksScriptBuilt).toBe(false);
    expect(doc).toMatchObject({ url: meta.url, contentHash: meta.contentHash, fetchedAt: meta.fetchedAt, kind: 'html' });
  });

  it('lists links from the whole page, absolute, with context', () => {
    const byText = (t: string) => doc.links.find((l) => l.text === t);
    expect(byText('Adult care')).toEqual({ url: 'https://www.example.gov.uk/adult-social-care', text: 'Adult care', context: 'Primary' });
    expect(byText('our office')).toMatchObject({ url: 'https://www.example.gov.uk/contact/records', context: 'Asking for it' });
    expect(byText('Accessibility')?.context).toBe('About this site');
    expect(byText('Exampleshire home')?.url).toBe('https://www.example.gov.uk/');
    expect(doc.links.some((l) => l.url.endsWith('#main'))).toBe(false);
  });

  it('is deterministic', () => {
    expect(JSON.stringify(extractHtml(PAGE, meta))).toBe(JSON.stringify(doc));
  });

  it('falls back to <title> without the site suffix when there is no h1', () => {
    const d = extractHtml('<html><head><title>Leaving care - Exampleshire Council</title></head><body><p>Hello there.</p></body></html>', meta);
    expect(d.title).toBe('Leaving care');
    expect(d.blocks).toHaveLength(1);
    expect(stripTitleSuffix('Records')).toBe('Records');
  });

  it('flags a near-empty framework shell as script-built', () => {
    const shell = '<html><head><script src="/bundle.js"></script></head><body><div id="root"></div><noscript>Please enable JavaScript</noscript></body></html>';
    expect(extractHtml(shell, meta).looksScriptBuilt).toBe(true);
    const tiny = '<html><body><main><p>Short but real.</p></main></body></html>';
    expect(extractHtml(tiny, meta).looksScriptBuilt).toBe(false);
  });

  it('keeps a prose aside inside main', () => {
    const d = extractHtml('<main><h1>T</h1><p>Body text here.</p><aside><p>Call the records team on a weekday morning.</p></aside></main>', meta);
    expect(d.text).toContain('Call the records team');
  });
});

describe('pathological HTML', () => {
  it('reads a page nested thousands of tags deep instead of failing', () => {
    const depth = 6000;
    const html = `<html><body><main><h1>Your care records</h1>${'<div>'.repeat(depth)}<p>You can ask for your file.</p>${'</div>'.repeat(depth)}</main></body></html>`;
    const doc = extractHtml(html, { url: 'https://x.example/deep', contentHash: 'sha256:x', fetchedAt: '2025-01-01T00:00:00.000Z', fetchedWith: 'http' });
    expect(doc.text).toContain('You can ask for your file.');
    expect(doc.title).toBe('Your care records');
  });
});
