// Starting Chromium on a locked-down machine: flags, no network of its own, a fresh profile.
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

/**
 * The browser is given no network of its own. Every HTTP(S) request it makes is intercepted and
 * fetched by our guarded client (src/fetch/browser-renderer.ts); anything that escapes interception
 * (a WebSocket, a WebRTC TURN-over-TCP connection, a worker's socket) goes to a proxy that does not
 * exist, loopback included ('<-loopback>' removes Chromium's implicit loopback bypass). WebRTC may
 * not use UDP outside a proxy, so it may not use UDP at all; QUIC is off.
 */
export const NO_NETWORK_PROXY = 'http://127.0.0.1:9';
export const ISOLATION_FLAGS = [
  `--proxy-server=${NO_NETWORK_PROXY}`,
  '--proxy-bypass-list=<-loopback>',
  '--webrtc-ip-handling-policy=disable_non_proxied_udp',
  '--force-webrtc-ip-handling-policy',
  '--disable-quic',
];

/**
 * How the audit's browser is started: locked down and isolated. The environment's proxy is used by
 * our HTTP client, which fetches everything the browser asks for; the browser itself never needs it.
 */
export function launchOptions(executablePath: string): LaunchOptions {
  return {
    executablePath,
    headless: true,
    args: [...LAUNCH_FLAGS, ...ISOLATION_FLAGS],
    // playwright-core gives every launch a fresh temporary profile (user-data-dir) and deletes it on
    // close; it also closes the browser on SIGINT/SIGTERM/SIGHUP, so Ctrl-C leaves no Chromium behind.
    handleSIGINT: true,
    handleSIGTERM: true,
    handleSIGHUP: true,
    timeout: 30_000,
  };
}

/** Launch the browser at this path; playwright-core is loaded only when a browser is wanted. */
export async function launchChromium(executablePath: string): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  return chromium.launch(launchOptions(executablePath));
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
