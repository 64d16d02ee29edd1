// Browser journeys: the real server as a child process, Debian's Chromium driven by playwright-core,
// axe-core on every page visited. See ../shared/design/ARCHITECTURE.md (Tests).
import { spawn, type ChildProcess } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import assert from 'node:assert/strict';
import { chromium, type BrowserContext, type Page, type Response } from 'playwright-core';
import { sourceHash } from '../helpers/sourceHash.ts';

export const ROOT = resolve(fileURLToPath(new URL('../../', import.meta.url)));
const AXE_PATH = join(ROOT, 'node_modules/axe-core/axe.min.js');
export const SCREENS_DIR = join(ROOT, '.tmp/screens');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Every temp dir and process this test file made, removed or killed when it ends. */
const cleanups: (() => void)[] = [];
process.on('exit', () => {
  for (const c of cleanups.splice(0).reverse()) {
    try {
      c();
    } catch {
      /* best effort at exit */
    }
  }
});

function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

async function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', fail);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      srv.close(() => (typeof addr === 'object' && addr ? ok(addr.port) : fail(new Error('no port'))));
    });
  });
}

export interface Server {
  baseUrl: string;
  port: number;
  dataDir: string;
  /** The server's output so far (shown when it fails to start). */
  output(): string;
  /** SIGTERM (the server's graceful shutdown), SIGKILL after 10 s; resolves to the exit code. */
  stop(): Promise<number | null>;
}

/** What shapes a seeded database: migrations and every source file (tests excluded). */
const sourceKey = (extra: string) => sourceHash(['migrations', 'src'], extra);

/**
 * A freshly migrated and demo-seeded data dir, built once per source version under
 * .tmp/e2e-template and copied for every server: starting on it skips the migrations and the
 * seeding (about ten seconds a test file). E2E_TEMPLATE=0 seeds every server from scratch.
 */
async function templateDataDir(demoCount: number): Promise<string | null> {
  if (process.env.E2E_TEMPLATE === '0') return null;
  const base = join(ROOT, '.tmp/e2e-template');
  const dir = join(base, `${demoCount}-${sourceKey(String(demoCount))}`);
  if (existsSync(join(dir, 'ready'))) return dir;
  mkdirSync(base, { recursive: true });
  for (const old of readdirSync(base))
    if (!old.startsWith('building-')) rmSync(join(base, old), { recursive: true, force: true });
  const building = join(base, `building-${process.pid}`);
  rmSync(building, { recursive: true, force: true });
  // Seeding every module's demo takes a while on a busy machine; it happens once per source version.
  const seeding = await spawnServer(tempDir('qogam-e2e-seed-'), demoCount, {
    timeoutMs: Number(process.env.E2E_SEED_TIMEOUT_MS ?? 600_000),
  });
  // Only a cleanly closed database is worth copying.
  const code = await seeding.stop();
  if (code !== 0) throw new Error(`the seeding server did not shut down cleanly (exit ${code}):\n${seeding.output()}`);
  cpSync(seeding.dataDir, building, { recursive: true });
  writeFileSync(join(building, 'ready'), new Date().toISOString());
  try {
    renameSync(building, dir);
  } catch {
    // Another test process built it at the same time: use theirs.
    rmSync(building, { recursive: true, force: true });
  }
  return dir;
}

/**
 * Starts `node --import tsx src/main.ts` on a free loopback port with a fresh PGlite data dir and
 * a small demo (QOGAM_DEMO_COUNT organisations), and waits for /readyz. The server dies with the
 * test process: `stop()` in `after`, a kill on process exit, and a parent watch inside the child.
 */
export async function startServer(
  opts: { env?: Record<string, string>; demoCount?: number; timeoutMs?: number } = {},
): Promise<Server> {
  const demoCount = opts.demoCount ?? 300;
  const dataDir = tempDir('qogam-e2e-data-');
  const template = opts.env ? null : await templateDataDir(demoCount);
  if (template) cpSync(template, dataDir, { recursive: true, filter: (src) => !src.endsWith('/ready') });
  return spawnServer(dataDir, demoCount, opts);
}

