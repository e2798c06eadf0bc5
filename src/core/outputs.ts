// The names of what an audit writes into its output folder, known to the writer (report formats,
// stale-file clean-up) and to the local reader (which must never read them as a council's documents).

export const REPORT_FILE_NAMES = {
  json: 'report.json',
  html: 'report.html',
  md: 'report.md',
  csv: 'report.csv',
  junit: 'junit.xml',
} as const;

/**
 * Folders written beside the reports: the saved crawl and evidence screenshots, and the default
 * folders of `pack` (the application evidence pack) and `foi` (the information request).
 */
export const OUTPUT_DIR_NAMES = ['crawl', 'evidence', 'pack', 'foi'] as const;
