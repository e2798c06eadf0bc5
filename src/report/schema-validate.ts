// Validates a report object against schema/report.schema.json. For tests only: ajv is a
// devDependency, so this file is deliberately NOT exported from index.ts (the CLI must not load it).
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ErrorObject, ValidateFunction } from 'ajv';
import addFormatsImport from 'ajv-formats';

// ajv-formats is CommonJS; under NodeNext its default import is the module, the function is .default at type level.
const addFormats = addFormatsImport as unknown as typeof addFormatsImport.default;

export const REPORT_SCHEMA_URL = new URL('../../schema/report.schema.json', import.meta.url);

let compiled: ValidateFunction | undefined;

export function loadReportSchema(): Record<string, unknown> {
  return JSON.parse(readFileSync(REPORT_SCHEMA_URL, 'utf8')) as Record<string, unknown>;
}

function validator(): ValidateFunction {
  if (!compiled) {
    const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false, allowUnionTypes: true });
    addFormats(ajv);
    compiled = ajv.compile(loadReportSchema());
  }
  return compiled;
}

/** [] when the value is a valid report.json; otherwise one "path: message" line per error. */
export function reportSchemaErrors(value: unknown): string[] {
  const validate = validator();
  if (validate(value)) return [];
  return (validate.errors ?? []).map((e: ErrorObject) => `${e.instancePath || '/'}: ${e.message ?? e.keyword}`);
}
