import { describe, expect, it } from 'vitest';
import { extractText } from './text.js';

const meta = { url: 'file:///tmp/notes.md', contentHash: 'sha256:t', fetchedAt: '2025-03-01T10:00:00.000Z', fetchedWith: 'file' as const };

describe('extractText', () => {
  it('splits on blank lines, joins wrapped lines and turns # lines into headings', () => {
    const md = '# Your old file\n\nYou can ask for the papers\nwe kept while you were fostered.\n\n## How\n\n- Email [the team](https://example.org/ask)\n- Phone us\n';
    const doc = extractText(md, meta);
    expect(doc.blocks).toEqual([
      { text: 'Your old file', location: 'paragraph 1', headingPath: [], isHeading: true },
      { text: 'You can ask for the papers we kept while you were fostered.', location: 'paragraph 2', headingPath: ['Your old file'], isHeading: false },
      { text: 'How', location: 'paragraph 3', headingPath: ['Your old file'], isHeading: true },
      { text: 'Email the team', location: 'paragraph 4', headingPath: ['Your old file', 'How'], isHeading: false },
      { text: 'Phone us', location: 'paragraph 5', headingPath: ['Your old file', 'How'], isHeading: false },
    ]);
    expect(doc.title).toBe('Your old file');
    expect(doc.links).toEqual([{ url: 'https://example.org/ask', text: 'the team', context: 'How' }]);
    expect(doc.kind).toBe('text');
  });
});
