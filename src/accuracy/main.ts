// `npm run eval [part...]` (or `-- --external <dir>`, see external.ts): audit every corpus item with the real pipeline and measure agreement
// with its labels. Writes reports/eval/eval.{json,md}.
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { systemClock } from '../cli/io.js';
import { createAddressGuard, createHttpClient } from '../fetch/index.js';
import { loadPacks } from '../pipeline/index.js';
import { listParts } from './corpus.js';
import { runExternal } from './external.js';
import { renderEvalMarkdown, renderEvalTerminal } from './render.js';
import { advisoryTagsOf, evaluatePart, type PartResult } from './run-eval.js';

async function main(argv: string[]): Promise<number> {
  // --external <dir>: saved real pages outside the repository, labelled in a manifest (external.ts)
  if (argv.includes('--external')) {
    const http = createHttpClient({ addresses: createAddressGuard({ allowPrivate: false }) });
    return runExternal(argv, { http, clock: systemClock, stdout: (s) => process.stdout.write(s), stderr: (s) => process.stderr.write(s) });
  }
  const parts = argv.length ? argv : listParts();
  if (parts.length === 0) {
    process.stderr.write('no corpus parts found under fixtures/corpus/ (each needs labels.json)\n');
    return 2;
  }
  const outDir = resolve('reports', 'eval');
  // clearmark and the packs on by default beside it (legal-accuracy gives the advisories)
  const packs = loadPacks(['clearmark']);
  const pack = packs[0]!;
  const advisoryTags = advisoryTagsOf(packs);
  const results: PartResult[] = [];
  for (const part of parts) {
    process.stderr.write(`${part}: `);
    results.push(
      await evaluatePart(part, { outDir, http: createHttpClient({ addresses: createAddressGuard({ allowPrivate: true }) }), clock: systemClock, advisoryTags, onItem: () => process.stderr.write('.') }),
    );
    process.stderr.write('\n');
  }
  const date = new Date().toISOString().slice(0, 10);
  await mkdir(outDir, { recursive: true });
  await writeFile(join(outDir, 'eval.json'), `${JSON.stringify({ date, ruleset: { id: pack.def.id, version: pack.def.version }, results }, null, 2)}\n`);
  await writeFile(join(outDir, 'eval.md'), renderEvalMarkdown(results, date));
  process.stdout.write(renderEvalTerminal(results));
  process.stderr.write(`Written ${join('reports', 'eval', 'eval.md')} and eval.json\n`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (e: unknown) => {
    process.stderr.write(`eval failed: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 4;
  },
);
