import { describe, expect, it } from 'vitest';
import { loadPack } from '../rules/index.js';
import { renderHtml, renderMarkdown, renderTerminalSummary, type ReportLabels } from './index.js';
import { sampleReport } from '../../test/helpers/sample-report.js';

describe('report labels come from the pack', () => {
  it("clearmark's pack.yaml names a pass CLEARmark-ready", () => {
    const labels = loadPack('clearmark').def.labels;
    expect(renderTerminalSummary(sampleReport, { color: false, width: 120, labels })).toContain('CLEARmark-ready: no');
    expect(renderHtml(sampleReport, labels)).toMatch(/<dt>CLEARmark-ready<\/dt>/);
    expect(renderHtml(sampleReport, labels)).toContain('Harrowfield Borough Council: access to care records</h1>');
    expect(renderMarkdown(sampleReport, labels)).toContain('- CLEARmark-ready: no');
  });

  it("another pack's labels replace them everywhere", () => {
    const labels: ReportLabels = { ready: 'Join-ready', heading: 'joining the library', pageTitle: 'library joining audit', people: 'people joining the library' };
    for (const out of [renderTerminalSummary(sampleReport, { color: false, width: 120, labels }), renderHtml(sampleReport, labels), renderMarkdown(sampleReport, labels)]) {
      expect(out).toContain('Join-ready');
      expect(out).not.toMatch(/CLEARmark/);
    }
  });
});
