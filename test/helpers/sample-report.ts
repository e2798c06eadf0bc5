// A realistic, fully typed report for tests, docs and renderer previews. The council is invented;
// every sentence is ours. It holds one criterion of each status, an advisory, a hostile quote,
// failed and skipped sources, and problems.
import { sha256 } from '../../src/core/index.js';
import type { AuditReport, Evidence, Finding } from '../../src/core/index.js';

const SITE = 'https://www.harrowfield.example';
const ATR_PAGE = `${SITE}/care-leavers/your-care-records`;
const LEAFLET = `${SITE}/media/1234/seeing-your-care-records.pdf`;
const SAR_PAGE = `${SITE}/data-protection/subject-access-request`;
const POLICY = `${SITE}/media/2201/access-to-records-procedure.pdf`;
const LOCAL_OFFER = `${SITE}/care-leavers/local-offer`;
const FETCHED = '2025-06-02T09:14:21.004Z';

const hashOf = (url: string): string => sha256(`bytes of ${url}`);

/** Built the way the evaluate stage fingerprints a finding, so ids look real and stay stable. */
function findingId(ruleId: string, url: string, quote: string): string {
  return sha256(`${ruleId}\n${url}\n${quote}`).slice('sha256:'.length, 'sha256:'.length + 8);
}

function ev(url: string, title: string, kind: Evidence['kind'], location: string, quote: string): Evidence {
  return { url, title, kind, location, quote, contentHash: hashOf(url), fetchedAt: FETCHED };
}

function finding(f: Omit<Finding, 'id'>): Finding {
  const first = f.evidence[0];
  return { id: findingId(f.ruleId, first?.url ?? '', first?.quote ?? f.message), ...f };
}

const HOSTILE_QUOTE =
  'Search tip: type "care records" in the box above <script>alert(1)</script> to find this page again.';

