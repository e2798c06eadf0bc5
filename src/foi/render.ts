// The information request as plain text (to paste into an email or a web form) and as Markdown.
import type { Status } from '../core/index.js';
import { escapeMarkdown as md, STATUS_WORD } from '../report/index.js';
import { longDate, type InformationRequest } from './model.js';

interface Parts {
  to: string;
  subject: string;
  greeting: string;
  opening: string;
  items: string[];
  closing: string[];
  signOff: string;
  why: string[];
}

/** One line per criterion asked about, with its item numbers: "C5 Monitoring system: needs evidence (items 2-4)". */
function whyLines(r: InformationRequest): string[] {
  const numbers = new Map<string, number[]>();
  r.items.forEach((item, i) => numbers.set(item.criterion, [...(numbers.get(item.criterion) ?? []), i + 1]));
  return [...numbers].map(([id, ns]) => {
    const item = r.items.find((i) => i.criterion === id)!;
    const which = ns.length === 1 ? `item ${ns[0]}` : `items ${ns[0]}-${ns[ns.length - 1]}`;
    const status = STATUS_WORD[item.status as Status] ?? item.status;
    return item.status === 'met' ? `${id} ${item.title}: met in public, but ${which} is never published` : `${id} ${item.title}: ${status.toLowerCase()} (${which})`;
  });
}

function partsOf(r: InformationRequest): Parts {
  const org = r.organisation.name;
  const foi = r.kind === 'foi' && r.law;
  return {
    to: foi ? `Freedom of Information officer, ${org}` : org,
    subject: foi ? `Freedom of Information request: ${r.topic}` : `A request for information: ${r.topic}`,
    greeting: foi ? 'Dear Freedom of Information officer,' : `Dear ${org},`,
    opening: foi
      ? `Under the ${r.law!.act}, please send me the following information held by ${org}.`
      : `I am writing to ask for some information about ${r.topic} at ${org}. As a charity you are not covered by the Freedom of Information Act, so this is a request, not a legal demand, but I would be very grateful for your help. Could you please send me:`,
    items: r.items.map((i) => i.text),
    closing: [
      'If any of this is already published, a link to where it is will do. If you hold only part of it, please send the part you hold.',
      ...(foi ? ['If you consider any part exempt, please send the rest, and tell me which exemption you rely on and why.'] : []),
      'I am not asking for information about any individual.',
      foi
        ? `I would like the information by email, in an electronic format. I understand you should reply within ${r.law!.days} working days.`
        : 'A reply by email within a month would be very welcome. Thank you for your time.',
    ],
    signOff: foi ? 'Yours faithfully,' : 'Yours sincerely,',
    why: [
      `Why these items: an audit of what ${org} publishes, on ${longDate(r.auditedOn)} (atr-audit, ${r.ruleset.id} ${r.ruleset.version}), could not show them:`,
      ...whyLines(r),
    ],
  };
}

export function renderRequestText(r: InformationRequest): string {
  const p = partsOf(r);
  return [
    `To: ${p.to}`,
    `Subject: ${p.subject}`,
    '',
    p.greeting,
    '',
    p.opening,
    '',
    ...p.items.map((t, i) => `${i + 1}. ${t}`),
    '',
    ...p.closing.flatMap((c) => [c, '']),
    p.signOff,
    '',
    '[your name]',
    '[your email or postal address]',
    '',
    '---',
    ...p.why.map((w, i) => (i === 0 ? w : `- ${w}`)),
    '',
  ].join('\n');
}

export function renderRequestMarkdown(r: InformationRequest): string {
  const p = partsOf(r);
  return [
    `# ${md(p.subject)}`,
    '',
    `**To:** ${md(p.to)}`,
    '',
    md(p.greeting),
    '',
    md(p.opening),
    '',
    ...p.items.map((t, i) => `${i + 1}. ${md(t)}`),
    '',
    ...p.closing.flatMap((c) => [md(c), '']),
    md(p.signOff),
    '',
    '\\[your name\\]  ',
    '\\[your email or postal address\\]',
    '',
    '---',
    '',
    `*${md(p.why[0]!)}*`,
    '',
    ...p.why.slice(1).map((w) => `- ${md(w)}`),
    '',
  ].join('\n');
}
