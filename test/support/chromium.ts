// Headless Chromium (Debian's package) driven over the DevTools protocol on a pipe
// (--remote-debugging-pipe: JSON messages ending in NUL on fds 3 and 4), with no npm dependency. It
// opens one page, records every request that page makes, every console message, log entry (CSP
// violations are log entries) and uncaught exception, evaluates expressions in the page (DevTools
// evaluation is not subject to the page's CSP), and takes full-page screenshots. The browser's own
// background traffic (component updates, time sync) is not the page's and is not recorded.
//
//   const page = await openPage(CHROMIUM, 'file:///tmp/report.html');
//   page.requests, page.console, await page.evaluate('document.title'), await page.screenshot(file)
//   await page.close();

import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable, Writable } from 'node:stream';

/** The browser the tests use: AGENT_GUARD_CHROMIUM, else Debian's /usr/bin/chromium. Null when absent. */
export function chromiumPath(): string | null {
  const p = process.env.AGENT_GUARD_CHROMIUM || '/usr/bin/chromium';
  return existsSync(p) ? p : null;
}

export interface ConsoleEntry {
  /** log, warning, error, ... (console API), or the Log domain's level. */
  level: string;
  source: string;
  text: string;
}

export interface PageRequest {
  url: string;
  /** Why the browser did not send it (`csp`, ...); undefined for a request that went out. */
  blocked?: string;
}

export interface Page {
  /** Every request the page started, the document's own included, in order. */
  requests: PageRequest[];
  console: ConsoleEntry[];
  exceptions: string[];
  evaluate<T = unknown>(expression: string): Promise<T>;
  /** A PNG of the whole page at the viewport width. */
  screenshot(file: string): Promise<void>;
  close(): Promise<void>;
}

type Message = { id?: number; method?: string; params?: Record<string, unknown>; result?: Record<string, unknown>; error?: { message: string }; sessionId?: string };

const FLAGS = [
  '--headless',
  '--disable-gpu',
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-extensions',
  '--disable-default-apps',
  '--no-pings',
  '--hide-scrollbars',
  '--mute-audio',
  '--remote-debugging-pipe',
];