async function spawnServer(
  dataDir: string,
  demoCount: number,
  opts: { env?: Record<string, string>; timeoutMs?: number },
): Promise<Server> {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    BASE_URL: baseUrl,
    DATA_DIR: dataDir,
    QOGAM_DEMO: '1',
    QOGAM_DEMO_COUNT: String(demoCount),
    LOG_LEVEL: 'warn',
    QOGAM_E2E_PARENT_PID: String(process.pid),
    NODE_ENV: 'development',
    ...opts.env,
  };
  // The journeys run on the embedded database, whatever the shell says.
  delete env.DATABASE_URL;
  delete env.DATABASE_SCHEMA;

  const child: ChildProcess = spawn(
    process.execPath,
    ['--import', 'tsx', '--import', pathToFileURL(join(ROOT, 'tests/e2e/watch-parent.mjs')).href, 'src/main.ts'],
    { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'], detached: false },
  );
  let out = '';
  let exited: number | null | undefined;
  const keep = (chunk: Buffer) => {
    out += chunk.toString();
    if (out.length > 200_000) out = out.slice(-100_000);
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', (chunk: Buffer) => {
    keep(chunk);
    if (process.env.E2E_VERBOSE) process.stderr.write(`[server] ${chunk}`);
  });
  child.on('exit', (code) => (exited = code));
  const killNow = () => {
    if (exited === undefined) child.kill('SIGKILL');
  };
  cleanups.push(killNow);

  const deadline = Date.now() + (opts.timeoutMs ?? 120_000);
  for (;;) {
    if (exited !== undefined) throw new Error(`the server exited (code ${exited}) before it was ready:\n${out}`);
    if (Date.now() > deadline) {
      killNow();
      throw new Error(`the server was not ready within ${opts.timeoutMs ?? 120_000} ms:\n${out}`);
    }
    try {
      const r = await fetch(`${baseUrl}/readyz`, { signal: AbortSignal.timeout(2000) });
      if (r.ok) break;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }

  return {
    baseUrl,
    port,
    dataDir,
    output: () => out,
    async stop() {
      if (exited !== undefined) return exited;
      const done = new Promise<number | null>((ok) => child.once('exit', (code) => ok(code)));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      const code = await done;
      clearTimeout(timer);
      return code;
    },
  };
}

export interface Browser {
  context: BrowserContext;
  page: Page;
  javaScriptEnabled: boolean;
  /** Problems the browser saw: failed sub-resources, script errors, console errors (CSP violations). */
  problems: string[];
  close(): Promise<void>;
}

async function launch(javaScriptEnabled: boolean): Promise<BrowserContext> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium`);
  return chromium.launchPersistentContext(tempDir('qogam-e2e-chromium-'), {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    javaScriptEnabled,
    viewport: { width: 1280, height: 900 },
    locale: 'kk-KZ',
    timezoneId: 'Asia/Almaty',
    // axe is injected as an inline script; the app's CSP (script-src 'self') would refuse it.
    bypassCSP: true,
  });
}

/** Debian's Chromium, headless, with a fresh profile; `javaScriptEnabled: false` for the no-JS journeys. */
export async function launchBrowser(opts: { javaScriptEnabled?: boolean } = {}): Promise<Browser> {
  const javaScriptEnabled = opts.javaScriptEnabled ?? true;
  const context = await launch(javaScriptEnabled);
  context.setDefaultTimeout(15_000);
  context.setDefaultNavigationTimeout(30_000);
  const page = context.pages()[0] ?? (await context.newPage());
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`script error on ${page.url()}: ${e.message}`));
  page.on('console', (m) => {
    // "Failed to load resource" repeats what the response listener reports with the URL; it also
    // fires for the document of an expected 404 and for Chromium's own /favicon.ico request.
    if (m.type() === 'error' && !m.text().startsWith('Failed to load resource'))
      problems.push(`console error on ${page.url()}: ${m.text()}`);
  });
  page.on('response', (r: Response) => {
    const req = r.request();
    if (req.resourceType() !== 'document' && r.status() >= 400)
      problems.push(`${r.status()} for ${req.resourceType()} ${r.url()} (on ${page.url()})`);
  });
  page.on('requestfailed', (req) => {
    // A navigation interrupted by a form submission is not a problem.
    if (req.resourceType() !== 'document')
      problems.push(`request failed: ${req.url()} ${req.failure()?.errorText ?? ''}`);
  });
  const browser: Browser = {
    context,
    page,
    javaScriptEnabled,
    problems,
    async close() {
      await auditors
        .get(browser)
        ?.close()
        .catch(() => {});
      auditors.delete(browser);
      await context.close().catch(() => {});
    },
  };
  browsers.set(page, browser);
  return browser;
}

const browsers = new WeakMap<Page, Browser>();
const auditors = new Map<Browser, BrowserContext>();

/**
 * With JavaScript off axe cannot run in the page itself (its timers never fire), so the page's
 * current DOM is replayed at the same URL in a second, script-enabled browser — with the app's own
 * script blocked, so the DOM axe sees is the one the no-JS reader got. Styles load from the server.
 */
async function auditorPage(browser: Browser, page: Page): Promise<Page> {
  let ctx = auditors.get(browser);
  if (!ctx) {
    ctx = await launch(true);
    auditors.set(browser, ctx);
  }
  const audit = ctx.pages()[0] ?? (await ctx.newPage());
  const html = await page.content();
  const url = page.url();
  await audit.unrouteAll();
  await audit.route('**/*', (route) => {
    const req = route.request();
    if (req.isNavigationRequest() && req.url() === url)
      return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
    if (req.resourceType() === 'script') return route.abort();
    return route.continue();
  });
  await audit.goto(url, { waitUntil: 'load' });
  return audit;
}

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

/** Runs axe-core (WCAG 2.x A/AA and best practices) on the page and fails on any violation. */
export async function axe(page: Page, opts: { disableRules?: string[] } = {}): Promise<void> {
  const browser = browsers.get(page);
  const target = browser && !browser.javaScriptEnabled ? await auditorPage(browser, page) : page;
  const hasAxe = await target.evaluate(() => typeof (window as any).axe !== 'undefined');
  if (!hasAxe) await target.addScriptTag({ path: AXE_PATH });
  const violations = (await target.evaluate(async (disabled: string[]) => {
    const a = (window as any).axe;
    const rules: Record<string, { enabled: boolean }> = {};
    for (const r of disabled) rules[r] = { enabled: false };
    const res = await a.run(document, { resultTypes: ['violations'], rules });
    return res.violations.map((v: any) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      helpUrl: v.helpUrl,
      nodes: v.nodes.map((n: any) => ({ target: n.target, failureSummary: n.failureSummary })),
    }));
  }, opts.disableRules ?? [])) as AxeViolation[];
  if (violations.length) {
    const lines = violations.map(
      (v) =>
        `- ${v.id} (${v.impact}): ${v.help}\n  ${v.helpUrl}\n` +
        v.nodes
          .slice(0, 5)
          .map(
            (n) =>
              `    at ${JSON.stringify(n.target)}${n.failureSummary ? `\n      ${n.failureSummary.replace(/\n/g, '\n      ')}` : ''}`,
          )
          .join('\n'),
    );
    assert.fail(`axe found ${violations.length} accessibility violation(s) on ${page.url()}:\n${lines.join('\n')}`);
  }
}

/** Saves a full-page PNG under .tmp/screens/<name>.png (look at them: layout is not asserted). */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENS_DIR, { recursive: true });
  const file = join(SCREENS_DIR, `${name.replace(/[^\w.-]+/g, '_')}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/**
 * What every journey checks on every page: the status, <html lang>, no broken sub-resources or
 * script errors, axe-core, and a screenshot.
 */
