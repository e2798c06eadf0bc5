import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { UsageError } from '../core/index.js';
import { defaultOnPacks, mergeFocus, packIdsWithDefaults } from './pack-set.js';
import { FocusDef } from './schema.js';

const dir = mkdtempSync(join(tmpdir(), 'atr-packs-'));
const pack = (id: string, extra = ''): void => {
  mkdirSync(join(dir, id));
  writeFileSync(join(dir, id, 'pack.yaml'), `id: ${id}\nversion: 0.1.0\n${extra}`);
};
pack('alpha');
pack('beta');
pack('gamma', 'defaultOn: true\n');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the packs of one audit', () => {
  it('adds a default-on pack (one line in its pack.yaml) after the named ones, once', () => {
    expect(defaultOnPacks(dir)).toEqual(['gamma']);
    expect(packIdsWithDefaults([join(dir, 'alpha'), join(dir, 'beta')], dir)).toEqual([join(dir, 'alpha'), join(dir, 'beta'), join(dir, 'gamma')]);
    // named already (by folder): not repeated
    expect(packIdsWithDefaults([join(dir, 'gamma'), join(dir, 'alpha')], dir)).toEqual([join(dir, 'gamma'), join(dir, 'alpha')]);
  });

  it('leaves a default-on pack out with -<id>, and refuses -<id> of a pack that is not on by default', () => {
    expect(packIdsWithDefaults([join(dir, 'alpha'), '-gamma'], dir)).toEqual([join(dir, 'alpha')]);
    expect(() => packIdsWithDefaults([join(dir, 'alpha'), '-beta'], dir)).toThrow(UsageError);
    expect(() => packIdsWithDefaults(['-gamma'], dir)).toThrow(/no rule pack named/);
  });

  it('merges crawl focus: highest weight wins, a phrase one pack follows is not avoided, searches stay within one pack\'s five', () => {
    const a = FocusDef.parse({ follow: { records: 2, 'care leaver': 3 }, avoid: { 'council tax': 3, archives: 2 }, search: ['care records', 'access to records', 'a', 'b'], relevantUrl: 'care' });
    const b = FocusDef.parse({ follow: { records: 3, archives: 1 }, followFor: { 'voluntary-agency': { 'former residents': 2 } }, search: ['care records', 'retention', 'c'], relevantUrl: 'retention' });
    const m = mergeFocus([a, b]);
    expect(m.follow).toEqual({ records: 3, 'care leaver': 3, archives: 1 });
    expect(m.avoid).toEqual({ 'council tax': 3 });
    expect(m.followFor).toEqual({ 'voluntary-agency': { 'former residents': 2 } });
    expect(m.search).toEqual(['care records', 'access to records', 'a', 'b', 'retention']);
    expect(new RegExp(m.relevantUrl, 'i').test('/retention-schedule.pdf')).toBe(true);
    expect(new RegExp(m.relevantUrl, 'i').test('/care.pdf')).toBe(true);
    expect(mergeFocus([a])).toEqual(a);
  });
});
