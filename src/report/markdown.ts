// report.md: the same story as report.html for people who paste into issues, wikis and emails.
import { earlyStopSentence } from './budget-note.js';
import { networkSentences } from './network-note.js';
import { nationNotes, nationSentence } from './nation-note.js';
import { DEFAULT_LABELS, type ReportLabels } from './labels.js';
import type { AuditReport, CriterionVerdict, Evidence, Finding, PublishAdvice, Searched } from '../core/index.js';
import { escapeMarkdown as md, markdownAutolink, markdownLink as link } from './escape.js';
import {
  STATUS_ORDER,
  STATUS_SYMBOL,
  STATUS_WORD,
  reportAdvisories,
  criterionScoreText,
  incompleteReason,
  isoDate,
  needsWhereWeLooked,
  scoreText,
  verdictFindings,
} from './status.js';
import { levelNote, levelSentences } from './levels.js';
import { selfCheckMarkdown } from './evidence-markdown.js';

function evidenceLines(e: Evidence): string[] {
  const where = [md(e.location), e.kind.toUpperCase(), `fetched ${isoDate(e.fetchedAt)}`];
  if (e.screenshot) where.push(link('screenshot', e.screenshot));
  return [`> ${md(e.quote)}`, `>`, `> — ${link(e.title || e.url, e.url)} (${where.join(', ')})`, ''];
}

function findingLines(f: Finding): string[] {
  const out = [`- **${md(f.message)}** (\`${f.ruleId.replace(/`/g, "'")}\`, ${md(String(f.status))})`, ''];
  if (f.waiver) out.push(`  *Waived:* ${md(f.waiver.reason)} (${md(f.waiver.author)}, until ${f.waiver.expires})`, '');
  for (const e of f.evidence) out.push(...evidenceLines(e));
  return out;
}

function whereWeLooked(s: Searched): string[] {
  if (s.lookedFor) {
    const out = ['**Where we looked**', '', `- What we looked for: ${md(s.lookedFor)}`, `- ${md(s.where ?? `We visited ${s.pagesVisited} pages and read ${s.documentsRead} documents.`)}`];
    for (const u of s.urls) out.push(`- Read: ${markdownAutolink(u)}`);
    if (s.queries.length) {
      out.push('', "<details><summary>The rules' checks, in their own terms</summary>", '');
      for (const q of s.queries) out.push(`- ${md(q)}`);
      out.push('', '</details>');
    }
    return [...out, ''];
  }
  const out = [
    '**Where we looked**',
    '',
    `- ${s.pagesVisited} pages visited, ${s.documentsRead} documents read`,
    `- Document classes read: ${s.classesRead.length ? s.classesRead.map(md).join(', ') : 'none'}`,
  ];
  for (const q of s.queries) out.push(`- Looked for: ${md(q)}`);
  for (const u of s.urls) out.push(`- Read: ${markdownAutolink(u)}`);
  return [...out, ''];
}

function publishLines(p: PublishAdvice): string[] {
  return ['**What to publish**', '', md(p.what), '', `> For example: ${md(p.example)}`, ''];
}

function criterionSection(c: CriterionVerdict): string[] {
  const out = [`### ${md(c.id)} ${md(c.title)}: ${STATUS_SYMBOL[c.status]} ${STATUS_WORD[c.status]}`, '', md(c.summary), ''];
  if (c.uncertain) out.push(`**Not certain.** ${md(c.uncertain.replace(/^Not certain: /, ''))}`, '');
  for (const f of verdictFindings(c)) out.push(...findingLines(f));
  const also = c.alsoConsidered ?? [];
  if (also.length > 0) {
    out.push(`<details><summary>Also considered (${also.length}): weaker readings of the same pages, which the verdict above supersedes</summary>`, '');
    for (const f of also) out.push(...findingLines(f));
    out.push('</details>', '');
  }
  if (needsWhereWeLooked(c.status) && c.searched) out.push(...whereWeLooked(c.searched));
  if (c.status !== 'met' && c.publish) out.push(...publishLines(c.publish));
  return out;
}

function criteriaTable(criteria: CriterionVerdict[]): string[] {
  return [
    '| Criterion | Title | Status | Score | Summary |',
    '| --- | --- | --- | --- | --- |',
    ...criteria.map(
      (c) => `| ${md(c.id)} | ${md(c.title)} | ${STATUS_SYMBOL[c.status]} ${STATUS_WORD[c.status]} | ${criterionScoreText(c.score)} | ${md(c.summary)} |`,
    ),
    '',
  ];
}

