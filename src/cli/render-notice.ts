import type { AuditReport } from '../core/index.js';

const SHOWN = 5;

/** Terminal lines naming pages that needed a browser and were read without one ('' when none). */
export function renderNotice(report: AuditReport): string {
  const pages = report.problems.filter((p) => p.kind === 'render-unavailable' && !p.message.startsWith('no screenshot'));
  if (pages.length === 0) return '';
  const lines = [`\n${pages.length} page${pages.length === 1 ? '' : 's'} may be incomplete (built by script, read without a browser):`];
  for (const p of pages.slice(0, SHOWN)) lines.push(`  ${p.url}`);
  if (pages.length > SHOWN) lines.push(`  ... and ${pages.length - SHOWN} more (see "problems" in report.json)`);
  lines.push(`  why: ${pages[0]!.message}`);
  lines.push('  Criteria that depend on them are marked "error", not "not met". Run `atr-audit doctor` to check the browser.');
  return `${lines.join('\n')}\n`;
}
