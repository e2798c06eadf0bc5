export interface RuleProblem {
  file: string;
  line: number;
  col: number;
  message: string;
  hint?: string;
}

export class RuleLoadError extends Error {
  constructor(readonly problems: RuleProblem[]) {
    super(problems.map(formatRuleProblem).join('\n'));
    this.name = 'RuleLoadError';
  }
}

export function formatRuleProblem(p: RuleProblem): string {
  return `${p.file}:${p.line}:${p.col} ${p.message}${p.hint ? `\n  hint: ${p.hint}` : ''}`;
}
