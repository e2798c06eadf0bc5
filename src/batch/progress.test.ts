import { describe, expect, it } from 'vitest';
import { progressLine, streamProgress } from './progress.js';

describe('progress', () => {
  it('says done/total, failures, rate, ETA and current sites', () => {
    expect(progressLine({ done: 5, total: 20, failed: 1, elapsedMs: 60_000, current: ['a', 'b'] })).toBe('[5/20] 1 failed · 5.0 sites/min · ETA 3m00s · now: a, b');
  });

  it('prints plain lines at most once a period when not a TTY', () => {
    let now = 0;
    const lines: string[] = [];
    const p = streamProgress((t) => lines.push(t), { tty: false, columns: 80, now: () => now, periodMs: 1000 });
    const site = { slug: 's', url: 'https://s.example/', orgType: 'local-authority' as const };
    p.start(3);
    p.siteStarted(site);
    now = 10;
    p.siteDone(site, { outcome: 'audited' });
    now = 2000;
    p.siteDone(site, { outcome: 'failed', reason: 'x' });
    p.finish();
    expect(lines).toEqual(['[2/3] 1 failed · 60.0 sites/min · ETA 1s\n', '[2/3] 1 failed · 60.0 sites/min · ETA 1s\n']);
    expect(lines.every((l) => !l.includes('\r'))).toBe(true);
  });
});