export async function openPage(browser: string, url: string, opts: { width?: number; height?: number; timeoutMs?: number } = {}): Promise<Page> {
  const profile = mkdtempSync(join(tmpdir(), 'agent-guard-chromium-'));
  // The sandbox needs user namespaces, which containers (and root) often lack.
  const args = [...FLAGS, `--user-data-dir=${profile}`, ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), 'about:blank'];
  const child: ChildProcess = spawn(browser, args, { stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-4000)));
  const toBrowser = child.stdio[3] as Writable;
  const fromBrowser = child.stdio[4] as Readable;
  const timeoutMs = opts.timeoutMs ?? 30_000;

  let nextId = 1;
  const pending = new Map<number, { resolve: (m: Message) => void; reject: (e: Error) => void }>();
  const listeners: ((m: Message) => void)[] = [];
  let buffer = Buffer.alloc(0);
  let exited: Error | null = null;
  fromBrowser.on('data', (chunk: Buffer) => {
    buffer = Buffer.concat([buffer, chunk]);
    for (let end = buffer.indexOf(0); end >= 0; end = buffer.indexOf(0)) {
      const m = JSON.parse(buffer.subarray(0, end).toString('utf8')) as Message;
      buffer = buffer.subarray(end + 1);
      if (m.id !== undefined && pending.has(m.id)) {
        const p = pending.get(m.id)!;
        pending.delete(m.id);
        if (m.error) p.reject(new Error(`DevTools: ${m.error.message}`));
        else p.resolve(m);
      } else for (const l of listeners) l(m);
    }
  });
  child.on('exit', (code, signal) => {
    exited = new Error(`chromium exited (${code ?? signal}) before the page was done:\n${stderr}`);
    for (const p of pending.values()) p.reject(exited);
    pending.clear();
  });

  const send = (method: string, params: Record<string, unknown> = {}, sessionId?: string): Promise<Record<string, unknown>> =>
    new Promise((resolve, reject) => {
      if (exited) return reject(exited);
      const id = nextId++;
      const timer = setTimeout(() => {
        pending.delete(id);
        reject(new Error(`DevTools: ${method} did not answer in ${timeoutMs} ms`));
      }, timeoutMs);
      pending.set(id, {
        resolve: (m) => (clearTimeout(timer), resolve(m.result ?? {})),
        reject: (e) => (clearTimeout(timer), reject(e)),
      });
      toBrowser.write(JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) }) + '\0');
    });

  const page: Page = {
    requests: [],
    console: [],
    exceptions: [],
    evaluate: async () => undefined as never,
    screenshot: async () => undefined,
    close: async () => {
      await send('Browser.close').catch(() => undefined);
      const exit = new Promise((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve(null) : child.once('exit', resolve)));
      const killer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exit;
      clearTimeout(killer);
      toBrowser.destroy();
      fromBrowser.destroy();
      child.stderr!.destroy();
      rmSync(profile, { recursive: true, force: true });
    },
  };
  try {
    const { targetId } = (await send('Target.createTarget', { url: 'about:blank' })) as { targetId: string };
    const { sessionId } = (await send('Target.attachToTarget', { targetId, flatten: true })) as { sessionId: string };
    const byId = new Map<string, PageRequest>();
    let loaded: () => void = () => undefined;
    const load = new Promise<void>((resolve) => (loaded = resolve));
    listeners.push((m) => {
      if (m.sessionId !== sessionId || !m.params) return;
      const p = m.params as Record<string, Record<string, unknown> | undefined>;
      if (m.method === 'Network.requestWillBeSent') byId.set(String(m.params.requestId), page.requests[page.requests.push({ url: String(p.request?.url) }) - 1]!);
      else if (m.method === 'Network.loadingFailed' && typeof m.params.blockedReason === 'string') {
        const r = byId.get(String(m.params.requestId));
        if (r) r.blocked = m.params.blockedReason;
      }
      else if (m.method === 'Log.entryAdded') page.console.push({ level: String(p.entry?.level), source: String(p.entry?.source), text: String(p.entry?.text) });
      else if (m.method === 'Runtime.consoleAPICalled') page.console.push({ level: String(m.params.type), source: 'console-api', text: JSON.stringify(m.params.args) });
      else if (m.method === 'Runtime.exceptionThrown') page.exceptions.push(JSON.stringify(p.exceptionDetails));
      else if (m.method === 'Page.loadEventFired') loaded();
    });
    for (const domain of ['Network', 'Log', 'Runtime', 'Page']) await send(`${domain}.enable`, {}, sessionId);
    const width = opts.width ?? 1280;
    await send('Emulation.setDeviceMetricsOverride', { width, height: opts.height ?? 900, deviceScaleFactor: 1, mobile: false }, sessionId);
    await send('Page.navigate', { url }, sessionId);
    await Promise.race([load, new Promise((_, reject) => setTimeout(() => reject(new Error(`${url} did not load in ${timeoutMs} ms`)), timeoutMs))]);
    page.evaluate = async <T>(expression: string) => {
      const r = (await send('Runtime.evaluate', { expression, returnByValue: true }, sessionId)) as { result?: { value?: unknown }; exceptionDetails?: unknown };
      if (r.exceptionDetails) throw new Error(`evaluate ${expression}: ${JSON.stringify(r.exceptionDetails)}`);
      return r.result?.value as T;
    };
    page.screenshot = async (file: string) => {
      const height = await page.evaluate<number>('Math.ceil(document.documentElement.scrollHeight)');
      const r = (await send('Page.captureScreenshot', { format: 'png', captureBeyondViewport: true, clip: { x: 0, y: 0, width, height, scale: 1 } }, sessionId)) as { data: string };
      writeFileSync(file, Buffer.from(r.data, 'base64'));
    };
    return page;
  } catch (err) {
    await page.close();
    throw err;
  }
}
