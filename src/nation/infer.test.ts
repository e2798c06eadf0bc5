import { describe, expect, it } from 'vitest';
import { bundledBodyList, findBody, inferNation, parseBodyList, postcodesByNation } from './index.js';

const LIST = parseBodyList(
  [
    'code,name,nation,type,homepage',
    'W0,Example Valley County Borough Council,wales,welsh-council,https://www.examplevalley.gov.uk/',
    'NI-X,Example Health and Social Care Trust,northern-ireland,hsc-trust,https://exampletrust.hscni.net/',
    '"E0","Example, Upper and Lower Council",england,unitary,https://www.example-ul.gov.uk/',
  ].join('\n'),
);

describe('inferNation', () => {
  it('takes --nation over everything, and says when the body list disagrees', () => {
    const d = inferNation({ given: { nation: 'Scotland', from: 'option' }, url: 'https://www.examplevalley.gov.uk/', texts: [], bodies: LIST });
    expect(d.nation).toBe('scotland');
    expect(d.basis).toBe('option');
    expect(d.reason).toContain('--nation');
    expect(d.reason).toContain('puts Example Valley County Borough Council in Wales');
  });

  it('finds the body by its host, a subdomain included', () => {
    const d = inferNation({ url: 'https://localoffer.examplevalley.gov.uk/care', texts: ['Ring us at CF10 1AA'], bodies: LIST });
    expect(d).toMatchObject({ nation: 'wales', basis: 'body-list', body: { code: 'W0', type: 'welsh-council' } });
    expect(findBody('https://www.example-ul.gov.uk/x', LIST)?.name).toBe('Example, Upper and Lower Council');
    expect(findBody('https://notexamplevalley.gov.uk/', LIST)).toBeUndefined();
  });

  it('falls back to the domain, then to postcodes', () => {
    expect(inferNation({ url: 'https://www.sample.gov.scot/', texts: [], bodies: LIST })).toMatchObject({ nation: 'scotland', basis: 'domain' });
    expect(inferNation({ url: 'https://sampletrust.hscni.net/', texts: [], bodies: [] })).toMatchObject({ nation: 'northern-ireland', basis: 'domain' });
    const byPost = inferNation({ url: 'http://127.0.0.1:4000/', texts: ['Write to 1 High Street, Inverlorn PA34 4XY.', 'Or visit us at PA34 5ZZ'], bodies: LIST });
    expect(byPost).toMatchObject({ nation: 'scotland', basis: 'address' });
    expect(byPost.reason).toContain('PA34 4XY');
  });

  it('does not guess from invented areas, border areas or a tie', () => {
    expect(postcodesByNation(['QQ1 1AA and SY10 1AB and CH1 2AB']).size).toBe(0);
    const tie = inferNation({ texts: ['CF10 1AA', 'EH1 1AA'], bodies: LIST });
    expect(tie.nation).toBeNull();
    expect(tie.basis).toBe('unknown');
    expect(tie.reason).toContain('--nation');
  });

  it('reads the bundled list: 212 bodies, the five NI trusts among them', () => {
    const list = bundledBodyList();
    expect(list).toHaveLength(212);
    expect(list.filter((b) => b.type === 'hsc-trust').map((b) => b.nation)).toEqual(Array(5).fill('northern-ireland'));
    expect(inferNation({ url: 'https://www.cardiff.gov.uk/', texts: [], bodies: list }).nation).toBe('wales');
  });
});
