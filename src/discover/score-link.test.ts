import { describe, expect, it } from 'vitest';
import { loadPack } from '../rules/index.js';
import { compileFocus, scoreLink, topicScore } from './score-link.js';

const focus = loadPack('clearmark').def.focus;
const la = compileFocus(focus);
const vol = compileFocus(focus, 'voluntary-agency');

const page = { url: 'https://example.gov.uk/children-and-families', relevance: 0 };

describe('scoreLink', () => {
  it('ranks "Your care records" under a care leavers heading above "Council tax"', () => {
    const records = scoreLink({ url: 'https://example.gov.uk/care-leavers/records', text: 'Your care records', context: 'Care leavers' }, page, la);
    const tax = scoreLink({ url: 'https://example.gov.uk/council-tax', text: 'Council tax', context: 'Popular services' }, page, la);
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
    const ranked = [...links].sort((a, b) => scoreLink(b, page, la) - scoreLink(a, page, la)).map((l) => l.text);
    expect(ranked).toEqual(['Local offer for care leavers', 'Data protection', 'About the council', 'Bin collection days']);
  });

  it('lets the page a link sits on lift it', () => {
    const link = { url: 'https://example.gov.uk/page-12', text: 'Read more', context: '' };
    const plain = scoreLink(link, { url: 'https://example.gov.uk/news', relevance: 0 }, la);
    const onTopic = scoreLink(link, { url: 'https://example.gov.uk/care-leavers', relevance: 5 }, la);
    expect(onTopic).toBeGreaterThan(plain);
  });

  it('gives a matching PDF a small bonus over the same words as a page', () => {
    const asPdf = scoreLink({ url: 'https://example.gov.uk/files/leaflet.pdf', text: 'Care records leaflet', context: '' }, page, la);
    const asPage = scoreLink({ url: 'https://example.gov.uk/files/leaflet', text: 'Care records leaflet', context: '' }, page, la);
    expect(asPdf).toBeGreaterThan(asPage);
  });

  it('favours history words only for voluntary agencies', () => {
    const link = { url: 'https://example.org.uk/our-history', text: 'Former residents', context: '' };
    expect(scoreLink(link, page, vol)).toBeGreaterThan(scoreLink(link, page, la));
  });

  it('matches apostrophes, hyphens and plurals', () => {
    expect(topicScore("Children's services", la)).toBeGreaterThan(0);
    expect(topicScore('/care-leavers/', la)).toBe(topicScore('care leaver', la));
  });
});
