import { describe, expect, it } from 'vitest';
import type { AuditReport } from '../core/index.js';
import { renderTerminalSummary } from './terminal.js';
import { sampleReport } from '../../test/helpers/sample-report.js';

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m/g;
const visible = (line: string): number => [...line.replace(ANSI, '')].length;
const lines = (text: string): string[] => text.replace(/\n$/, '').split('\n');

describe('renderTerminalSummary', () => {
  it('without colour: plain ASCII, no escape codes, every line within the width', () => {
    for (const width of [40, 60, 80, 120]) {
      const out = renderTerminalSummary(sampleReport, { color: false, width });
      expect(out).not.toContain('\u001b');
      expect(out).toMatch(/^[\x20-\x7e\n]*$/);
      for (const line of lines(out)) expect(visible(line), line).toBeLessThanOrEqual(width);
    }
  });

  it('is deterministic', () => {
    expect(renderTerminalSummary(sampleReport, { color: true, width: 90 })).toBe(
      renderTerminalSummary(sampleReport, { color: true, width: 90 }),
    );
  });

  it('has one line per criterion with symbol, id, title, status word and evidence', () => {
    const out = lines(renderTerminalSummary(sampleReport, { color: false, width: 120 }));
    expect(out).toHaveLength(1 + 7 + 1 + 4); // + advisories and unreadable documents, tested below
    expect(out[1]).toMatch(/^\[\+\] C1 Advertised right +Met +"If you grew up in our care/);
    expect(out[2]).toMatch(/^\[~\] C2 Recognition statement +Partly met +"Data protection law/);
    expect(out[3]).toMatch(/^\[x\] C3 Positive importance +Not met +not found; looked in 3 documents$/);
    expect(out[4]).toMatch(/^\[!\] C4 Public policy +Error +The linked procedure PDF/);
    expect(out[5]).toMatch(/^\[\?\] C5 Monitoring system +Needs evidence +Ask the council for: its log of care leavers' record/);
    expect(out[7]).toMatch(/^\[-\] C7 Evaluation +Not applicable /);
    expect(out[8]).toBe('Score 63/100 (incomplete: C4 could not be checked) - All criteria met: no');
  });

  it('with colour: Unicode symbols and ANSI colour, still within the width', () => {
    const out = renderTerminalSummary(sampleReport, { color: true, width: 70 });
    expect(out).toMatch(ANSI);
    expect(out).toContain('✔');
    expect(out).toContain('◐');
    for (const line of lines(out)) expect(visible(line)).toBeLessThanOrEqual(70);
  });

  it('keeps page text from steering the terminal', () => {
    const r = structuredClone(sampleReport) as AuditReport;
    r.criteria[0]!.findings[0]!.evidence[0]!.quote = 'Hello\u001b[2J\u001b]0;pwned\u0007 world\nnext line';
    for (const color of [false, true]) {
      const out = renderTerminalSummary(r, { color, width: 100 });
      expect(out).not.toContain('\u001b[2J');
      expect(out).not.toContain('\u001b]');
      expect(out).not.toContain('\u0007');
      expect(lines(out)).toHaveLength(13);
    }
  });

  it('lists out-of-date wording and documents that could not be read under the score (issue 13.4)', () => {
    const out = lines(renderTerminalSummary(sampleReport, { color: false, width: 200 }));
    expect(out.slice(9)).toEqual([
      'Out-of-date or misleading wording (1):',
      '  high C2: The page suggests only young people up to 25 can ask, which may put older care leavers off. (/care-leavers/your-care-records)',
      'Documents we could not read (1), which may hold evidence:',
      '  /media/2201/access-to-records-procedure.pdf: PDF has a damaged cross-reference table; no text could be extracted.',
    ]);
  });

  it('says when no document was in scope for a negative', () => {
    const r = structuredClone(sampleReport) as AuditReport;
    r.criteria[2]!.searched = { ...r.criteria[2]!.searched!, documentsRead: 0, urls: [] };
    expect(renderTerminalSummary(r, { color: false, width: 120 })).toContain('not found; 7 pages visited, none in scope');
  });

  it('says "no score" when nothing was eligible, and survives a tiny width', () => {
    const r = structuredClone(sampleReport) as AuditReport;
    r.summary.score = null;
    r.summary.complete = true;
    const out = renderTerminalSummary(r, { color: false, width: 10 });
    expect(out).toContain('Score no score');
    for (const line of lines(out)) expect(visible(line)).toBeLessThanOrEqual(20); // 20 is the floor
  });
});

describe('waivers in the terminal summary', () => {
  it('marks a waived criterion with * and explains the mark once', () => {
    const waived = structuredClone(sampleReport);
    waived.criteria[0]!.findings[0]!.waiver = { reason: 'checked by hand', author: 'A. C.', expires: '2027-01-31' };
    const out = renderTerminalSummary(waived, { color: false, width: 100 });
    expect(out).toMatch(/C1 .*\*/);
    expect(out).toContain('* covered by a human waiver');
    expect(renderTerminalSummary(sampleReport, { color: false, width: 100 })).not.toContain('human waiver');
  });
});

describe('what to publish, on the terminal', () => {
  const withAdvice = (): AuditReport => {
    const r = structuredClone(sampleReport);
    const c3 = r.criteria.find((c) => c.status === 'not_met')!;
    c3.publish = { what: 'A few sentences on why people ask for their records, and an encouragement that anyone who was in care can ask, whatever their reason for asking, at any age.', example: 'You do not need a reason to ask.' };
    r.criteria.find((c) => c.status === 'met')!.publish = { what: 'Never shown: this criterion is met.', example: 'x' };
    r.criteria.find((c) => c.status === 'partial')!.publish = { what: 'Never shown: partly met is in the report.', example: 'x' };
    return r;
  };

  it('lists the advice for criteria not met, wrapped within the width', () => {
    for (const width of [40, 80, 120]) {
      const out = lines(renderTerminalSummary(withAdvice(), { color: false, width }));
      const at = out.findIndex((l) => l.startsWith('What to publish'));
      expect(at, `${width}`).toBeGreaterThan(0);
      expect(out[at + 1]).toMatch(/^ {2}C3: A few/);
      const advice = out.slice(at + 1).filter((l) => /^ {2}C3: | {4}\S/.test(l));
      expect(advice.length).toBeLessThanOrEqual(3);
      expect(advice.join(' ').replace(/\s+/g, ' ')).toContain(width >= 80 ? 'anyone who was in care can ask' : 'A few sentences');
      for (const line of out) expect(visible(line), line).toBeLessThanOrEqual(width);
      expect(out.join('\n')).not.toContain('Never shown');
    }
  });

  it('says nothing when no criterion not met has advice', () => {
    expect(renderTerminalSummary(sampleReport, { color: false, width: 80 })).not.toContain('What to publish');
  });
});
