// Validates outputs against the JSON Schemas in schema/ (report.json, summary.json, diff --format
// json). For tests only: ajv is a devDependency, so this file is deliberately NOT exported from
// index.ts (the CLI must not load it).
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ErrorObject, ValidateFunction } from 'ajv';
import addFormatsImport from 'ajv-formats';

// ajv-formats is CommonJS; under NodeNext its default import is the module, the function is .default at type level.
const addFormats = addFormatsImport as unknown as typeof addFormatsImport.default;

export type SchemaName = 'report' | 'summary' | 'diff';

export const schemaUrl = (name: SchemaName): URL => new URL(`../../schema/${name}.schema.json`, import.meta.url);
export const REPORT_SCHEMA_URL = schemaUrl('report');

const compiled = new Map<SchemaName, ValidateFunction>();

export function loadSchema(name: SchemaName): Record<string, unknown> {
  return JSON.parse(readFileSync(schemaUrl(name), 'utf8')) as Record<string, unknown>;
}

export function loadReportSchema(): Record<string, unknown> {
  return loadSchema('report');
}

function validator(name: SchemaName): ValidateFunction {
  let v = compiled.get(name);
  if (!v) {
    const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true });
    addFormats(ajv);
    v = ajv.compile(loadSchema(name));
    compiled.set(name, v);
  }
  return v;
}

/** [] when the value is valid against schema/<name>.schema.json; otherwise one "path: message" line per error. */
export function schemaErrors(name: SchemaName, value: unknown): string[] {
  const validate = validator(name);
  if (validate(value)) return [];
  return (validate.errors ?? []).map((e: ErrorObject) => `${e.instancePath || '/'}: ${e.message ?? e.keyword}`);
}

/** [] when the value is a valid report.json; otherwise one "path: message" line per error. */
export function reportSchemaErrors(value: unknown): string[] {
  return schemaErrors('report', value);
}
