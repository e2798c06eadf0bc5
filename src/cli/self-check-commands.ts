// Registers `pack` (the council's application evidence pack) and `foi` (a campaigner's information
// request) on the program; both read an audit folder's report.json and never touch the network.
import { Command, InvalidArgumentError, Option } from 'commander';
import { ExitCode } from '../core/index.js';
import { PACK_FORMATS, writeEvidencePack, type PackFormat } from '../pack/index.js';
import { shownPath, type CliIo } from './io.js';

function parsePackFormats(value: string): PackFormat[] {
  const list = value.split(',').map((s) => s.trim()).filter(Boolean);
  const bad = list.filter((f) => !(PACK_FORMATS as readonly string[]).includes(f));
  if (bad.length || !list.length) throw new InvalidArgumentError(`unknown format ${bad.join(', ') || '(none)'}; choose from ${PACK_FORMATS.join(', ')}`);
  return [...new Set(list)] as PackFormat[];
}

export function registerSelfCheckCommands(program: Command, io: CliIo, setCode: (c: ExitCode) => void): void {
  program
    .command('pack')
    .description("write the evidence pack a council sends with its application, from an audit (best with --evidence): HTML and Word")
    .argument('<audit-dir>', 'a folder written by `atr-audit audit` (holding report.json)')
    .option('--out <dir>', 'output folder (default: <audit-dir>/pack)')
    .addOption(new Option('--format <list>', 'comma list of html,docx').argParser(parsePackFormats).default(['html', 'docx'], 'html,docx'))
    .option('--rules <pack>', "rule pack id or folder for the pack's words (default: the pack the report was scored with)")
    .option('--quiet', 'no summary on stderr')
    .action(async (dir: string, opts: { out?: string; format: PackFormat[]; rules?: string; quiet?: boolean }) => {
      const { outDir, written } = await writeEvidencePack(dir, { out: opts.out, formats: opts.format, rules: opts.rules });
      if (!opts.quiet) io.stderr(`Evidence pack: ${shownPath(outDir)} (${written.length} file${written.length === 1 ? '' : 's'})\n`);
      setCode(ExitCode.Ok);
    });
}
