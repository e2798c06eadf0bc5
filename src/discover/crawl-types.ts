import type { EarlyStop, ExtractedDocument, FetchedResource, OrgType, Problem, RenderMode, SourceEntry } from '../core/index.js';
import type { BodyStore, HttpClient, PageRenderer } from '../fetch/index.js';
import type { Clock } from './politeness.js';
import type { LinkFocus } from './score-link.js';

export interface CrawlOptions {
  startUrl: string;
  /** budget of resources fetched (robots.txt and sitemaps do not count) */
  maxPages: number;
  /** min gap between requests to one origin; robots Crawl-delay wins if larger. Caller passes 0 for loopback. */
  delayMs: number;
  userAgent: string;
  /**
   * auto: render HTML pages that look script-built with deps.renderer; always: render every HTML page;
   * never: no browser. Pages that needed a browser and did not get one get a 'render-unavailable' problem.
   */
  render: RenderMode;
  /** per request, default 20000 */
  timeoutMs?: number;
  /** per resource, default 20 MB -> failed 'too-large' */
  maxBytes?: number;
  /** voluntary agencies: also favour former residents / our history / our records / family history */
  orgType?: OrgType;
  /** the rule pack's crawl focus (compileFocus of pack.yaml `focus`); none: breadth-first */
  focus?: LinkFocus;
  /**
   * early stopping: after this many pages fetched in a row that changed no verdict and no quoted
   * evidence, stop when no better lead waits (see early-stop.ts). 0 or absent: spend the budget.
   * Needs deps.onDocument to say what each page added.
   */
  patience?: number;
  onProgress?: (e: { fetched: number; queued: number; url: string }) => void;
  /** stops the crawl: no new request starts and the one in flight is aborted (batch time limit, Ctrl-C) */
  signal?: AbortSignal;
}

export interface CrawlDeps {
  http: HttpClient;
  bodies: BodyStore;
  clock: Clock;
  /** parse a fetched body into a document (the extract stage); may throw for broken files */
  extract: (resource: FetchedResource, body: Buffer) => Promise<ExtractedDocument>;
  /** what each document read adds to the audit's verdicts (the pipeline evaluates it as it comes) */
  onDocument?: (resource: FetchedResource, doc: ExtractedDocument) => EvidenceSignal | Promise<EvidenceSignal>;
  /** a browser for --render auto|always; absent means none (pages that need one become problems) */
  renderer?: PageRenderer;
}

export interface CrawlResult {
  resources: FetchedResource[];
  sources: SourceEntry[];
  problems: Problem[];
  /** from og:site_name or the home page <title>, cleaned */
  siteName?: string;
  /** addresses the --max-pages budget left unfetched, with their link score (higher: more promising) */
  unvisited?: Array<{ url: string; score: number }>;
  /** the crawl stopped before its budget because the last pages added nothing (see early-stop.ts) */
  stoppedEarly?: EarlyStop;
}

/** What one more document did to the audit's verdicts. */
export interface EvidenceSignal {
  /** a verdict changed, or a criterion's quoted evidence did */
  changed: boolean;
  /** every criterion is met: no page can improve a verdict */
  settled: boolean;
  /** this document itself matched a verdict rule (met or partial): its neighbours are read next */
  matched: boolean;
}

export const DEFAULT_TIMEOUT_MS = 20_000;
/** --patience default: pages in a row that add nothing before the crawl may stop early */
export const DEFAULT_PATIENCE = 40;
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

export type { EarlyStop };
