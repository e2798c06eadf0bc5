// Which nation's rules were applied and why, in one sentence, plus the packs' notes for that
// nation: shared by the terminal, Markdown and HTML reports.
import type { AuditReport } from '../core/index.js';

export function nationSentence(r: AuditReport): string | undefined {
  const j = r.jurisdiction;
  if (!j) return undefined;
  if (j.nation === null) return `Nation: not known, so no nation's own rules were applied. ${j.reason}`;
  return `Nation's rules applied: ${j.reason}`;
}

export function nationNotes(r: AuditReport): string[] {
  return r.jurisdiction?.notes ?? [];
}
