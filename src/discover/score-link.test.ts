import { describe, expect, it } from 'vitest';
import { scoreLink, topicScore } from './score-link.js';

const page = { url: 'https://example.gov.uk/children-and-families', relevance: 0 };

describe('scoreLink', () => {
  it('ranks "Your care records" under a care leavers heading above "Council tax"', () => {
    const records = scoreLink({ url: 'https://example.gov.uk/care-leavers/records', text: 'Your care records', context: 'Care leavers' }, page);
    const tax = scoreLink({ url: 'https://example.gov.uk/council-tax', text: 'Council tax', context: 'Popular services' }, page);
    expect(records).toBeGreaterThan(tax);
    expect(tax).toBeLessThan(0);
  });

  it('orders a realistic set of links best-first', () => {
    const links = [
      { url: 'https://example.gov.uk/bins', text: 'Bin collection days', context: 'Rubbish' },
      { url: 'https://example.gov.uk/about', text: 'About the council', context: '' },
      { url: 'https://example.gov.uk/data-protection', text: 'Data protection', context: 'Your information' },
      { url: 'https://example.gov.uk/leaving-care/local-offer', text: 'Local offer for care leavers', context: 'Leaving care' },
    ];
    const ranked = [...links].sort((a, b) => scoreLink(b, page) - scoreLink(a, page)).map((l) => l.text);
    expect(ranked).toEqual(['Local offer for care leavers', 'Data protection', 'About the council', 'Bin collection days']);
  });

  it('lets the page a link sits on lift it', () => {
    const link = { url: 'https://example.gov.uk/page-12', text: 'Read more', context: '' };
    const plain = scoreLink(link, { url: 'https://example.gov.uk/news', relevance: 0 });
    const onTopic = scoreLink(link, { url: 'https://example.gov.uk/care-leavers', relevance: 5 });
    expect(onTopic).toBeGreaterThan(plain);
  });

  it('gives a matching PDF a small bonus over the same words as a page', () => {
    const asPdf = scoreLink({ url: 'https://example.gov.uk/files/leaflet.pdf', text: 'Care records leaflet', context: '' }, page);
    const asPage = scoreLink({ url: 'https://example.gov.uk/files/leaflet', text: 'Care records leaflet', context: '' }, page);
    expect(asPdf).toBeGreaterThan(asPage);
  });

  it('favours history words only for voluntary agencies', () => {
    const link = { url: 'https://example.org.uk/our-history', text: 'Former residents', context: '' };
    expect(scoreLink(link, page, 'voluntary-agency')).toBeGreaterThan(scoreLink(link, page, 'local-authority'));
  });

  it('matches apostrophes, hyphens and plurals', () => {
    expect(topicScore("Children's services")).toBeGreaterThan(0);
    expect(topicScore('/care-leavers/')).toBe(topicScore('care leaver'));
  });
});
