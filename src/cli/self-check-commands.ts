// Registers `pack` (the council's application evidence pack) and `foi` (a campaigner's information
// request) on the program; both read an audit folder's report.json and never touch the network.
import { Command, InvalidArgumentError, Option } from 'commander';
import { ExitCode, NATIONS } from '../core/index.js';
import { FOI_FORMATS, writeInformationRequest, type FoiFormat, type Nation } from '../foi/index.js';
import { PACK_FORMATS, writeEvidencePack, type PackFormat } from '../pack/index.js';
import { shownPath, type CliIo } from './io.js';

function formatsOf<T extends string>(choices: readonly T[]): (value: string) => T[] {
  return (value) => {
    const list = value.split(',').map((s) => s.trim()).filter(Boolean);
    const bad = list.filter((f) => !(choices as readonly string[]).includes(f));
    if (bad.length || !list.length) throw new InvalidArgumentError(`unknown format ${bad.join(', ') || '(none)'}; choose from ${choices.join(', ')}`);
    return [...new Set(list)] as T[];
  };
}

export function registerSelfCheckCommands(program: Command, io: CliIo, setCode: (c: ExitCode) => void): void {
  program
    .command('pack')
    .description("write the evidence pack a council sends with its application, from an audit (best with --evidence): HTML and Word")
    .argument('<audit-dir>', 'a folder written by `atr-audit audit` (holding report.json)')
    .option('--out <dir>', 'output folder (default: <audit-dir>/pack)')
    .addOption(new Option('--format <list>', 'comma list of html,docx').argParser(formatsOf(PACK_FORMATS)).default(['html', 'docx'], 'html,docx'))
    .option('--rules <pack>', "rule pack id or folder for the pack's words (default: the pack the report was scored with)")
    .option('--quiet', 'no summary on stderr')
    .action(async (dir: string, opts: { out?: string; format: PackFormat[]; rules?: string; quiet?: boolean }) => {
      const { outDir, written } = await writeEvidencePack(dir, { out: opts.out, formats: opts.format, rules: opts.rules });
      if (!opts.quiet) io.stderr(`Evidence pack: ${shownPath(outDir)} (${written.length} file${written.length === 1 ? '' : 's'})\n`);
      setCode(ExitCode.Ok);
    });

  program
    .command('foi')
    .description('draft a Freedom of Information request (a letter for a charity) for the evidence an audit could not find in public')
    .argument('<audit-dir>', 'a folder written by `atr-audit audit` (holding report.json)')
    .option('--out <dir>', 'output folder (default: <audit-dir>/foi)')
    .addOption(new Option('--format <list>', 'comma list of txt,md').argParser(formatsOf(FOI_FORMATS)).default(['txt', 'md'], 'txt,md'))
    .addOption(new Option('--nation <nation>', "whose law applies (Scotland: FOISA; elsewhere FOIA); default: the report's nation, else england").choices(NATIONS))
    .option('--rules <pack>', "rule pack id or folder for the request's words (default: the pack the report was scored with)")
    .option('--quiet', 'no summary on stderr')
    .action(async (dir: string, opts: { out?: string; format: FoiFormat[]; nation?: Nation; rules?: string; quiet?: boolean }) => {
      const { written, request } = await writeInformationRequest(dir, { out: opts.out, formats: opts.format, nation: opts.nation, rules: opts.rules });
      if (!opts.quiet) {
        if (request.unworded.length) io.stderr(`warning: ${request.unworded.join(', ')} need evidence, but the rule pack gives no words to ask for it (informationRequest in pack.yaml)\n`);
        io.stderr(
          written.length
            ? `Information request (${request.items.length} item${request.items.length === 1 ? '' : 's'}${request.law ? `, ${request.law.act}` : ', a letter: charities are not covered by FOI'}): ${written.map(shownPath).join(', ')}\n`
            : 'Nothing to ask: every criterion the rule pack words a request for is met or shown by the organisation\'s own records.\n',
        );
      }
      setCode(ExitCode.Ok);
    });
}