export const sampleReport: AuditReport = {
  schemaVersion: 1,
  tool: { name: 'atr-audit', version: '0.1.0' },
  ruleset: { id: 'clearmark', version: '0.1.0' },
  organisation: {
    name: 'Harrowfield Borough Council',
    slug: 'harrowfield',
    type: 'local-authority',
    code: 'E09000099',
    nation: 'england',
    authorityType: 'london-borough',
    url: `${SITE}/`,
  },
  startedAt: '2025-06-02T09:14:03.512Z',
  finishedAt: '2025-06-02T09:16:47.230Z',
  summary: {
    score: 63,
    eligible: 4,
    met: 2,
    partial: 1,
    notMet: 1,
    needsEvidence: 1,
    notApplicable: 1,
    error: 1,
    complete: false,
    clearmarkReady: false,
    blocking: ['C2', 'C3', 'C4', 'C5', 'C7'],
    sources: { discovered: 9, assessed: 5, failed: 2, skipped: 2 },
  },
  criteria: [
    {
      id: 'C1',
      title: 'Advertised right',
      status: 'met',
      score: 1,
      summary: 'A care leavers page tells people who were in care they can ask for their records and how to ask.',
      findings: [
        finding({
          ruleId: 'clearmark/c1-dedicated-page',
          kind: 'verdict',
          status: 'met',
          message: 'A page aimed at people who were in care explains the right and gives a route to ask.',
          evidence: [
            ev(
              ATR_PAGE,
              'Your care records',
              'html',
              "h2 'Asking for your records' > p:nth-of-type(1)",
              'If you grew up in our care, you can ask to read the records we kept about you. Fill in our short online form or ring the records team.',
            ),
          ],
        }),
      ],
    },
    {
      id: 'C2',
      title: 'Recognition statement',
      status: 'partial',
      score: 0.5,
      summary: 'The right is stated only as a legal fact; the council does not say it supports or will help with access.',
      findings: [
        finding({
          ruleId: 'clearmark/c2-recognition-statement',
          kind: 'verdict',
          status: 'partial',
          message: 'States the legal right without a commitment from the council.',
          evidence: [
            ev(LEAFLET, 'Seeing your care records (leaflet)', 'pdf', 'page 2', 'Data protection law gives you the right to ask for a copy of information held about you.'),
          ],
        }),
        finding({
          ruleId: 'clearmark/adv-age-limit-implied',
          kind: 'advisory',
          status: 'high',
          message: 'The page suggests only young people up to 25 can ask, which may put older care leavers off.',
          evidence: [
            ev(ATR_PAGE, 'Your care records', 'html', "h2 'Who can ask' > p:nth-of-type(1)", 'Care leavers aged 16 to 25 can ask us for their records.'),
          ],
          correction: 'Anyone who was in care can ask for their records at any age.',
        }),
      ],
    },
    {
      id: 'C3',
      title: 'Positive importance',
      status: 'not_met',
      score: 0,
      summary: 'No page we read says why seeing your records can help you.',
      findings: [
        finding({
          ruleId: 'clearmark/c3-positive-importance',
          kind: 'verdict',
          status: 'not_met',
          message: 'No sentence gives a reason or benefit of reading your records.',
          evidence: [],
        }),
      ],
      searched: {
        pagesVisited: 7,
        documentsRead: 3,
        classesRead: ['atr-page', 'local-offer', 'sar-generic'],
        urls: [ATR_PAGE, LEAFLET, LOCAL_OFFER],
        queries: ['records + reason or benefit within two sentences', 'encouragement ("many people find it helpful", "you do not need a reason")'],
      },
    },
    {
      id: 'C4',
      title: 'Public policy',
      status: 'error',
      score: null,
      summary: 'The linked procedure PDF could not be read, so we cannot say whether a policy is published.',
      findings: [
        finding({
          ruleId: 'clearmark/c4-public-policy',
          kind: 'verdict',
          status: 'error',
          message: 'The only candidate policy document failed to parse.',
          evidence: [],
        }),
      ],
      searched: {
        pagesVisited: 7,
        documentsRead: 2,
        classesRead: ['atr-page', 'sar-generic'],
        urls: [POLICY, SAR_PAGE],
        queries: ['policy | procedure | protocol + access to records'],
      },
    },
    {
      id: 'C5',
      title: 'Monitoring system',
      status: 'needs_evidence',
      score: null,
      summary:
        'Ask the council for: its log of care leavers\u2019 record requests for the last 12 months, with dates received, acknowledged and answered.',
      findings: [
        finding({
          ruleId: 'clearmark/c5-monitoring',
          kind: 'verdict',
          status: 'needs_evidence',
          message: 'No published figures on care record requests; monitoring cannot be judged from outside.',
          evidence: [],
        }),
      ],
      searched: {
        pagesVisited: 7,
        documentsRead: 3,
        classesRead: ['atr-page', 'sar-generic', 'foi'],
        urls: [ATR_PAGE, SAR_PAGE, LOCAL_OFFER],
        queries: ['requests + received | on time | average time'],
      },
    },
    {
      id: 'C6',
      title: 'Accessible leaflet/letter',
      status: 'met',
      score: 1,
      summary: 'A short plain-language leaflet explains what happens, how long it takes and the support on offer.',
      findings: [
        finding({
          ruleId: 'clearmark/c6-leaflet',
          kind: 'verdict',
          status: 'met',
          message: 'A two-page leaflet for care leavers covers what happens, timescales and support.',
          evidence: [
            ev(LEAFLET, 'Seeing your care records (leaflet)', 'pdf', 'page 1', 'We will reply within one month. A worker can sit with you while you read your file.'),
            ev(ATR_PAGE, 'Your care records', 'html', "h2 'Finding this page' > p:nth-of-type(1)", HOSTILE_QUOTE),
          ],
        }),
      ],
    },
    {
      id: 'C7',
      title: 'Evaluation',
      status: 'not_applicable',
      score: null,
      summary: 'Not judged in this run: the rule pack options turned the evaluation criterion off.',
      findings: [],
    },
  ],
  packs: [],
  sources: [
    { url: `${SITE}/`, finalUrl: `${SITE}/`, outcome: 'assessed', status: 200, kind: 'html', class: 'other', docType: 'web-page', fetchedWith: 'http', contentHash: hashOf(`${SITE}/`), bytes: 48213, depth: 0 },
    { url: ATR_PAGE, finalUrl: ATR_PAGE, outcome: 'assessed', status: 200, kind: 'html', class: 'atr-page', docType: 'web-page', fetchedWith: 'http', contentHash: hashOf(ATR_PAGE), bytes: 30120, depth: 2 },
    { url: LEAFLET, finalUrl: LEAFLET, outcome: 'assessed', status: 200, kind: 'pdf', class: 'atr-page', docType: 'leaflet', fetchedWith: 'http', contentHash: hashOf(LEAFLET), bytes: 184220, depth: 3 },
    { url: `${SITE}/dp/sar`, finalUrl: SAR_PAGE, outcome: 'assessed', status: 200, kind: 'html', class: 'sar-generic', docType: 'web-page', fetchedWith: 'http', contentHash: hashOf(SAR_PAGE), bytes: 25002, depth: 2 },
    { url: LOCAL_OFFER, finalUrl: LOCAL_OFFER, outcome: 'assessed', status: 200, kind: 'html', class: 'local-offer', docType: 'web-page', fetchedWith: 'browser', contentHash: hashOf(LOCAL_OFFER), bytes: 61877, depth: 1 },
    { url: POLICY, outcome: 'failed', reason: 'parse-error', status: 200, kind: 'pdf' },
    { url: `${SITE}/care-leavers/old-guide`, outcome: 'failed', reason: 'http-404', status: 404 },
    { url: `${SITE}/search?q=care+records`, outcome: 'skipped', reason: 'robots' },
    { url: 'https://social.example.com/harrowfield', outcome: 'skipped', reason: 'off-site' },
  ],
  problems: [
    { url: POLICY, kind: 'parse-error', message: 'PDF has a damaged cross-reference table; no text could be extracted.' },
    { url: `${SITE}/care-leavers/old-guide`, kind: 'http-error', message: 'HTTP 404 Not Found' },
    { url: `${SITE}/search?q=care+records`, kind: 'blocked-by-robots', message: 'robots.txt disallows /search' },
  ],
};
