// evidence-pack.docx: the same content as the HTML, as a Word document a council can edit and send.
import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { escapeXml } from '../report/index.js';
import { evaluationLines, QUARTER_HEADER, quarterRows, readabilityLines, requestLines } from './figure-lines.js';
import type { PackModel, PackQuote } from './model.js';
import { withFixedZipDates } from './zip-dates.js';

const heading = (text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel]): Paragraph => new Paragraph({ text, heading: level });
const para = (text: string): Paragraph => new Paragraph({ text });
const bullets = (items: string[]): Paragraph[] => items.map((text) => new Paragraph({ text, bullet: { level: 0 } }));

function quoteParas(qs: PackQuote[]): Paragraph[] {
  return qs.flatMap((q) => [
    new Paragraph({ indent: { left: 567 }, children: [new TextRun({ text: `“${q.quote}”`, italics: true })] }),
    new Paragraph({ indent: { left: 567 }, children: [new TextRun({ text: `— ${q.title} (${q.location}, ${q.kind.toUpperCase()}, read ${q.fetchedAt.slice(0, 10)}) ${/^https?:\/\//i.test(q.url) ? q.url : ''}`.trimEnd(), size: 18 })] }),
  ]);
}

function table(header: string[], rows: string[][]): Table {
  const row = (cells: string[], bold = false): TableRow =>
    new TableRow({ children: cells.map((c) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text: c, bold })] })] })) });
  return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [row(header, true), ...rows.map((r) => row(r))] });
}

function body(m: PackModel, title: string): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [
    heading(title, HeadingLevel.TITLE),
    para(`${m.organisation.name} (${m.organisation.url}), audited on ${m.auditedOn} against ${m.ruleset.id} ${m.ruleset.version}. Score ${m.score === null ? 'none' : `${m.score}/100`}. ${m.readyLabel}: ${m.ready ? 'yes' : 'not yet'}.`),
    heading('Summary', HeadingLevel.HEADING_1),
    table(['Criterion', 'Status', 'What we found'], m.criteria.map((c) => [`${c.id} ${c.title}`, c.statusWord, c.summary])),
  ];
  for (const c of m.criteria) {
    out.push(heading(`${c.id} ${c.title}: ${c.statusWord}`, HeadingLevel.HEADING_1), para(c.summary));
    if (c.found.length) {
      out.push(heading('Evidence found', HeadingLevel.HEADING_2));
      for (const f of c.found) out.push(para(f.message), ...quoteParas(f.quotes));
    }
    out.push(heading('Still missing, and what to do', HeadingLevel.HEADING_2), ...(c.missing.length ? bullets(c.missing) : [para('Nothing: this criterion is met.')]));
  }
  if (m.readability.length) {
    out.push(heading('Letters and leaflets: plain language', HeadingLevel.HEADING_1));
    for (const r of m.readability) out.push(heading(`${r.role === 'letters' ? 'Response letter' : 'Leaflet'}: ${r.title} (${r.level})`, HeadingLevel.HEADING_2), ...bullets(readabilityLines(r)));
  }
  out.push(heading('Legal accuracy', HeadingLevel.HEADING_1));
  if (!m.legal.length) out.push(para('No outdated or wrong statements were found in the documents read.'));
  for (const l of m.legal) {
    out.push(heading(`${l.criterion}, ${l.severity}${l.quotes[0] ? `: ${l.quotes[0].title}` : ''}`, HeadingLevel.HEADING_2), para(l.message), ...(l.correction ? [para(`Current position: ${l.correction}`)] : []), ...quoteParas(l.quotes));
  }
  if (m.requests) {
    out.push(heading(`Request log (C5): ${m.requests.level}`, HeadingLevel.HEADING_1), ...bullets(requestLines(m.requests.figures, m.people)));
    if (m.requests.reasons.length) out.push(para(`${m.requests.reasons.join('; ')}.`));
    out.push(table(QUARTER_HEADER, quarterRows(m.requests.figures)));
  }
  if (m.evaluation) {
    out.push(heading(`Evaluation (C7): ${m.evaluation.level}`, HeadingLevel.HEADING_1), ...bullets(evaluationLines(m.evaluation.figures, m.evaluation.forms)));
    if (m.evaluation.reasons.length) out.push(para(`${m.evaluation.reasons.join('; ')}.`));
  }
  out.push(heading('What the panel will ask', HeadingLevel.HEADING_1), ...(m.panelQuestions.length ? bullets(m.panelQuestions.map((q) => `${q.criterion}: ${q.text}`)) : [para('Nothing beyond the documents above.')]));
  if (m.documents.length) out.push(heading('Documents supplied', HeadingLevel.HEADING_1), ...bullets(m.documents.map((d) => `${d.role}: ${d.title}`)));
  return out;
}

/** docProps/core.xml with the audit's date, not the time of writing (docx stamps "now" otherwise). */
function coreProperties(title: string, iso: string): string {
  const when = `${iso.slice(0, 19)}Z`;
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" ' +
    'xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${escapeXml(title)}</dc:title><dc:creator>atr-audit</dc:creator><cp:lastModifiedBy>atr-audit</cp:lastModifiedBy>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified></cp:coreProperties>`
  );
}

/** The pack as .docx bytes: identical for the same model (dates from the audit, not the clock). */
export async function renderPackDocx(m: PackModel, finishedAt: string): Promise<Buffer> {
  const title = `${m.organisation.name}: evidence pack, ${m.heading}`;
  const doc = new Document({ creator: 'atr-audit', title, sections: [{ children: body(m, title) }] });
  const zip = await Packer.toBuffer(doc, false, [{ path: 'docProps/core.xml', data: coreProperties(title, finishedAt) }]);
  return withFixedZipDates(Buffer.from(zip), finishedAt);
}
