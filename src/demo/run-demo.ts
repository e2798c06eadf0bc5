import { join, resolve } from 'node:path';
import type { AuditReport } from '../core/index.js';
import type { HttpClient } from '../fetch/index.js';
import { runAudit, writeFileAtomic } from '../pipeline/index.js';
import { renderDemoIndex, type DemoSite, type Format } from '../report/index.js';
import type { Clock } from '../discover/index.js';
import { listFixtureSites, serveFixture } from './fixture-server.js';

export interface DemoResult {
  indexPath: string;
  sites: DemoSite[];
}

/** Serve each bundled fixture council on 127.0.0.1, audit it, and write an index of the results. */
export async function runDemo(opts: {
  outDir?: string;
  formats?: Format[];
  http: HttpClient;
  clock: Clock;
  onSite?: (slug: string, report: AuditReport) => void;
}): Promise<DemoResult> {
  const outDir = resolve(opts.outDir ?? join('reports', 'demo'));
  const sites: DemoSite[] = [];
  for (const fixture of listFixtureSites()) {
    const served = await serveFixture(fixture);
    try {
      const { report } = await runAudit(
        {
          targets: [served.url],
          outDir: join(outDir, fixture.slug),
          formats: opts.formats ?? ['json', 'html', 'md', 'csv'],
          rules: ['clearmark'],
          orgType: 'local-authority',
          name: fixture.expected.name,
          maxPages: 200,
          render: 'never', // the fixtures' expected verdicts are the no-browser ones (browser fixtures live in fixtures/browser-sites)
        },
        { http: opts.http, clock: opts.clock },
      );
      sites.push({ slug: fixture.slug, name: fixture.expected.name, description: fixture.expected.description, report, expected: fixture.expected.verdicts });
      opts.onSite?.(fixture.slug, report);
    } finally {
      await served.close();
    }
  }
  const indexPath = join(outDir, 'index.html');
  await writeFileAtomic(indexPath, renderDemoIndex(sites));
  return { indexPath, sites };
}
