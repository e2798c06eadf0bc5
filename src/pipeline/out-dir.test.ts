import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultOutDir } from './out-dir.js';

const root = mkdtempSync(join(tmpdir(), 'atr-outdir-'));
const council = join(root, 'council');
mkdirSync(join(council, 'docs'), { recursive: true });
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('defaultOutDir', () => {
  it('is reports/<slug> under the working folder for a site URL', () => {
    expect(defaultOutDir('harrowfield', ['https://www.example.gov.uk/'], 'url', council)).toBe(join(council, 'reports', 'harrowfield'));
  });

  it('is reports/<slug> when the working folder is outside the target', () => {
    expect(defaultOutDir('council', [council], 'files', root)).toBe(join(root, 'reports', 'council'));
  });

  it('goes beside the target when reports/<slug> would land inside it (`audit .`)', () => {
    expect(defaultOutDir('council', ['.'], 'files', council)).toBe(join(root, 'council-atr-audit', 'council'));
    expect(defaultOutDir('council', ['docs', '.'], 'files', council)).toBe(join(root, 'council-atr-audit', 'council'));
  });
});
