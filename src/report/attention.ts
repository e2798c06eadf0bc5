// What a reader of the terminal summary must not miss, beyond the verdicts: wording that is out of
// date or misleading (advisories), documents we could not read, and our own outputs we skipped.
import type { AuditReport, Problem } from '../core/index.js';
import { reportAdvisories } from './status.js';

const MAX_LISTED = 5;
const SEVERITY_RANK: Record<string, number> = { high: 0, medium: 1, low: 2, info: 3 };
/** Problems that mean a document was found and not read. */
const UNREAD_KINDS = new Set<Problem['kind']>(['unsupported-type', 'parse-error', 'too-large']);
const OWN_OUTPUT = 'own-output';

/** The last part of an address, readable: "leaflet.odt", or the path for a web page. */
function shortName(url: string): string {
  try {
    const u = new URL(url);
    const parts = u.pathname.split('/').filter(Boolean);
    const last = parts.at(-1) ?? u.pathname;
    return decodeURIComponent(u.protocol === 'file:' ? last : u.pathname || last);
  } catch {
    return url;
  }
}

/** Lines (without indentation or colour) for the terminal summary; empty when nothing needs saying. */
export function attentionLines(r: AuditReport): string[] {
  const lines: string[] = [];
  const advisories = reportAdvisories(r).sort((a, b) => (SEVERITY_RANK[String(a.f.status)] ?? 9) - (SEVERITY_RANK[String(b.f.status)] ?? 9));
  if (advisories.length > 0) {
    lines.push(`Out-of-date or misleading wording (${advisories.length}):`);
    for (const { c, f } of advisories.slice(0, MAX_LISTED)) {
      const where = f.evidence[0] ? ` (${shortName(f.evidence[0].url)})` : '';
      lines.push(`  ${String(f.status)} ${c.id}: ${f.message}${where}`);
    }
    if (advisories.length > MAX_LISTED) lines.push(`  and ${advisories.length - MAX_LISTED} more in the report`);
  }
  const unread = r.problems.filter((p) => UNREAD_KINDS.has(p.kind));
  if (unread.length > 0) {
    lines.push(`Documents we could not read (${unread.length}), which may hold evidence:`);
    for (const p of unread.slice(0, MAX_LISTED)) lines.push(`  ${shortName(p.url)}: ${p.message}`);
    if (unread.length > MAX_LISTED) lines.push(`  and ${unread.length - MAX_LISTED} more under Problems in the report`);
  }
  const own = r.sources.filter((s) => s.reason === OWN_OUTPUT);
  if (own.length > 0) {
    const names = own.slice(0, 3).map((s) => shortName(s.url)).join(', ');
    lines.push(`Not read, being atr-audit's own output (earlier reports, saved crawls): ${own.length} (${names}${own.length > 3 ? ', ...' : ''})`);
  }
  return lines;
}
