// junit.xml for a batch: one test suite per council, one test case per council x criterion.
import type { Status } from '../core/index.js';
import { STATUS_WORD, escapeXml as esc, junitCounts, junitOutcome, type JunitOutcome } from '../report/index.js';
import type { BatchSummary, SummarySite } from './summary.js';

function testcase(site: SummarySite, id: string, title: string): string {
  const open = `    <testcase classname="${esc(`batch.${site.slug}`)}" name="${esc(`${id} ${title}`)}" time="0">`;
  const status = site.criteria[id] as Status | undefined;
  const waived = site.waived?.[id];
  const note = waived ? ` (waived: ${waived})` : '';
  if (site.outcome !== 'audited' || status === undefined) {
    return `${open}\n      <error message="${esc(`could not audit: ${site.reason ?? site.outcome}`)}" type="${site.outcome}"/>\n    </testcase>`;
  }
  const message = esc(`${STATUS_WORD[status]}${note}: see ${site.slug}/report.html`);
  switch (status) {
    case 'met':
      return `${open}${waived ? `\n      <system-out>${esc(`waived: ${waived}`)}</system-out>\n    ` : ''}</testcase>`;
    case 'partial':
    case 'not_met':
      return `${open}\n      <failure message="${message}" type="${status}"/>\n    </testcase>`;
    case 'error':
      return `${open}\n      <error message="${message}" type="error"/>\n    </testcase>`;
    default:
      return `${open}\n      <skipped message="${message}"/>\n    </testcase>`;
  }
}

export function renderBatchJunit(s: BatchSummary): string {
  const criteria = s.criteriaList;
  let failures = 0;
  let errors = 0;
  let skipped = 0;
  const suites = s.sites.map((site) => {
    const cases = criteria.map((c) => testcase(site, c.id, c.title));
    const outcomes = criteria.map((c): JunitOutcome => {
      const status = site.criteria[c.id] as Status | undefined;
      return site.outcome !== 'audited' || status === undefined ? 'error' : junitOutcome(status);
    });
    const { failures: f, errors: e, skipped: k } = junitCounts(outcomes);
    failures += f;
    errors += e;
    skipped += k;
    return [
      `  <testsuite name="${esc(site.name ?? site.slug)}" tests="${cases.length}" failures="${f}" errors="${e}" skipped="${k}" time="0">`,
      ...cases,
      '  </testsuite>',
    ].join('\n');
  });
  const total = criteria.length * s.sites.length;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="atr-audit batch" tests="${total}" failures="${failures}" errors="${errors}" skipped="${skipped}" time="0">`,
    ...suites,
    '</testsuites>',
    '',
  ].join('\n');
}
