// junit.xml: one test case per criterion so CI dashboards show the audit like a test run.
// not_met/partial fail, error errors, needs_evidence/not_applicable are skipped with the reason.
import type { AuditReport, CriterionVerdict, Status } from '../core/index.js';
import { escapeXml } from './escape.js';
import { STATUS_WORD, firstEvidence, scoreText } from './status.js';

interface Suite {
  rulesetId: string;
  criteria: CriterionVerdict[];
  score: number | null;
}

const attr = (value: string | number): string => `"${escapeXml(String(value))}"`;

function details(c: CriterionVerdict): string {
  const lines = [`${c.id} ${c.title}: ${STATUS_WORD[c.status]}`, c.summary];
  for (const f of c.findings) {
    lines.push(`- [${f.kind} ${f.status}] ${f.message} (${f.ruleId})${f.waiver ? ` [waived: ${f.waiver.reason}, ${f.waiver.author}, until ${f.waiver.expires}]` : ''}`);
    for (const e of f.evidence) lines.push(`    "${e.quote}" (${e.url}, ${e.location})`);
  }
  if (c.searched) {
    lines.push(`Where we looked: ${c.searched.where ?? `${c.searched.pagesVisited} pages visited, ${c.searched.documentsRead} documents read`}`);
    if (c.searched.lookedFor) lines.push(`What we looked for: ${c.searched.lookedFor}`);
    for (const q of c.searched.queries) lines.push(`  query: ${q}`);
    for (const u of c.searched.urls) lines.push(`  read: ${u}`);
  }
  if (c.publish && c.status !== 'met') lines.push(`What to publish: ${c.publish.what}`, `For example: "${c.publish.example}"`);
  return escapeXml(lines.join('\n'));
}

function testcase(c: CriterionVerdict, classname: string): string {
  const open = `    <testcase classname=${attr(classname)} name=${attr(`${c.id} ${c.title}`)} time="0">`;
  const message = attr(`${STATUS_WORD[c.status]}: ${c.summary}`);
  switch (c.status) {
    case 'met': {
      const e = firstEvidence(c);
      const waived = c.findings.filter((f) => f.waiver).map((f) => `\nwaived: ${f.ruleId}: ${f.waiver!.reason} (${f.waiver!.author}, until ${f.waiver!.expires})`);
      const text = `${e ? `"${e.quote}" (${e.url}, ${e.location})` : ''}${waived.join('')}`;
      const out = text ? `\n      <system-out>${escapeXml(text)}</system-out>\n    ` : '';
      return `${open}${out}</testcase>`;
    }
    case 'partial':
    case 'not_met':
      return `${open}\n      <failure message=${message} type=${attr(c.status)}>${details(c)}</failure>\n    </testcase>`;
    case 'error':
      return `${open}\n      <error message=${message} type="error">${details(c)}</error>\n    </testcase>`;
    case 'needs_evidence':
    case 'not_applicable':
      return `${open}\n      <skipped message=${message}/>\n    </testcase>`;
  }
}

export type JunitOutcome = 'passed' | 'failure' | 'error' | 'skipped';

/** How a criterion status shows in JUnit: not met and partly met fail, error errors, the rest skip. */
export function junitOutcome(status: Status): JunitOutcome {
  if (status === 'met') return 'passed';
  if (status === 'partial' || status === 'not_met') return 'failure';
  return status === 'error' ? 'error' : 'skipped';
}

/** The failures/errors/skipped counts JUnit readers total up. */
export function junitCounts(outcomes: JunitOutcome[]): { failures: number; errors: number; skipped: number } {
  const n = (o: JunitOutcome): number => outcomes.filter((x) => x === o).length;
  return { failures: n('failure'), errors: n('error'), skipped: n('skipped') };
}

function tally(criteria: CriterionVerdict[]): string {
  const { failures, errors, skipped } = junitCounts(criteria.map((c) => junitOutcome(c.status)));
  return `tests="${criteria.length}" failures="${failures}" errors="${errors}" skipped="${skipped}" time="0"`;
}

function suite(s: Suite, r: AuditReport): string {
  const classname = `${s.rulesetId}.${r.organisation.slug}`;
  return [
    `  <testsuite name=${attr(`${s.rulesetId}: ${r.organisation.name}`)} ${tally(s.criteria)} timestamp=${attr(r.finishedAt)}>`,
    '    <properties>',
    `      <property name="organisation" value=${attr(r.organisation.name)}/>`,
    `      <property name="url" value=${attr(r.organisation.url)}/>`,
    `      <property name="score" value=${attr(scoreText(s.score))}/>`,
    '    </properties>',
    ...s.criteria.map((c) => testcase(c, classname)),
    '  </testsuite>',
  ].join('\n');
}

export function renderJunit(r: AuditReport): string {
  const suites: Suite[] = [
    { rulesetId: r.ruleset.id, criteria: r.criteria, score: r.summary.score },
    ...r.packs.map((p) => ({ rulesetId: p.ruleset.id, criteria: p.criteria, score: p.summary.score })),
  ];
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name=${attr(`atr-audit ${r.organisation.name}`)} ${tally(suites.flatMap((s) => s.criteria))}>`,
    ...suites.map((s) => suite(s, r)),
    '</testsuites>',
    '',
  ].join('\n');
}
