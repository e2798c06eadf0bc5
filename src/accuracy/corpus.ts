import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

const Verdict = z.enum(['met', 'partial', 'not_met', 'needs_evidence', 'not_applicable', 'error']);

const Label = z.object({
  name: z.string(),
  orgType: z.enum(['local-authority', 'voluntary-agency']).default('local-authority'),
  nation: z.string().optional(),
  description: z.string().optional(),
  verdicts: z.record(z.string(), Verdict),
  why: z.record(z.string(), z.string()).optional(),
  advisories: z.array(z.string()).default([]),
});
export type CorpusLabel = z.infer<typeof Label>;

export interface CorpusItem {
  id: string;
  dir: string; // the item's folder; its web root is <dir>/site
  label: CorpusLabel;
}

/** fixtures/corpus from src/accuracy or dist/accuracy. */
export const CORPUS_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../fixtures/corpus');

export function listParts(root = CORPUS_ROOT): string[] {
  return existsSync(root) ? readdirSync(root).filter((p) => existsSync(join(root, p, 'labels.json'))).sort() : [];
}

/** A corpus part: labels.json validated, every labelled item with a site/ folder. */
export function loadPart(part: string, root = CORPUS_ROOT): CorpusItem[] {
  const dir = join(root, part);
  const parsed = z.record(z.string(), Label).safeParse(JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8')));
  if (!parsed.success) throw new Error(`${join(dir, 'labels.json')}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return Object.entries(parsed.data)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([id, label]) => {
      const itemDir = join(dir, id);
      if (!existsSync(join(itemDir, 'site'))) throw new Error(`${part}/${id}: labelled but has no site/ folder`);
      return { id, dir: itemDir, label };
    });
}
