// The stderr summary: one line per criterion, then the score. Colour is an extra, never the
// message: the status word is always printed, and with colour off the output is plain ASCII.
import { Chalk, type ChalkInstance } from 'chalk';
import { DEFAULT_LABELS, type ReportLabels } from './labels.js';
import { normaliseWhitespace } from '../core/index.js';
import type { AuditReport, CriterionVerdict, Status } from '../core/index.js';
import { networkSentences } from './network-note.js';
import { budgetSentences, earlyStopSentence } from './budget-note.js';
import { attentionLines } from './attention.js';
import { nationSentence } from './nation-note.js';
import { STATUS_ASCII, STATUS_SYMBOL, STATUS_WORD, firstEvidence, incompleteReason, scoreText } from './status.js';
import { levelSentences } from './levels.js';
import { publishLines } from './publish-note.js';

export interface TerminalOptions {
  color: boolean;
  /** columns available; every line is cut to fit. Default 80. */
  width?: number;
  /** the pack's report words (pack.yaml labels) */
  labels?: ReportLabels;
}

const COLOUR: Record<Status, (c: ChalkInstance) => ChalkInstance> = {
  met: (c) => c.green,
  partial: (c) => c.yellow,
  not_met: (c) => c.red,
  needs_evidence: (c) => c.cyan,
  not_applicable: (c) => c.gray,
  error: (c) => c.magenta,
};

const TITLE_MAX = 30;
const MIN_INLINE_EVIDENCE = 50;
const EVIDENCE_INDENT = '      ';
const WORD_WIDTH = Math.max(...Object.values(STATUS_WORD).map((w) => w.length));

/** Typographic punctuation a plain terminal may garble, mapped to ASCII. */
function asciiPunctuation(text: string): string {
  return text
    .replace(/[\u2018\u2019\u201a\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201e\u2033]/g, '"')
    .replace(/[\u2013\u2014\u2212]/g, '-')
    .replace(/\u2026/g, '...')
    .replace(/[\u00a0\u2000-\u200b\u202f]/g, ' ')
    .replace(/[\u2022\u00b7]/g, '*');
}

/**
 * Text from web pages must not steer the terminal: drop control characters (ESC sequences
 * included) and keep everything on one line.
 */
function safeLine(text: string): string {
  // eslint-disable-next-line no-control-regex
  return normaliseWhitespace(text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, ''));
}

const len = (s: string): number => [...s].length;

/** Cut to `max` visible characters, marking the cut. */
function fit(text: string, max: number, ellipsis: string): string {
  if (max <= 0) return '';
  if (len(text) <= max) return text;
  if (max <= len(ellipsis)) return [...text].slice(0, max).join('');
  return [...text].slice(0, max - len(ellipsis)).join('').trimEnd() + ellipsis;
}

function pad(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - len(text)));
}

function evidenceText(c: CriterionVerdict): string {
  const e = firstEvidence(c);
  if (e) return `"${e.quote}"`;
  // A criterion of warnings (legal-accuracy) short of met: the first warning's quote.
  const warned = c.status === 'not_met' || c.status === 'partial' ? c.findings.find((f) => f.kind === 'advisory' && f.evidence[0]) : undefined;
  if (warned && c.findings.every((f) => f.kind === 'advisory')) return `warning: "${warned.evidence[0]!.quote}"`;
  if (c.status === 'not_met' && c.searched) {
    const { documentsRead: n, pagesVisited: p } = c.searched;
    const more = c.uncertain ? ' (not certain: the crawl budget ran out)' : '';
    if (n === 0) return `not found; ${p} page${p === 1 ? '' : 's'} visited, none in scope${more}`;
    return `not found; looked in ${n} document${n === 1 ? '' : 's'}${more}`;
  }
  return c.summary;
}

