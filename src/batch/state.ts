// <out>/.state.json: which sites this run covers and how each ended. Rewritten atomically after
// every site, so a killed run leaves the last good state; the site folders on disk are the truth
// for "audited" (a folder is only ever renamed into place complete).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from '../pipeline/index.js';
import type { BatchSite } from './site-list.js';

export type SiteOutcome = 'audited' | 'failed' | 'skipped';

/** Why a site failed, when the batch itself stopped it: over --site-timeout, or its process died. */
export type SiteProblem = 'site-timeout' | 'site-crashed';

export interface SiteResult {
  outcome: SiteOutcome;
  problem?: SiteProblem;
  reason?: string;
}

/** A site cut off at its time limit, by its own abort or by the batch killing its process. */
export function timeoutResult(timeoutMs: number): SiteResult {
  return {
    outcome: 'failed',
    problem: 'site-timeout',
    reason: `site-timeout: time limit of ${Math.round(timeoutMs / 1000)} s reached; the site's audit was stopped and its partial output discarded`,
  };
}

export interface BatchState {
  stateVersion: 1;
  list: string;
  shard?: string;
  sites: BatchSite[];
  /** by slug; a site with no entry has not run yet */
  results: Record<string, SiteResult>;
}

const siteSchema = z.object({
  slug: z.string(),
  url: z.string(),
  name: z.string().optional(),
  code: z.string().optional(),
  nation: z.string().optional(),
  authorityType: z.string().optional(),
  orgType: z.enum(['local-authority', 'voluntary-agency']),
  maxPages: z.number().optional(),
  render: z.enum(['auto', 'never', 'always']).optional(),
});

const stateSchema = z.object({
  stateVersion: z.literal(1),
  list: z.string(),
  shard: z.string().optional(),
  sites: z.array(siteSchema),
  results: z.record(
    z.string(),
    z.object({ outcome: z.enum(['audited', 'failed', 'skipped']), problem: z.enum(['site-timeout', 'site-crashed']).optional(), reason: z.string().optional() }),
  ),
});

export const statePath = (out: string): string => join(out, '.state.json');

export function readState(out: string): BatchState | undefined {
  const path = statePath(out);
  if (!existsSync(path)) return undefined;
  const parsed = stateSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success) throw new Error(`${path} is not a batch state file: ${parsed.error.issues[0]?.message ?? ''}`);
  return parsed.data as BatchState;
}

export async function writeState(out: string, state: BatchState): Promise<void> {
  await writeFileAtomic(statePath(out), `${JSON.stringify(state, null, 2)}\n`);
}
