import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { LineCounter, parseDocument, isMap, isNode, isScalar, type Document } from 'yaml';
import type { z } from 'zod';
import type { RuleProblem } from './problems.js';
import { SIGNAL_TYPES } from './schema.js';

export interface ParsedYaml {
  file: string;
  doc: Document;
  counter: LineCounter;
}

export function parseYaml(file: string, problems: RuleProblem[]): ParsedYaml | undefined {
  const shown = relative(process.cwd(), file) || file;
  const counter = new LineCounter();
  const doc = parseDocument(readFileSync(file, 'utf8'), { lineCounter: counter, prettyErrors: false });
  if (doc.errors.length > 0) {
    for (const e of doc.errors) {
      const pos = counter.linePos(e.pos[0]);
      problems.push({ file: shown, line: pos.line, col: pos.col, message: `YAML: ${e.message.split('\n')[0]}`, hint: 'check indentation and quoting' });
    }
    return undefined;
  }
  return { file: shown, doc, counter };
}

/** Position of the YAML node at `path`, or of its nearest existing parent. */
export function positionOf(y: ParsedYaml, path: readonly PropertyKey[]): { line: number; col: number } {
  for (let n = path.length; n >= 0; n--) {
    const node = y.doc.getIn(path.slice(0, n) as unknown[], true);
    if (isNode(node) && node.range) return y.counter.linePos(node.range[0]);
  }
  return { line: 1, col: 1 };
}

function hintFor(issue: z.core.$ZodIssue): string | undefined {
  if (issue.code === 'invalid_union') return `signal must be one of: ${SIGNAL_TYPES.join(', ')}`;
  if (issue.code === 'unrecognized_keys') return `remove or rename: ${issue.keys.join(', ')}`;
  if (issue.code === 'invalid_value') return `one of: ${issue.values.map(String).join(', ')}`;
  return undefined;
}

export function validate<T>(schema: z.ZodType<T>, y: ParsedYaml, problems: RuleProblem[], base: PropertyKey[] = []): T | undefined {
  const value = base.reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined), y.doc.toJS());
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  for (const raw of result.error.issues) {
    const issue = { ...raw, path: [...base, ...raw.path] } as typeof raw;
    // A bad `signal:` shows up as a union issue on the check: point at the signal itself.
    const path = issue.code === 'invalid_union' && y.doc.hasIn([...issue.path, 'signal']) ? [...issue.path, 'signal'] : issue.path;
    const pos = positionOf(y, path);
    const where = path.length ? `${path.join('.')}: ` : '';
    const message = issue.code === 'invalid_union' && path.at(-1) === 'signal' ? `unknown signal type "${String(y.doc.getIn(path))}"` : issue.message;
    problems.push({ file: y.file, ...pos, message: `${where}${message}`, hint: hintFor(issue) });
  }
  return undefined;
}

/** Position of the key `key` in the mapping at `path` ("records:" rather than its value), or of the mapping. */
export function keyPositionOf(y: ParsedYaml, path: readonly PropertyKey[], key: string): { line: number; col: number } {
  const map = y.doc.getIn(path as unknown[], true);
  if (isMap(map)) {
    const pair = map.items.find((p) => isScalar(p.key) && p.key.value === key);
    if (pair && isNode(pair.key) && pair.key.range) return y.counter.linePos(pair.key.range[0]);
  }
  return positionOf(y, [...path, key]);
}
