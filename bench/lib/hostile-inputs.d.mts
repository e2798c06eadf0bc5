export function zipBytes(entries: { name: string; data: Buffer; stored?: boolean; declaredSize?: number }[]): Buffer;
export function documentXml(bytes: number, sentence?: string): Buffer;
export function docxBytes(xmlBytes: number, opts?: { declaredSize?: number; sentence?: string }): Buffer;
export function pdfBytes(inflatedBytes: number, text?: string): Buffer;
export function gzipSitemap(bytes: number, origin: string): Buffer;
export function nestedHtml(depth: number, tag?: string): string;
export function inlineHtml(count: number): string;
export function linksHtml(count: number): string;
export function wildcardRobots(bytes: number): string;
