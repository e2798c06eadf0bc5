// Starting Chromium on a locked-down machine: flags, proxy from the environment, a fresh profile.
import type { Browser, LaunchOptions } from 'playwright-core';

/** Flags that let Chromium start as root, in containers, without a GPU and without phoning home. */
export const LAUNCH_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const envValue = (env: NodeJS.ProcessEnv, name: string): string | undefined => env[name] || env[name.toLowerCase()] || undefined;

/** The browser's proxy from HTTPS_PROXY / HTTP_PROXY / NO_PROXY (as undici reads them for plain requests). */
export function proxyFromEnv(env: NodeJS.ProcessEnv = process.env): LaunchOptions['proxy'] {
  const server = envValue(env, 'HTTPS_PROXY') ?? envValue(env, 'HTTP_PROXY');
  if (!server) return undefined;
  const noProxy = envValue(env, 'NO_PROXY');
  const bypass = noProxy
    ?.split(/[\s,]+/)
    .filter(Boolean)
    .map((h) => (h.startsWith('.') ? `*${h}` : h))
    .join(',');
  return { server, ...(bypass ? { bypass } : {}) };
}

export function launchOptions(executablePath: string, env: NodeJS.ProcessEnv = process.env): LaunchOptions {
  const proxy = proxyFromEnv(env);
  return {
    executablePath,
    headless: true,
    args: LAUNCH_FLAGS,
    // playwright-core gives every launch a fresh temporary profile (user-data-dir) and deletes it on
    // close; it also closes the browser on SIGINT/SIGTERM/SIGHUP, so Ctrl-C leaves no Chromium behind.
    handleSIGINT: true,
    handleSIGTERM: true,
    handleSIGHUP: true,
    timeout: 30_000,
    ...(proxy ? { proxy } : {}),
  };
}

/** Launch the browser at this path; playwright-core is loaded only when a browser is wanted. */
export async function launchChromium(executablePath: string, env: NodeJS.ProcessEnv = process.env): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  return chromium.launch(launchOptions(executablePath, env));
}

/** Where a Playwright-installed Chromium would be, or undefined. */
export async function playwrightChromiumPath(): Promise<string | undefined> {
  try {
    const { chromium } = await import('playwright-core');
    return chromium.executablePath();
  } catch {
    return undefined;
  }
}
