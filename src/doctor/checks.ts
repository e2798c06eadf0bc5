// `atr-audit doctor`: is this machine ready to audit? Each check says what it found and, when it
// fails, what to do. Network, browser and disk are reached through small seams for tests.
import { existsSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import semver from 'semver';
import { DEFAULT_USER_AGENT, NODE_RANGE } from '../core/index.js';
import {
  BROWSER_ENV,
  browserFixHint,
  createAddressGuard,
  createHttpClient,
  launchChromium,
  playwrightChromiumPath,
  resolveBrowser,
  type HttpClient,
} from '../fetch/index.js';

export interface Check {
  name: string;
  ok: boolean;
  /** a failed needed check makes doctor exit 1; others are advice */
  needed: boolean;
  detail: string;
  fix?: string;
}

export interface DoctorOptions {
  /** --allow-private: the URL may be on an intranet or this machine, as for audit */
  allowPrivate?: boolean;
  browser?: string;
  url?: string;
  out: string;
  env?: NodeJS.ProcessEnv;
  nodeVersion?: string;
}

export interface DoctorDeps {
  http?: HttpClient;
  /** start the browser, open a page, return its version, close it */
  tryLaunch?: (path: string) => Promise<string>;
}

/** Node.js against package.json's engines range (semver: pre-releases and odd version strings included). */
export function checkNode(version: string, range = NODE_RANGE): Check {
  const parsed = semver.coerce(version, { includePrerelease: true });
  const ok = parsed !== null && semver.satisfies(parsed, range, { includePrerelease: true });
  const wanted = semver.minVersion(range)?.version ?? range;
  return { name: 'Node.js', ok, needed: true, detail: `version ${version}`, ...(ok ? {} : { fix: `install Node.js ${wanted} or newer (https://nodejs.org/)` }) };
}

async function launchAndClose(path: string): Promise<string> {
  const browser = await launchChromium(path);
  try {
    const page = await browser.newPage();
    await page.setContent('<p>ok</p>');
    return browser.version();
  } finally {
    await browser.close();
  }
}

export async function checkBrowser(opts: DoctorOptions, deps: DoctorDeps): Promise<Check[]> {
  const pw = await playwrightChromiumPath();
  const found = resolveBrowser({ option: opts.browser, env: opts.env ?? process.env, playwrightPath: () => pw });
  if (!found.browser) {
    return [{ name: 'browser found', ok: false, needed: true, detail: `${found.reason} (looked at: ${found.tried.join(', ')})`, fix: browserFixHint() }];
  }
  const where = `${found.browser.path} (from ${found.browser.source === 'env' ? BROWSER_ENV : found.browser.source === 'option' ? '--browser' : found.browser.source})`;
  const checks: Check[] = [{ name: 'browser found', ok: true, needed: true, detail: where }];
  try {
    const version = await (deps.tryLaunch ?? launchAndClose)(found.browser.path);
    checks.push({ name: 'browser starts', ok: true, needed: true, detail: `headless ${version}` });
  } catch (e) {
    checks.push({
      name: 'browser starts',
      ok: false,
      needed: true,
      detail: ((e as Error).message ?? String(e)).split('\n')[0] ?? 'failed',
      fix: 'check the path is a Chrome/Chromium executable and that it runs (`chromium --headless --no-sandbox --dump-dom about:blank`); on servers install its libraries with `apt-get install chromium`',
    });
  }
  return checks;
}

export function checkProxy(env: NodeJS.ProcessEnv): Check[] {
  const read = (n: string): string | undefined => env[n] || env[n.toLowerCase()] || undefined;
  const proxy = read('HTTPS_PROXY') ?? read('HTTP_PROXY');
  const checks: Check[] = [];
  if (proxy) {
    let ok = true;
    try {
      new URL(proxy);
    } catch {
      ok = false;
    }
    checks.push({
      name: 'proxy',
      ok,
      needed: true,
      detail: `HTTPS_PROXY/HTTP_PROXY=${proxy.replace(/\/\/[^@/]*@/, '//***@')}${read('NO_PROXY') ? `, NO_PROXY=${read('NO_PROXY')}` : ''} (used for every request and by the browser)`,
      ...(ok ? {} : { fix: 'set the proxy as a URL, e.g. HTTPS_PROXY=http://proxy.example:8080' }),
    });
  } else {
    checks.push({ name: 'proxy', ok: true, needed: false, detail: 'none set (HTTPS_PROXY, HTTP_PROXY, NO_PROXY are honoured when set)' });
  }
  const ca = env.NODE_EXTRA_CA_CERTS;
  if (ca) {
    const ok = existsSync(ca);
    checks.push({
      name: 'extra CA certificates',
      ok,
      needed: true,
      detail: `NODE_EXTRA_CA_CERTS=${ca}${ok ? ' (HTTP requests trust it; the browser uses the system certificate store)' : ' does not exist'}`,
      ...(ok ? {} : { fix: 'point NODE_EXTRA_CA_CERTS at a PEM file holding your network\u2019s CA certificate' }),
    });
  }
  return checks;
}

export async function checkReach(url: string, http: HttpClient): Promise<Check> {
  try {
    const res = await http.get(url, { userAgent: DEFAULT_USER_AGENT, timeoutMs: 15_000, maxBytes: 5 * 1024 * 1024, followRedirect: () => true });
    const ok = res.status < 500;
    return { name: 'network', ok, needed: true, detail: `${url} answered HTTP ${res.status}${res.finalUrl !== url ? ` from ${res.finalUrl}` : ''}`, ...(ok ? {} : { fix: 'the site answered with a server error; try again later or check the address' }) };
  } catch (e) {
    return {
      name: 'network',
      ok: false,
      needed: true,
      detail: `${url}: ${(e as Error).message}`,
      fix: 'check the address and your connection; behind a proxy set HTTPS_PROXY (and NO_PROXY for local hosts); with a TLS-inspecting proxy set NODE_EXTRA_CA_CERTS to its CA certificate',
    };
  }
}

export async function checkWritable(dir: string): Promise<Check> {
  const abs = resolve(dir);
  const probe = join(abs, `.atr-audit-doctor-${process.pid}`);
  try {
    await mkdir(abs, { recursive: true });
    await writeFile(probe, 'ok');
    await rm(probe, { force: true });
    return { name: 'output folder', ok: true, needed: true, detail: `${abs} is writable` };
  } catch (e) {
    return { name: 'output folder', ok: false, needed: true, detail: `${abs}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`, fix: 'choose a folder you can write to with --out, or fix its permissions' };
  }
}

export async function runDoctor(opts: DoctorOptions, deps: DoctorDeps = {}): Promise<Check[]> {
  const env = opts.env ?? process.env;
  const checks: Check[] = [checkNode(opts.nodeVersion ?? process.versions.node)];
  checks.push(...(await checkBrowser(opts, deps)));
  checks.push(...checkProxy(env));
  if (opts.url) checks.push(await checkReach(opts.url, deps.http ?? createHttpClient({ addresses: createAddressGuard({ allowPrivate: Boolean(opts.allowPrivate) }) })));
  checks.push(await checkWritable(opts.out));
  return checks;
}

/** Plain lines: "ok"/"FAIL"/"warn" words, so the output reads without colour. */
export function formatChecks(checks: Check[]): string {
  const lines = checks.map((c) => {
    const word = c.ok ? 'ok  ' : c.needed ? 'FAIL' : 'warn';
    return `${word}  ${c.name}: ${c.detail}${c.fix && !c.ok ? `\n      fix: ${c.fix}` : ''}`;
  });
  const failed = checks.filter((c) => !c.ok && c.needed).length;
  lines.push(failed === 0 ? '\nReady to audit.' : `\n${failed} problem${failed === 1 ? '' : 's'} to fix before auditing (see "fix:" above).`);
  return `${lines.join('\n')}\n`;
}
