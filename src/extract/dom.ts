// A minimal structural view of the parse tree cheerio builds (domhandler nodes), so the walkers
// do not depend on a transitive package's types.
export interface DomNode {
  type: string; // 'tag' | 'text' | 'script' | 'style' | 'comment' | 'root' | 'directive' | 'cdata'
  name?: string;
  data?: string;
  attribs?: Record<string, string>;
  children?: DomNode[];
  parent?: DomNode | null;
}

export function isElement(node: DomNode): boolean {
  return (node.type === 'tag' || node.type === 'script' || node.type === 'style') && typeof node.name === 'string';
}

export function tagName(node: DomNode): string {
  return (node.name ?? '').toLowerCase();
}

export function attr(node: DomNode, name: string): string | undefined {
  return node.attribs?.[name];
}

/** Concatenated text of a subtree, skipping script-like content. */
export function textOf(node: DomNode): string {
  if (node.type === 'text') return node.data ?? '';
  if (!isElement(node) && node.type !== 'root') return '';
  const name = tagName(node);
  if (name === 'script' || name === 'style' || name === 'template' || name === 'noscript') return '';
  let out = '';
  for (const child of node.children ?? []) out += textOf(child);
  if (name === 'br') out += ' ';
  return out;
}

export const HEADING_LEVEL: Readonly<Record<string, number>> = { h1: 1, h2: 2, h3: 3, h4: 4, h5: 5, h6: 6 };