function advisories(r: AuditReport): string[] {
  const rows = reportAdvisories(r);
  if (rows.length === 0) return [];
  const out = ['## Advisories', '', 'Warnings that do not change a status.', ''];
  for (const { c, f } of rows) {
    out.push(`- **${md(String(f.status))}** (${md(c.id)}) ${md(f.message)}`);
    if (f.correction) out.push(`  - Correct position: ${md(f.correction)}`);
    if (f.rewrite) out.push(`  - Plain rewrite: ${md(f.rewrite)}`);
    for (const e of f.evidence) out.push(`  - "${md(e.quote)}" — ${link(e.title || e.url, e.url)} (${md(e.location)})`);
  }
  return [...out, ''];
}

function ledger(r: AuditReport): string[] {
  const s = r.summary.sources;
  return [
    '## Sources',
    '',
    `${s.discovered} discovered: ${s.assessed} assessed, ${s.failed} failed, ${s.skipped} skipped.`,
    '',
    '| URL | Outcome | Reason | Class | Kind | HTTP |',
    '| --- | --- | --- | --- | --- | --- |',
    ...r.sources.map(
      (e) => `| ${markdownAutolink(e.url)} | ${e.outcome} | ${md(e.reason ?? '')} | ${e.class ?? ''} | ${e.kind ?? ''} | ${e.status ?? ''} |`,
    ),
    '',
  ];
}

function problems(r: AuditReport): string[] {
  const network = networkSentences(r).map((s) => `${md(s)}
`);
  if (r.problems.length === 0) return ['## Problems', '', ...network, 'None.', ''];
  return ['## Problems', '', ...network, ...r.problems.map((p) => `- **${p.kind}** ${markdownAutolink(p.url)}: ${md(p.message)}`), ''];
}

/** A pack scored by level: what the score is, then one line per level ([] for a pack with one score). */
function levelsMarkdown(s: AuditReport['summary']): string[] {
  const note = levelNote(s);
  return note ? [md(note), '', ...levelSentences(s).map((t) => `- ${md(t)}`), ''] : [];
}

export function renderMarkdown(r: AuditReport, labels: ReportLabels = DEFAULT_LABELS): string {
  const s = r.summary;
  const incomplete = s.complete ? '' : ` (incomplete: ${incompleteReason(r)})`;
  const out = [
    `# ${md(r.organisation.name)}: ${scoreText(s.score)}${incomplete}`,
    '',
    `- Website: ${markdownAutolink(r.organisation.url)}`,
    `- Audited: ${isoDate(r.finishedAt)} with atr-audit ${md(r.tool.version)}, rules ${md(r.ruleset.id)} ${md(r.ruleset.version)}`,
    `- ${md(labels.ready)}: ${s.clearmarkReady ? 'yes' : 'no'}${s.blocking.length ? ` (not yet met: ${md(s.blocking.join(', '))})` : ''}`,
    `- Met ${s.met}, partly met ${s.partial}, not met ${s.notMet}, needs evidence ${s.needsEvidence}, not applicable ${s.notApplicable}, error ${s.error}`,
    ...(nationSentence(r) ? [`- ${md(nationSentence(r)!)}`, ...nationNotes(r).map((n) => `  - ${md(n)}`)] : []),
    ...earlyStopSentence(r).map((t) => `- ${md(t)}`),
    ...r.packs.map((p) => `- Rule pack ${md(p.ruleset.id)} ${md(p.ruleset.version)}: ${scoreText(p.summary.score)}`),
    '',
    '## Criteria',
    '',
    ...levelsMarkdown(s),
    ...criteriaTable(r.criteria),
    ...r.criteria.flatMap(criterionSection),
    ...advisories(r),
    ...selfCheckMarkdown(r, labels),
    ...r.packs.flatMap((p) => [
      `## Rule pack ${md(p.ruleset.id)} ${md(p.ruleset.version)}: ${scoreText(p.summary.score)}`,
      '',
      ...levelsMarkdown(p.summary),
      ...criteriaTable(p.criteria),
    ]),
    ...ledger(r),
    ...problems(r),
    `Legend: ${STATUS_ORDER.map((st) => `${STATUS_SYMBOL[st]} ${STATUS_WORD[st]}`).join(' · ')}`,
    '',
  ];
  return out.join('\n');
}
