import { Command, CommanderError, Option } from 'commander';
import { ExitCode, NATIONS, TOOL_VERSION, UsageError } from '../core/index.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { BUILTIN_RULES_DIR, RuleLoadError } from '../rules/index.js';
import { auditCommand, rescoreCommand, type AuditCliOptions } from './audit-command.js';
import { registerBatchCommands } from './register-batch-commands.js';
import { applyConfig, checkConfigKeys, readConfigFile } from './config-file.js';
import { addBrowserOptions } from './browser-options.js';
import { demoCommand } from './demo-command.js';
import { doctorCommand } from './doctor-command.js';
import { processIo, type CliIo } from './io.js';
import { AUDIT_DEFAULTS } from '../pipeline/index.js';
import { ALLOW_PRIVATE_HELP, parseFormats, parseIntOption, parseRules, parseScore } from './options.js';
import { rulesLint, rulesList, rulesTest } from './rules-command.js';
import { registerSelfCheckCommands } from './self-check-commands.js';

const ISSUES_URL = 'https://github.com/atr-audit/atr-audit/issues';

/** The help's first line names the default pack in the pack's own words (its pack.yaml title and description). */
function programDescription(): string {
  const base = "Audit an organisation's published information (its website, or documents) against a rule pack's criteria";
  try {
    const pack = parse(readFileSync(join(BUILTIN_RULES_DIR, AUDIT_DEFAULTS.rules[0]!, 'pack.yaml'), 'utf8')) as { title?: string; description?: string };
    return pack.title ? `${base}; by default ${pack.title}${pack.description ? `: ${pack.description}` : '.'}` : `${base}.`;
  } catch {
    return `${base}.`;
  }
}

const formatOption = (): Option =>
  new Option('--format <list>', 'comma list of json,html,md,csv,junit (json is always written)').argParser(parseFormats).default(AUDIT_DEFAULTS.formats, AUDIT_DEFAULTS.formats.join(','));

