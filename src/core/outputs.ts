// The names of what an audit writes into its output folder, known to the writer (report formats,
// stale-file clean-up) and to the local reader (which must never read them as a council's documents).

export const REPORT_FILE_NAMES = {
  json: 'report.json',
  html: 'report.html',
  md: 'report.md',
  csv: 'report.csv',
  junit: 'junit.xml',
} as const;

/** Folders an audit writes beside its reports: the saved crawl and evidence screenshots. */
export const OUTPUT_DIR_NAMES = ['crawl', 'evidence'] as const;
