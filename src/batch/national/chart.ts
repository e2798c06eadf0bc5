// Scores over time as a small inline SVG line, always with a table beside it that says the same
// (the chart is decoration for those who can see it; the table is the text equivalent).
import { escapeHtml as esc } from '../../report/index.js';
import type { ScorePoint } from './history.js';

const W = 480;
const H = 160;
const PAD = 20;

/** An SVG line of scores (0-100) over runs; '' for fewer than two scored runs. */
export function scoreLineSvg(points: ScorePoint[], label: string): string {
  const scored = points.filter((p): p is { date: string; score: number } => p.score !== null);
  if (scored.length < 2) return '';
  const x = (i: number): number => PAD + (i * (W - 2 * PAD)) / (scored.length - 1);
  const y = (s: number): number => H - PAD - (s / 100) * (H - 2 * PAD);
  // The first and last dates are written inwards from their point, so they stay inside the picture.
  const anchor = (i: number): string => (i === 0 ? 'start' : i === scored.length - 1 ? 'end' : 'middle');
  const line = scored.map((p, i) => `${x(i).toFixed(1)},${y(p.score).toFixed(1)}`).join(' ');
  const dots = scored
    .map((p, i) => `<circle cx="${x(i).toFixed(1)}" cy="${y(p.score).toFixed(1)}" r="3" fill="#1d4f91"/><text x="${x(i).toFixed(1)}" y="${(y(p.score) - 8).toFixed(1)}" text-anchor="middle" font-size="11">${p.score}</text><text x="${x(i).toFixed(1)}" y="${H - 8}" text-anchor="${anchor(i)}" font-size="10">${esc(p.date)}</text>`)
    .join('');
  return `<svg role="img" aria-label="${esc(label)}" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" class="chart" xmlns="http://www.w3.org/2000/svg"><title>${esc(label)}</title><line x1="${PAD}" y1="${H - PAD}" x2="${W - PAD}" y2="${H - PAD}" stroke="#555"/><polyline points="${line}" fill="none" stroke="#1d4f91" stroke-width="2"/>${dots}</svg>`;
}

/** The same scores as a table. */
export function scoreTable(points: ScorePoint[], caption: string): string {
  const rows = points.map((p) => `<tr><td>${esc(p.date)}</td><td>${p.score === null ? 'no score' : p.score}</td></tr>`).join('');
  return `<table><caption>${esc(caption)}</caption><thead><tr><th scope="col">Run</th><th scope="col">Score</th></tr></thead><tbody>${rows}</tbody></table>`;
}
