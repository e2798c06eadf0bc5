// Registers batch, merge and diff on the program (kept here so main.ts stays small).
import { Command, Option } from 'commander';
import type { ExitCode } from '../core/index.js';
import { batchCommand, type BatchCliOptions } from './batch-command.js';
import { diffCommand, type DiffCliOptions } from './diff-command.js';
import type { CliIo } from './io.js';
import { mergeCommand } from './merge-command.js';
import { AUDIT_DEFAULTS } from '../pipeline/index.js';
import { ALLOW_PRIVATE_HELP, parseFormats, parseIntOption, parseRules, parseScore } from './options.js';

const list = (value: string): string[] => value.split(',').map((s) => s.trim()).filter(Boolean);

const HISTORY_HELP = "earlier runs' --out folders, comma separated: the national site (<out>/national_site/) shows change over time";

export function registerBatchCommands(program: Command, io: CliIo, setCode: (c: ExitCode) => void): void {
  program
    .command('batch')
    .description('audit many organisations from a CSV/YAML list, politely, resumably')
    .argument('<list>', 'CSV with a header (homepage or url, name, code, nation, type, org_type, max_pages, render, evidence) or a YAML list')
    .option('--out <dir>', 'output folder: <out>/<slug>/ per site, summary.json/csv, index.html', 'reports/batch')
    .addOption(new Option('--format <list>', 'per-site formats json,html,md,csv,junit (junit also writes <out>/junit.xml)').argParser(parseFormats).default(AUDIT_DEFAULTS.formats, AUDIT_DEFAULTS.formats.join(',')))
    .addOption(new Option('--rules <list>', 'rule pack ids or folders, comma separated').argParser(parseRules).default(AUDIT_DEFAULTS.rules, AUDIT_DEFAULTS.rules.join(',')))
    .addOption(new Option('--org-type <type>', 'kind of organisation, for rows without org_type').choices(['local-authority', 'voluntary-agency']).default(AUDIT_DEFAULTS.orgType))
    .option('--max-pages <n>', 'page budget per site (a list row may set its own max_pages)', parseIntOption(1, 100_000), AUDIT_DEFAULTS.maxPages)
    .option('--patience <n>', 'stop a site early once this many pages in a row add no evidence (0: always spend the budget)', parseIntOption(0, 100_000), AUDIT_DEFAULTS.patience)
    .addOption(new Option('--render <mode>', 'auto or never (see audit --help; a list row may set its own render)').choices(['auto', 'never']).default(AUDIT_DEFAULTS.render))
    .option('--user-agent <ua>', 'identify the crawler')
    .option('--delay <ms>', 'minimum gap between requests to one origin (default 1000, 0 for loopback)', parseIntOption(0, 600_000))
    .option('--allow-private', ALLOW_PRIVATE_HELP)
    .option('--concurrency <n>', 'sites audited at once (never two of one origin)', parseIntOption(1, 256), 4)
    .option('--site-timeout <seconds>', 'hard time limit per site; a site over it is cut off and listed as failed', parseIntOption(1, 86_400), 900)
    .option('--only <list>', 'only these sites: codes, slugs or nations (the list column, else by address; nation=wales), comma separated', list)
    .option('--skip <list>', 'leave out these sites: codes, slugs or nations (the list column, else by address; nation=wales), comma separated', list)
    .option('--shard <i/n>', 'audit only shard i of n (deterministic by slug); combine shards with merge')
    .option('--resume', 'keep sites already finished in --out, run the rest')
    .option('--retry-failed', 'like --resume, and run again the sites that failed')
    .option('--waivers <file>', 'YAML file of human decisions (see README "Waivers")')
    .option('--fail-under <score>', 'exit 1 when any audited site scores below this (0-100)', parseScore)
    .option('--quiet', 'no progress or summary on stderr (the reasons for a non-zero exit are still printed)')
    .option('--json', 'print summary.json on stdout')
    .option('--history <dirs>', HISTORY_HELP, list)
    .action(async (listPath: string, opts: BatchCliOptions) => setCode(await batchCommand(listPath, opts, io)));

  program
    .command('merge')
    .description('merge shard outputs of a batch into one folder and summary')
    .argument('<dirs...>', 'the --out folders of the shards')
    .requiredOption('--out <dir>', 'merged output folder')
    .option('--junit', 'also write <out>/junit.xml')
    .option('--fail-under <score>', 'exit 1 when any audited site scores below this (0-100)', parseScore)
    .option('--quiet', 'no summary on stderr (the reasons for a non-zero exit are still printed)')
    .option('--json', 'print summary.json on stdout')
    .option('--history <dirs>', HISTORY_HELP, list)
    .action(async (dirs: string[], opts: { out: string; junit?: boolean; quiet?: boolean; failUnder?: number; json?: boolean; history?: string[] }) => setCode(await mergeCommand(dirs, opts, io)));

  program
    .command('diff')
    .description('compare two reports or two batch outputs, by stable finding ids')
    .argument('<old>', 'report.json, an audit folder, or a batch folder')
    .argument('<new>', 'the same kind of thing, newer')
    .addOption(new Option('--format <format>', 'output on stdout').choices(['terminal', 'md', 'json']).default('terminal'))
    .addOption(new Option('--fail-on <what>', 'exit 1 on a regression, any new finding, or any change').choices(['regression', 'new-findings', 'any']))
    .action((oldPath: string, newPath: string, opts: DiffCliOptions) => setCode(diffCommand(oldPath, newPath, opts, io)));
}