export function renderTerminalSummary(r: AuditReport, opts: TerminalOptions): string {
  const width = Math.max(20, opts.width ?? 80);
  const chalk = new Chalk({ level: opts.color ? 1 : 0 });
  const plain = opts.color ? safeLine : (s: string): string => asciiPunctuation(safeLine(s));
  const ellipsis = opts.color ? '…' : '...';
  const symbol = (s: Status): string => (opts.color ? STATUS_SYMBOL[s] : STATUS_ASCII[s]);
  const titleWidth = Math.min(TITLE_MAX, Math.max(0, ...r.criteria.map((c) => len(plain(c.title)))));
  const idWidth = Math.max(0, ...r.criteria.map((c) => len(plain(c.id))));

  const lines: string[] = [];
  const header = plain(`${r.organisation.name} - ${r.ruleset.id} ${r.ruleset.version}`);
  lines.push(chalk.bold(fit(header, width, ellipsis)));

  for (const c of r.criteria) {
    // Lay the line out in plain text first so the width is exact, then colour the pieces.
    const sym = symbol(c.status);
    const id = pad(plain(c.id), idWidth);
    const title = pad(fit(plain(c.title), titleWidth, ellipsis), titleWidth);
    const word = pad(`${STATUS_WORD[c.status]}${c.waived || c.findings.some((f) => f.waiver) ? '*' : ''}`, WORD_WIDTH + 1);
    const head = `${sym} ${id} ${title} ${word} `;
    if (len(head) > width) {
      lines.push(fit(`${sym} ${plain(c.id)} ${STATUS_WORD[c.status]}`, width, ellipsis));
      continue;
    }
    const tint = COLOUR[c.status](chalk);
    const inline = width - len(head);
    if (inline >= MIN_INLINE_EVIDENCE) {
      lines.push(`${tint(sym)} ${chalk.bold(id)} ${title} ${tint(word)} ${chalk.dim(fit(plain(evidenceText(c)), inline, ellipsis))}`.trimEnd());
    } else {
      // A narrow terminal: the evidence gets a line of its own rather than a few clipped words.
      lines.push(`${tint(sym)} ${chalk.bold(id)} ${title} ${tint(word)}`.trimEnd());
      lines.push(`${EVIDENCE_INDENT}${chalk.dim(fit(plain(evidenceText(c)), width - len(EVIDENCE_INDENT), ellipsis))}`);
    }
  }

  const s = r.summary;
  const incomplete = s.complete ? '' : ` (incomplete: ${incompleteReason(r)})`;
  const sep = opts.color ? ' · ' : ' - ';
  lines.push(fit(plain(`Score ${scoreText(s.score)}${incomplete}`) + `${sep}${plain((opts.labels ?? DEFAULT_LABELS).ready)}: ${s.clearmarkReady ? 'yes' : 'no'}`, width, ellipsis));
  for (const sentence of levelSentences(s)) lines.push(fit(`  ${plain(sentence)}`, width, ellipsis));
  if (r.criteria.some((c) => c.waived || c.findings.some((f) => f.waiver))) lines.push(fit('* covered by a human waiver: see the report for the reason', width, ellipsis));
  for (const p of r.packs) {
    lines.push(fit(`Also ${plain(`${p.ruleset.id} ${p.ruleset.version}`)}: ${scoreText(p.summary.score)}${p.summary.complete ? '' : ' (incomplete)'}`, width, ellipsis));
    for (const sentence of levelSentences(p.summary)) lines.push(fit(`  ${plain(sentence)}`, width, ellipsis));
  }
  const nation = nationSentence(r);
  if (nation) lines.push(fit(plain(nation), width, ellipsis));
  for (const sentence of [...budgetSentences(r), ...earlyStopSentence(r)]) lines.push(fit(plain(sentence), width, ellipsis));
  for (const line of attentionLines(r)) lines.push(fit(`${line.startsWith('  ') ? '  ' : ''}${plain(line)}`, width, ellipsis));
  for (const line of publishLines(r, width, ellipsis)) lines.push(fit(`${/^ */.exec(line)![0]}${plain(line)}`, width, ellipsis));
  for (const sentence of networkSentences(r)) lines.push(fit(plain(sentence), width, ellipsis));
  return `${lines.join('\n')}\n`;
}
