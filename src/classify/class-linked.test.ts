import { describe, expect, it } from 'vitest';
import type { ClassifiedDocument, Topic } from '../core/index.js';
import { loadPack } from '../rules/index.js';
import { inheritTopicFromLinks } from './class-eval.js';

// All text below is invented for these tests.
function doc(url: string, kind: 'html' | 'pdf' | 'docx', topic: Topic, title: string, text: string, links: string[] = []): ClassifiedDocument {
  return {
    url,
    title,
    kind,
    contentHash: 'sha256:x',
    fetchedAt: '2026-01-01T00:00:00.000Z',
    fetchedWith: 'http',
    blocks: [{ text, location: 'p', headingPath: [title], isHeading: false }],
    text,
    wordCount: text.split(/\s+/).length,
    links: links.map((u) => ({ url: u, text: 'leaflet', context: '' })),
    breadcrumb: [],
    looksScriptBuilt: false,
    classification: { topic, docType: 'leaflet', confidence: 0.5, reasons: [] },
  };
}

describe('inheritTopicFromLinks', () => {
  const page = doc('https://x.example/care/records', 'html', 'atr-page', 'Your care records', 'Ask for your file.', ['https://x.example/docs/leaflet.docx#top', 'https://x.example/docs/bins.pdf']);
  const leaflet = doc('https://x.example/docs/leaflet.docx', 'docx', 'other', 'What to expect', 'We look for your file and send it within a month.');
  const bins = doc('https://x.example/docs/bins.pdf', 'pdf', 'other', 'Bin days', 'Put the bin out by 7am.');
  const orphan = doc('https://x.example/docs/other.docx', 'docx', 'other', 'What to expect', 'We look for your file and send it within a month.');

  it('a leaflet about your own records linked from a care-records page becomes a care-records document', () => {
    const [, l, b, o] = inheritTopicFromLinks([page, leaflet, bins, orphan], loadPack('clearmark'));
    expect(l!.classification.topic).toBe('atr-page');
    expect(l!.classification.reasons.at(-1)).toMatch(/linked from a care-records page/);
    expect(b!.classification.topic).toBe('other'); // linked, but not about records
    expect(o!.classification.topic).toBe('other'); // about records, but nothing links to it
  });
});
