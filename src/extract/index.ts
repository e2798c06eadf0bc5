// Extract stage: fetched bytes -> ExtractedDocument (text blocks with locations).
export { ExtractError } from './errors.js';
export type { DocMeta } from './meta.js';
export { extractHtml, stripTitleSuffix } from './html.js';
export { extractPdf, type PdfLimits } from './pdf.js';
export { extractDocx, type DocxLimits } from './docx.js';
export { extractText } from './text.js';
export { extractResource, decodeHtml } from './resource.js';
export { paragraphsFromPageText } from './pdf-paragraphs.js';
export { createIsolatedExtractor, type IsolatedExtractor, type IsolationLimits } from './isolated.js';
