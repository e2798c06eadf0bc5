// One verdict, no contradictions under it. Rules come in ladders (a "met" rule and a weaker
// "partial" one for the same thing), so a page that meets the criterion often also matches the
// weaker rule, whose message then contradicts the verdict ("no way to ask is given here" beside
// "gives a way to ask"; "long or hard to read" beside a plain guide). A weaker finding about a
// document that a stronger finding already judged is set aside ("also considered"); weaker
// findings about other documents stay, after the ones that decided the status.
import type { Finding } from '../core/index.js';

const LEVEL_RANK: Record<string, number> = { met: 2, partial: 1 };
const rank = (f: Finding): number => LEVEL_RANK[String(f.status)] ?? 0;

export interface SeparatedFindings {
  /** the findings the status rests on first (strongest level), then other documents' weaker findings */
  shown: Finding[];
  /** weaker findings about a document a stronger finding already judged: the verdict supersedes them */
  alsoConsidered: Finding[];
}

/** `verdicts` sorted strongest level first (rule order within a level), as scorePack sorts them. */
export function separateContradicted(verdicts: Finding[]): SeparatedFindings {
  const shown: Finding[] = [];
  const alsoConsidered: Finding[] = [];
  for (const f of verdicts) {
    const urls = new Set(f.evidence.map((e) => e.url));
    const superseded = shown.some((s) => rank(s) > rank(f) && s.evidence.some((e) => urls.has(e.url)));
    (superseded ? alsoConsidered : shown).push(f);
  }
  return { shown, alsoConsidered };
}
