// Words of a report that belong to the rule pack, not the engine (pack.yaml `labels`): what a pass
// is called and what the audit is about. A report rendered without a pack's labels uses these.
export interface ReportLabels {
  /** the name of a pass: every criterion met ("CLEARmark-ready") */
  ready: string;
  /** after the organisation's name in the report heading ("access to care records") */
  heading: string;
  /** after the organisation's name in the page title ("care records audit") */
  pageTitle: string;
  /** who a request log counts, in the self-check's sentences ("requests from people who were in care") */
  people: string;
}

export const DEFAULT_LABELS: ReportLabels = { ready: 'All criteria met', heading: 'audit', pageTitle: 'audit', people: 'people the service is for' };
