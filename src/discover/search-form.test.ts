import { describe, expect, it } from 'vitest';
import { findSearchForm, searchUrl } from './search-form.js';

describe('the site search form', () => {
  it('finds a GET form with one text field that says search, and builds its query URLs', () => {
    const html = `<form action="/login" method="post"><input name="user"></form>
      <form action="/site-search/results" class="site-search"><input type="hidden" name="collection" value="council-web"><input type="text" name="query" placeholder="Search"><button>Go</button></form>`;
    const form = findSearchForm(html, 'https://www.council.test/')!;
    expect(form).toEqual({ action: 'https://www.council.test/site-search/results', field: 'query', fixed: [['collection', 'council-web']] });
    expect(searchUrl(form, 'care leavers records')).toBe('https://www.council.test/site-search/results?collection=council-web&query=care+leavers+records');
  });

  it('knows the usual field names without the word search', () => {
    expect(findSearchForm('<form action="/find"><input name="q"></form>', 'https://c.test/a/b')?.action).toBe('https://c.test/find');
    expect(findSearchForm('<form><input type="search" name="s"></form>', 'https://c.test/')?.field).toBe('s');
  });

  it('ignores POST forms, forms with several text fields and forms that are not searches', () => {
    expect(findSearchForm('<form action="/search" method="post"><input name="q"></form>', 'https://c.test/')).toBeUndefined();
    expect(findSearchForm('<form action="/search"><input name="q"><input name="postcode"></form>', 'https://c.test/')).toBeUndefined();
    expect(findSearchForm('<form action="/newsletter"><input name="email"></form>', 'https://c.test/')).toBeUndefined();
    expect(findSearchForm('<form action="javascript:go()"><input name="q"></form>', 'https://c.test/')).toBeUndefined();
  });
});
