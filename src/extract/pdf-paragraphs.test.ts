import { describe, expect, it } from 'vitest';
import { paragraphsFromPageText } from './pdf-paragraphs.js';

describe('paragraphsFromPageText', () => {
  it('keeps a sentence that wraps onto a capitalised word together', () => {
    const text = 'If you have questions about the service you can telephone the\nCouncil records team on any weekday between nine and five.';
    expect(paragraphsFromPageText(text).map((p) => p.text)).toEqual([
      'If you have questions about the service you can telephone the Council records team on any weekday between nine and five.',
    ]);
  });

  it('starts new blocks at bullets and blank lines', () => {
    const text = 'You can ask for:\n• your own file\n• letters and photos kept in it\n\nAnother paragraph here.';
    expect(paragraphsFromPageText(text).map((p) => p.text)).toEqual([
      'You can ask for:',
      '• your own file',
      '• letters and photos kept in it',
      'Another paragraph here.',
    ]);
  });

  it('keeps hyphens that join capitalised parts', () => {
    expect(paragraphsFromPageText('a long line about the Anglo-\nSaxon period and many other things of note')[0]?.text).toBe(
      'a long line about the Anglo- Saxon period and many other things of note',
    );
  });
});
