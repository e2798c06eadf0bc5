import type { PartResult } from './run-eval.js';

const fmt = (n: number | null): string => (n === null ? '-' : n.toFixed(2));
const LEVELS = ['met', 'partial', 'not_met', 'needs_evidence', 'error'];

/** eval.md: the figures, a confusion table per criterion and every disagreement with its evidence. */
export function renderEvalMarkdown(results: PartResult[], date: string): string {
  const out: string[] = [`# atr-audit accuracy on the labelled corpus (${date})`, ''];
  out.push('Presence = met or partial, against not_met / needs_evidence. Macro-F1 averages the criteria with at least one positive label.', '');
  out.push('| part | items | macro-F1 | exact agreement |', '| --- | ---: | ---: | ---: |');
  for (const r of results) out.push(`| ${r.part} | ${r.metrics.items} | ${fmt(r.metrics.macroF1)} | ${fmt(r.metrics.exactAgreement)} |`);
  for (const r of results) {
    out.push('', `## ${r.part}`, '', '| criterion | positives | precision | recall | F1 | exact |', '| --- | ---: | ---: | ---: | ---: | ---: |');
    for (const c of r.metrics.criteria) out.push(`| ${c.criterion} | ${c.positives} | ${fmt(c.precision)} | ${fmt(c.recall)} | ${fmt(c.f1)} | ${fmt(c.exact)} |`);
    out.push('', '### Confusion (rows: label, columns: tool)', '');
    for (const c of r.metrics.criteria) {
      out.push(`**${c.criterion}**`, '', `| label \\ tool | ${LEVELS.join(' | ')} |`, `| --- | ${LEVELS.map(() => '---:').join(' | ')} |`);
      for (const label of LEVELS.filter((l) => c.confusion[l])) out.push(`| ${label} | ${LEVELS.map((p) => c.confusion[label]?.[p] ?? 0).join(' | ')} |`);
      out.push('');
    }
    out.push(`### Disagreements (${r.disagreements.length})`, '');
    for (const d of r.disagreements) out.push(`- **${d.item} ${d.criterion}**: label ${d.label}, tool ${d.predicted}. Label: ${d.why ?? '-'} Tool: ${d.evidence}`);
    if (r.missedAdvisories.length) {
      out.push('', '### Advisories that differ', '');
      for (const a of r.missedAdvisories) out.push(`- ${a.item}: expected [${a.expected.join(', ')}], found [${a.found.join(', ')}]`);
    }
  }
  return `${out.join('\n')}\n`;
}

export function renderEvalTerminal(results: PartResult[]): string {
  const lines: string[] = [];
  for (const r of results) {
    lines.push(`${r.part}: ${r.metrics.items} items, macro-F1 ${fmt(r.metrics.macroF1)}, exact agreement ${fmt(r.metrics.exactAgreement)}`);
    lines.push('  criterion  pos  prec  rec   F1    exact');
    for (const c of r.metrics.criteria) {
      lines.push(`  ${c.criterion.padEnd(9)} ${String(c.positives).padStart(4)}  ${fmt(c.precision)}  ${fmt(c.recall)}  ${fmt(c.f1)}  ${fmt(c.exact)}`);
    }
    lines.push(`  ${r.disagreements.length} disagreements, ${r.missedAdvisories.length} items with different advisories`);
  }
  return `${lines.join('\n')}\n`;
}
