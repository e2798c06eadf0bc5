#!/usr/bin/env node
// Tiny launcher: the CLI lives in dist/ (built by `npm ci` through the prepare script).
import { run } from '../dist/cli/main.js';

run(process.argv.slice(2)).then((code) => { process.exitCode = code; });
