// The statutory-guidance pack on pages labelled by hand, not by the fixtures written with its rules:
// two of the clearmark fixture councils judged against England's Volume 3 expectations (--nation
// england). Labels come from reading each site's pages (the care-records page, guide and procedure
// PDF), with the reason beside each; E2 on the exemplary site is left unlabelled (a "records worker"
// is named, but not as trained or experienced, so met and partial are both defensible).
// A small sample: it guards against regressions, it is not an accuracy figure (rules/statutory-guidance/README.md).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { systemClock } from '../../src/cli/io.js';
import { listFixtureSites, serveFixture } from '../../src/demo/index.js';
import { runAudit } from '../../src/pipeline/index.js';
import { loopbackHttp } from '../helpers/loopback-http.js';

const LABELS: Record<string, Record<string, [status: string, why: string]>> = {
  exemplary: {
    E1: ['met', 'care-records page: "Whatever your age now, you can ask"; procedure: "whatever the age of the person asking"'],
    E3: ['met', 'procedure 4: "Where records are missing or were destroyed, the person is told what is known about why"'],
    E4: ['not_met', 'nothing on family details the person already knows (only family information that explains why they came into care)'],
    E5: ['met', 'the procedure PDF for adults who were looked after gives how to ask (2), the support (6) and is the policy'],
    E6: ['met', 'guide for people who were in care: "We must reply within one month"'],
  },
  nothing: {
    E1: ['not_met', 'no records content for people who were in care'],
    E2: ['not_met', 'no records content'],
    E3: ['not_met', 'no records content'],
    E4: ['not_met', 'no records content'],
    E5: ['not_met', 'no records content'],
    E6: ['not_met', 'a generic data protection policy only; nothing for people who were in care'],
  },
};

const work = mkdtempSync(join(tmpdir(), 'atr-statutory-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe.each(Object.entries(LABELS))('statutory-guidance on the %s fixture (England)', (slug, labels) => {
  it('gives the hand-labelled verdicts', async () => {
    const served = await serveFixture(listFixtureSites().find((s) => s.slug === slug)!);
    try {
      const { report } = await runAudit(
        { targets: [served.url], outDir: join(work, slug), formats: ['json'], rules: ['statutory-guidance', '-legal-accuracy'], orgType: 'local-authority', nation: 'england', nationFrom: 'option', maxPages: 60, render: 'never', delayMs: 0 },
        { http: loopbackHttp(), clock: systemClock, renderer: null },
      );
      const got = Object.fromEntries(report.criteria.filter((c) => c.id in labels).map((c) => [c.id, c.status]));
      expect(got).toEqual(Object.fromEntries(Object.entries(labels).map(([id, [status]]) => [id, status])));
    } finally {
      await served.close();
    }
  }, 60_000);
});
