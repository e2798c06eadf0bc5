// What the auditor would not reach, in plain sentences: shared by the terminal, Markdown and HTML
// reports so a reader of any of them knows how the audit was confined.
import type { AuditReport } from '../core/index.js';

const REFUSAL_WORDS: Record<string, [string, string]> = {
  webrtc: ['WebRTC channel', 'WebRTC channels'],
  websocket: ['WebSocket', 'WebSockets'],
  download: ['download', 'downloads'],
  popup: ['popup window', 'popup windows'],
  method: ['form post', 'form posts'],
  address: ['request to a private address', 'requests to private addresses'],
};

const counted = (n: number, [one, many]: [string, string]): string => `${n} ${n === 1 ? one : many}`;

export function networkSentences(r: AuditReport): string[] {
  const out: string[] = [];
  if (r.network?.allowPrivate) {
    out.push('Private and loopback addresses could be reached (--allow-private): an intranet audit.');
  } else {
    const refused = new Set(r.problems.filter((p) => p.kind === 'refused').map((p) => p.url)).size;
    if (refused > 0) out.push(`${counted(refused, ['address was', 'addresses were'])} refused: private, loopback or metadata addresses, or a redirect off the organisation's domain (see Problems).`);
  }
  const browser = Object.entries(r.network?.browserRefused ?? {}).filter(([, n]) => n > 0);
  if (browser.length > 0) {
    const parts = browser.map(([kind, n]) => counted(n, REFUSAL_WORDS[kind] ?? [kind, kind]));
    out.push(`Rendered pages tried, and the browser refused: ${parts.join(', ')}.`);
  }
  return out;
}
