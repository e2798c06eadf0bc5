// The national static site a campaign publishes: index, a page per council, a page per criterion,
// with change over time from earlier runs (--history).
export { loadHistory, type HistoryRun } from './history.js';
export { renderNationalSite, type NationalPage } from './site.js';
export { writeNationalSite, NATIONAL_DIR } from './write.js';