function buildProgram(io: CliIo, setCode: (c: ExitCode) => void): Command {
  const program = new Command('atr-audit')
    .description(programDescription())
    .version(TOOL_VERSION)
    .option('--debug', 'show stack traces for internal errors')
    .option('--config <file>', 'defaults for any option from a YAML file (default: ./atr-audit.config.yaml when present)')
    .showHelpAfterError('(run with --help for usage)')
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .exitOverride();

  program
    .command('audit')
    .description('audit one organisation: a site URL, or local files/folders of its documents')
    .argument('<target...>', 'https:// site URL, or local files and folders (HTML, PDF, DOCX, TXT, MD)')
    .option('--out <dir>', 'output folder (report.json is always written there)', undefined)
    .addOption(formatOption())
    .addOption(new Option('--rules <list>', 'rule pack ids or folders, comma separated; the first is the primary pack, the others each a scored section; -<id> leaves out a default-on pack').argParser(parseRules).default(AUDIT_DEFAULTS.rules, AUDIT_DEFAULTS.rules.join(',')))
    .addOption(new Option('--org-type <type>', 'kind of organisation').choices(['local-authority', 'voluntary-agency']).default(AUDIT_DEFAULTS.orgType))
    .addOption(new Option('--nation <nation>', "whose law applies (default: inferred from the body list in data/, the domain, then postcodes)").choices([...NATIONS]))
    .option('--name <name>', 'organisation name (else taken from the site)')
    .option('--max-pages <n>', 'crawl budget in pages and documents fetched', parseIntOption(1, 100_000), AUDIT_DEFAULTS.maxPages)
    .option('--patience <n>', 'stop early once this many pages in a row add no evidence and no better lead waits (0: always spend the budget)', parseIntOption(0, 100_000), AUDIT_DEFAULTS.patience)
    .option('--user-agent <ua>', 'identify the crawler (default atr-audit/<version> with a contact URL)')
    .option('--delay <ms>', 'minimum gap between requests to one site, in ms (default 1000, 0 for loopback)', parseIntOption(0, 600_000))
    .option('--allow-private', ALLOW_PRIVATE_HELP)
    .option('--fail-under <score>', 'exit 1 when the score is below this (0-100)', parseScore)
    .option('--quiet', 'no progress or summary on stderr')
    .option('--json', 'print report.json on stdout')
    .option('--evidence <dir>', "self-check: the council's own records (requests.csv, evaluation.csv, letters/, leaflets/, forms/...)")
    .action(async (targets: string[], opts: AuditCliOptions) => setCode(await auditCommand(targets, opts, io)));
  addBrowserOptions(program.commands.find((c) => c.name() === 'audit')!);

  program
    .command('rescore')
    .description('re-evaluate a saved audit (its crawl/ folder) with current or other rules, offline')
    .argument('<dir>', 'a folder written by `atr-audit audit`')
    .addOption(formatOption())
    .addOption(new Option('--rules <list>', 'rule pack ids or folders, comma separated').argParser(parseRules).default(['clearmark'], 'clearmark'))
    .addOption(new Option('--nation <nation>', "whose law applies (default: the nation the audit was given, else inferred again)").choices([...NATIONS]))
    .option('--fail-under <score>', 'exit 1 when the score is below this (0-100)', parseScore)
    .option('--quiet', 'no summary on stderr')
    .option('--json', 'print report.json on stdout')
    .action(async (dir: string, opts) => setCode(await rescoreCommand(dir, opts, io)));

  const rules = program.command('rules').description('inspect, validate and test rule packs');
  rules
    .command('list')
    .argument('[pack]', 'pack id or folder (default: all built-in packs)')
    .description('list packs, criteria and rules')
    .action((pack?: string) => setCode(rulesList(pack, io)));
  rules
    .command('lint')
    .argument('[pack]', 'pack id or folder (default: all built-in packs)')
    .description('check rule files: every problem as file:line:col with a hint; exit 2 when any')
    .action((pack?: string) => setCode(rulesLint(pack, io)));
  rules
    .command('test')
    .argument('[pack]', 'pack id or folder (default: all built-in packs)')
    .description("run each rule's must-match and must-not-match examples")
    .action((pack?: string) => setCode(rulesTest(pack, io)));

  program
    .command('doctor')
    .description('check this machine: Node version, browser found and starts, proxy settings, network reach, output folder')
    .option('--browser <path>', 'check this Chrome/Chromium executable')
    .option('--url <url>', 'check the network can reach this address (through the proxy when one is set)')
    .option('--out <dir>', 'check this output folder is writable', 'reports')
    .option('--allow-private', 'the --url may be private or on this machine, as audit --allow-private allows')
    .action(async (opts: { browser?: string; url?: string; out: string; allowPrivate?: boolean }) => setCode(await doctorCommand(opts, io)));

  program
    .command('demo')
    .description('audit the bundled fixture councils on a local server and write reports/demo/')
    .option('--out <dir>', 'output folder', undefined)
    .option('--quiet', 'no summary on stderr')
    .action(async (opts: { out?: string; quiet?: boolean }) => setCode(await demoCommand(opts, io)));

  registerBatchCommands(program, io, setCode);
  registerSelfCheckCommands(program, io, setCode);
  // Config file values fill in whatever the command line left at its default.
  program.hook('preAction', (root, action) => {
    const found = readConfigFile(root.opts<{ config?: string }>().config);
    if (!found) return;
    checkConfigKeys(root, found.config, found.path);
    applyConfig(action, found.config, found.path);
  });

  return program;
}

/** The CLI: argv in, exit code out. A user's mistake is a message and a hint (2); a bug is one line (4). */
export async function run(argv: string[], io: CliIo = processIo()): Promise<ExitCode> {
  let code: ExitCode = ExitCode.Ok;
  const program = buildProgram(io, (c) => (code = c));
  try {
    await program.parseAsync(argv, { from: 'user' });
    return code;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return ExitCode.Ok;
      return ExitCode.Usage;
    }
    if (e instanceof UsageError) {
      io.stderr(`error: ${e.message}\n${e.hint ? `  hint: ${e.hint}\n` : ''}`);
      return ExitCode.Usage;
    }
    if (e instanceof RuleLoadError) {
      io.stderr(`error: the rules could not be loaded:\n${e.message}\n`);
      return ExitCode.Usage;
    }
    const debug = argv.includes('--debug');
    io.stderr(`internal error: ${(e as Error).message ?? String(e)}\n  this is a bug in atr-audit; please report it at ${ISSUES_URL}${debug ? '' : ' (run with --debug for details)'}\n`);
    if (debug) io.stderr(`${(e as Error).stack ?? ''}\n`);
    return ExitCode.Internal;
  }
}
