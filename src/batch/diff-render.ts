// diff output: terminal (plain text), Markdown (for a CI job summary) and JSON.
import { escapeMarkdown, markdownAutolink } from '../report/index.js';
import type { CouncilDiff, CriterionChange, DiffResult, EvidenceChange } from './diff.js';

const st = (s: string | null): string => (s === null ? '(none)' : s.replace('_', ' '));
const q = (e: EvidenceChange): string => `${e.ruleId}${e.url ? ` at ${e.url}` : ''}${e.quote ? `: "${e.quote}"` : ''}`;

function criterionLines(c: CriterionChange, bullet: string, code: (s: string) => string): string[] {
  const head = c.from === c.to ? `${c.id}: ${st(c.to)} (evidence changed)` : `${c.id}: ${st(c.from)} -> ${st(c.to)}${c.regression ? ' REGRESSION' : ''}`;
  const lines = [`${bullet}${code(head)}`];
  if (c.waiverFrom !== c.waiverTo) lines.push(`    ${bullet}waiver: ${code(`${c.waiverFrom ?? '(none)'} -> ${c.waiverTo ?? '(none)'}`)}`);
  for (const e of c.appeared) lines.push(`    ${bullet}+ evidence appeared: ${code(q(e))}`);
  for (const e of c.disappeared) lines.push(`    ${bullet}- evidence disappeared: ${code(q(e))}`);
  return lines;
}

function councilLines(c: CouncilDiff, md: boolean): string[] {
  const bullet = md ? '- ' : '';
  // Names, quotes and URLs come from audited pages: in Markdown they are escaped, links http(s) only.
  const text = md ? escapeMarkdown : (s: string): string => s;
  const url = md ? markdownAutolink : (s: string): string => s;
  const score = `${c.scoreFrom ?? 'none'} -> ${c.scoreTo ?? 'none'}`;
  const who = text(`${c.name} (${c.slug})`);
  const title = c.presence === 'added' ? `${who}: new in this run` : c.presence === 'removed' ? `${who}: no report in the new run` : `${who}: score ${score}`;
  const lines = [md ? `### ${title}` : title];
  for (const p of c.packScores ?? []) lines.push(`${md ? bullet : '  '}${text(`${p.ruleset} score ${p.from ?? 'none'} -> ${p.to ?? 'none'}`)}`);
  for (const cr of c.criteria) lines.push(...criterionLines(cr, md ? '- ' : '  ', text));
  for (const u of c.documentsNew) lines.push(`${md ? bullet : '  '}document new: ${url(u)}`);
  for (const u of c.documentsGone) lines.push(`${md ? bullet : '  '}document gone: ${url(u)}`);
  for (const u of c.documentsChanged) lines.push(`${md ? bullet : '  '}document changed: ${url(u)}`);
  return lines;
}

const headline = (d: DiffResult): string =>
  `${d.changes} ${d.changes === 1 ? 'council' : 'councils'} changed, ${d.regressions} ${d.regressions === 1 ? 'regression' : 'regressions'}, ${d.newFindings} new ${d.newFindings === 1 ? 'finding' : 'findings'}`;

export function renderDiffTerminal(d: DiffResult): string {
  if (d.councils.length === 0) return 'No changes.\n';
  return `${[headline(d), '', ...d.councils.flatMap((c) => [...councilLines(c, false), ''])].join('\n')}`;
}

export function renderDiffMarkdown(d: DiffResult): string {
  if (d.councils.length === 0) return '## atr-audit diff\n\nNo changes.\n';
  return `${['## atr-audit diff', '', `**${headline(d)}**`, '', ...d.councils.flatMap((c) => [...councilLines(c, true), ''])].join('\n')}`;
}

export function renderDiffJson(d: DiffResult): string {
  return `${JSON.stringify(d, null, 2)}\n`;
}
