// atr-audit.config.yaml (or --config <file>): defaults for any command-line option. Top-level keys
// apply to every command that has that option; a section named after a command (audit, batch,
// merge, diff, ...) applies to that command only and wins. Keys are option names, in kebab-case
// or camelCase. The command line always wins over the file.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Command, Option } from 'commander';
import { parse } from 'yaml';
import { confinePath, UsageError } from '../core/index.js';

export const DEFAULT_CONFIG_FILE = 'atr-audit.config.yaml';
const COMMANDS = ['audit', 'rescore', 'batch', 'merge', 'diff', 'demo', 'rules'];

type ConfigMap = Record<string, unknown>;

export function readConfigFile(path: string | undefined, cwd = process.cwd()): { path: string; config: ConfigMap } | undefined {
  const file = path ? resolve(cwd, path) : resolve(cwd, DEFAULT_CONFIG_FILE);
  if (!existsSync(file)) {
    if (path) throw new UsageError(`no such config file: ${path}`);
    return undefined;
  }
  let doc: unknown;
  try {
    doc = parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new UsageError(`${file}: ${(e as Error).message.split('\n')[0]}`);
  }
  if (doc === null || doc === undefined) return { path: file, config: {} };
  if (typeof doc !== 'object' || Array.isArray(doc)) throw new UsageError(`${file}: expected a mapping of option names to values`);
  return { path: file, config: doc as ConfigMap };
}

const camel = (k: string): string => k.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

function valueFor(opt: Option, raw: unknown, file: string, key: string): unknown {
  const takesValue = opt.required || opt.optional;
  if (!takesValue) {
    if (typeof raw !== 'boolean') throw new UsageError(`${file}: ${key} must be true or false`);
    return raw;
  }
  const text = Array.isArray(raw) ? raw.map(String).join(',') : typeof raw === 'object' && raw !== null ? undefined : String(raw);
  if (text === undefined) throw new UsageError(`${file}: ${key} must be a value or a list`);
  if (opt.argChoices && !opt.argChoices.includes(text)) throw new UsageError(`${file}: ${key} must be one of ${opt.argChoices.join(', ')}`);
  try {
    return opt.parseArg ? opt.parseArg(text, undefined as never) : text;
  } catch (e) {
    throw new UsageError(`${file}: ${key}: ${(e as Error).message}`);
  }
}

// A config file is data (it may come with a cloned campaign repo): the files it names are read
// from inside its own folder only. Pack ids (clearmark) are names, not paths.
const PACK_ID = /^[a-z0-9-]+$/;

function confined(name: string, value: unknown, file: string): unknown {
  const root = dirname(file);
  if (name === 'waivers' && typeof value === 'string') return confinePath(root, value, { what: `${file}: waivers` });
  if (name === 'rules' && Array.isArray(value)) return value.map((v: string) => (PACK_ID.test(v) ? v : confinePath(root, v, { what: `${file}: rule pack` })));
  return value;
}

/** Sets every option the command line left at its default from the config file. */
export function applyConfig(command: Command, config: ConfigMap, file: string): void {
  const section = command.name();
  const own = config[section];
  const scoped: ConfigMap = own && typeof own === 'object' && !Array.isArray(own) ? (own as ConfigMap) : {};
  const shared = Object.fromEntries(Object.entries(config).filter(([k]) => !COMMANDS.includes(k) && k !== 'config'));
  const byName = new Map<string, Option>();
  for (const opt of command.options) byName.set(opt.attributeName(), opt);
  const apply = (entries: ConfigMap, strict: boolean): void => {
    for (const [key, raw] of Object.entries(entries)) {
      const opt = byName.get(camel(key));
      if (!opt) {
        if (strict) throw new UsageError(`${file}: ${section} has no option "${key}"`, `run atr-audit ${section} --help for its options`);
        continue;
      }
      const source = command.getOptionValueSource(opt.attributeName());
      if (source === 'cli' || source === 'env') continue;
      command.setOptionValueWithSource(opt.attributeName(), confined(opt.attributeName(), valueFor(opt, raw, file, key), file), 'config');
    }
  };
  apply(shared, false);
  apply(scoped, true);
}

/** Top-level keys must be an option of some command, or a command section. */
export function checkConfigKeys(root: Command, config: ConfigMap, file: string): void {
  const known = new Set<string>(COMMANDS);
  const walk = (c: Command): void => {
    c.options.forEach((o) => known.add(o.attributeName()));
    c.commands.forEach(walk);
  };
  walk(root);
  for (const key of Object.keys(config)) if (!known.has(camel(key)) && !known.has(key)) throw new UsageError(`${file}: unknown option "${key}"`, 'keys are command-line option names, or a section per command (batch:, diff:, ...)');
}
