// Inline CSS shared by report.html and the demo index: no external requests, print-friendly,
// and every status readable without colour (symbol + word are always printed).
export const HTML_STYLE = `
:root { --fg: #1b1b1b; --muted: #505a5f; --line: #b1b4b6; --bg-soft: #f3f2f1; --link: #1d4f91; }
* { box-sizing: border-box; }
body { font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: var(--fg); background: #fff; margin: 0; }
main { max-width: 62rem; margin: 0 auto; padding: 1rem 1.25rem 3rem; }
a { color: var(--link); }
a:focus { outline: 3px solid #ffdd00; outline-offset: 1px; }
h1 { font-size: 1.75rem; margin: .5rem 0; }
h2 { font-size: 1.35rem; margin-top: 2rem; border-bottom: 2px solid var(--line); padding-bottom: .2rem; }
h3 { font-size: 1.15rem; margin-top: 1.5rem; }
.meta { display: grid; grid-template-columns: max-content 1fr; gap: .15rem 1rem; margin: .5rem 0 1rem; }
.meta dt { font-weight: 600; }
.meta dd { margin: 0; }
.score { font-size: 1.4rem; font-weight: 700; }
.flag { display: inline-block; border: 2px solid currentColor; border-radius: 3px; padding: 0 .35rem; font-size: .85rem; font-weight: 700; vertical-align: middle; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; }
th, td { text-align: left; vertical-align: top; border: 1px solid var(--line); padding: .35rem .5rem; }
th { background: var(--bg-soft); }
td.num { text-align: right; white-space: nowrap; }
.badge { display: inline-block; white-space: nowrap; font-weight: 700; border: 2px solid; border-radius: 3px; padding: 0 .4rem; }
.st-met { color: #0b5d1e; background: #e3f3e6; border-color: #0b5d1e; }
.st-partial { color: #6b4100; background: #fff2d6; border-color: #8a5300; }
.st-not_met { color: #8f1010; background: #fde6e6; border-color: #8f1010; }
.st-needs_evidence { color: #0b4f7a; background: #e2f0fa; border-color: #0b4f7a; }
.st-not_applicable { color: #3d4447; background: #eeeff0; border-color: #505a5f; }
.st-error { color: #5c1a75; background: #f1e6f6; border-color: #5c1a75; }
.sev-high { color: #8f1010; border-color: #8f1010; }
.sev-medium { color: #6b4100; border-color: #8a5300; }
.sev-low, .sev-info { color: #3d4447; border-color: #505a5f; }
.criterion { border-left: 6px solid var(--line); padding-left: 1rem; margin: 1.5rem 0; break-inside: avoid-page; }
.criterion[data-status="met"] { border-left-color: #0b5d1e; }
.criterion[data-status="partial"] { border-left-color: #8a5300; }
.criterion[data-status="not_met"] { border-left-color: #8f1010; }
.criterion[data-status="needs_evidence"] { border-left-color: #0b4f7a; }
.criterion[data-status="error"] { border-left-color: #5c1a75; }
.finding { margin: .75rem 0; }
.finding-head { font-weight: 600; }
.rule { color: var(--muted); font-family: ui-monospace, Consolas, monospace; font-size: .85rem; }
blockquote { margin: .5rem 0; padding: .5rem .75rem; background: #fffbe6; border-left: 4px solid #8a5300; break-inside: avoid; }
blockquote p { margin: 0; }
.src { margin: .25rem 0 .75rem; font-size: .9rem; color: var(--muted); }
.ev-with-shot { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: 1rem; align-items: start; }
.shot { margin: .5rem 0; }
.shot img { max-width: 100%; height: auto; border: 1px solid var(--line); }
@media (max-width: 45rem) { .ev-with-shot { grid-template-columns: 1fr; } }
/* WCAG 1.4.10 reflow: on a narrow screen (320 px) each row of a .reflow table becomes a block and
   each cell names its column, so nothing scrolls sideways. */
@media (max-width: 40rem) {
  table.reflow, table.reflow tbody, table.reflow tr, table.reflow td, table.reflow th { display: block; width: 100%; }
  table.reflow thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); }
  table.reflow tr { border: 1px solid var(--line); margin: 0 0 .6rem; }
  table.reflow td, table.reflow th { border: 0; border-bottom: 1px solid var(--bg-soft); }
  table.reflow td[data-label]::before { content: attr(data-label) ": "; font-weight: 600; }
  table.reflow td.num { text-align: left; }
  .meta { grid-template-columns: 1fr; }
}
main, td, th, blockquote, li, dd { overflow-wrap: anywhere; }
.vh { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
main.wide { max-width: 80rem; }
table.demo th[scope="row"] { min-width: 16rem; }
table.demo td { text-align: center; }
.looked { background: var(--bg-soft); border: 1px solid var(--line); padding: .5rem .9rem; margin: .75rem 0; }
.looked h4 { margin: .25rem 0; }
.looked ul { margin: .25rem 0; padding-left: 1.25rem; }
.publish { border: 1px solid #0b5d1e; padding: .5rem .9rem; margin: .75rem 0; }
.publish h4 { margin: .25rem 0; }
blockquote.example { background: #e3f3e6; border-left-color: #0b5d1e; }
.correction { font-weight: 600; }
.legend { display: flex; flex-wrap: wrap; gap: .4rem 1rem; padding: 0; list-style: none; }
.url { word-break: break-all; }
details summary { cursor: pointer; font-weight: 600; }
footer { margin-top: 3rem; color: var(--muted); font-size: .85rem; }
@media print {
  body { font-size: 11pt; }
  main { max-width: none; padding: 0; }
  a { color: inherit; }
  .badge, .flag { background: none !important; }
  details > summary { list-style: none; }
  details::details-content { content-visibility: visible; display: block; }
  h2, h3 { break-after: avoid-page; }
}
`;