export async function checkPage(
  page: Page,
  name: string,
  expect: { status?: number; lang?: string; response?: Response | null } = {},
) {
  if (expect.response !== undefined && expect.status !== undefined) {
    assert.ok(expect.response, `no response for ${page.url()}`);
    assert.equal(expect.response.status(), expect.status, `status of ${page.url()}`);
  }
  if (expect.lang) assert.equal(await page.getAttribute('html', 'lang'), expect.lang, `<html lang> of ${page.url()}`);
  // Every text is translated: no catalogue key shows through.
  const raw =
    /(?:^|[\s(>«"])((?:registry|accounts|common|layout|errors|home|devMail|audit|admin|funding|petitions|appeals|legislation|councils|local|forum|volunteering|monitoring|pki)\.[a-z][\w.]*[a-zA-Z])/m.exec(
      await page.locator('body').innerText(),
    );
  assert.equal(raw, null, `an untranslated key "${raw?.[1]}" shows on ${page.url()}`);
  const browser = browsers.get(page);
  if (browser?.problems.length) {
    const list = browser.problems.splice(0);
    assert.fail(`the browser saw problems on ${page.url()}:\n- ${list.join('\n- ')}`);
  }
  await screenshot(page, name);
  await axe(page);
}

/** Navigates and checks the page (status 200 unless told otherwise). */
export async function visit(page: Page, url: string, name: string, expect: { status?: number; lang?: string } = {}) {
  const response = await page.goto(url, { waitUntil: 'load' });
  await checkPage(page, name, { status: expect.status ?? 200, lang: expect.lang, response });
  return response;
}

/** Reads a file in the repository if it exists (journeys adapt to modules as they land). */
export function readRepoFile(path: string): string | undefined {
  const p = join(ROOT, path);
  return existsSync(p) ? readFileSync(p, 'utf8') : undefined;
}

/** Submits a form by pressing its submit button and waits for the resulting page. */
export async function submit(page: Page, buttonSelector: string): Promise<Response | null> {
  const [response] = await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click(buttonSelector)]);
  return response;
}
