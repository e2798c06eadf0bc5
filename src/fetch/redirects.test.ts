import { describe, expect, it } from 'vitest';
import { followRedirects, MAX_REDIRECTS, redirectTarget } from './redirects.js';

describe('followRedirects', () => {
  it('follows until a hop has no next, keeping every target in order', async () => {
    const chain = await followRedirects('https://a.example/1', async (url) => ({ result: url, ...(url.endsWith('3') ? {} : { next: url.replace(/\d$/, (d) => String(Number(d) + 1)) }) }), () => new Error('too many'));
    expect(chain).toEqual({ result: 'https://a.example/3', finalUrl: 'https://a.example/3', redirects: ['https://a.example/2', 'https://a.example/3'] });
  });

  it(`follows ${MAX_REDIRECTS} redirects and refuses the next before making it`, async () => {
    const made: string[] = [];
    const loop = (limit: number) => followRedirects('u0', async (url) => {
      made.push(url);
      const n = Number(url.slice(1));
      return { result: n, ...(n < limit ? { next: `u${n + 1}` } : {}) };
    }, () => new Error('too many'));
    await expect(loop(MAX_REDIRECTS)).resolves.toMatchObject({ result: MAX_REDIRECTS });
    made.length = 0;
    await expect(loop(1000)).rejects.toThrow('too many');
    expect(made).toHaveLength(MAX_REDIRECTS + 1);
  });
});

describe('redirectTarget', () => {
  it('resolves a relative Location of a 3xx and ignores the rest', () => {
    expect(redirectTarget(301, '/new', 'https://a.example/old/page')).toBe('https://a.example/new');
    expect(redirectTarget(200, '/new', 'https://a.example/')).toBeUndefined();
    expect(redirectTarget(302, undefined, 'https://a.example/')).toBeUndefined();
    expect(redirectTarget(302, 'http://[bad', 'https://a.example/')).toBeUndefined();
  });
});
