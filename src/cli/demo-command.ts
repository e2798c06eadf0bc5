import { relative } from 'node:path';
import { ExitCode } from '../core/index.js';
import { runDemo } from '../demo/index.js';
import { createAddressGuard, createHttpClient } from '../fetch/index.js';
import { expectationMismatches, STATUS_WORD } from '../report/index.js';
import { systemClock, type CliIo } from './io.js';

export async function demoCommand(opts: { out?: string; quiet?: boolean }, io: CliIo): Promise<ExitCode> {
  const result = await runDemo({
    outDir: opts.out,
    // The demo's sites are served on this machine.
    http: createHttpClient({ addresses: createAddressGuard({ allowPrivate: true }) }),
    clock: systemClock,
    onSite: (slug, report) => {
      if (opts.quiet) return;
      const statuses = report.criteria.map((c) => `${c.id} ${STATUS_WORD[c.status]}`).join(', ');
      const score = report.summary.score === null ? 'no score' : `${report.summary.score}/100`;
      io.stderr(`${slug.padEnd(22)} ${score.padEnd(8)} ${statuses}\n`);
    },
  });
  const mismatches = result.sites.flatMap((s) => expectationMismatches(s).map((m) => `${s.slug}: ${m}`));
  if (!opts.quiet) {
    if (mismatches.length) io.stderr(`\n${mismatches.length} verdicts differ from the fixtures' expectations:\n  ${mismatches.join('\n  ')}\n`);
    io.stderr(`\nOpen ${relative(process.cwd(), result.indexPath)} in a browser to read the reports.\n`);
  }
  return ExitCode.Ok;
}
