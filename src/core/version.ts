import { readFileSync } from 'node:fs';

// package.json sits two levels above both src/core and dist/core.
const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  version: string;
  homepage: string;
  engines: { node: string };
};

export const TOOL_VERSION: string = pkg.version;
/** The Node.js versions we run on: package.json `engines.node`, a semver range. */
export const NODE_RANGE: string = pkg.engines.node;
export const DEFAULT_USER_AGENT = `atr-audit/${pkg.version} (+${pkg.homepage})`;

/** Stamped in the head of every HTML page we write, so a later local audit never reads it as a council's document. */
export const GENERATOR_META = '<meta name="generator" content="atr-audit">';
