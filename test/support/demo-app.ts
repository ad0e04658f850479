import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { dbFileIn } from '../../electron/backend/data-dir';
import { generateDemo } from '../../electron/backend/demo/generate';
import type { DemoOptions } from '../../electron/backend/demo/plan';
import { HttpClient } from './api';
import { launchBrowser } from './browser';
import { RENDERER_DIR, startTestServer, type TestServer } from './server';
import { tempDir } from './temp';

/** The demo counsellor with the most students in school: the one with the most to log. */
export function busiestCounsellor(db: Database.Database): { username: string; name: string } {
  return db
    .prepare(
      `SELECT u.username, u.display_name AS name FROM users u JOIN students s ON s.counsellor_id = u.id
       WHERE s.status = 'enrolled' GROUP BY u.id ORDER BY count(*) DESC LIMIT 1`,
    )
    .get() as { username: string; name: string };
}

/** Where the end-to-end tests leave their screenshots. */
export const SHOTS = path.resolve(__dirname, '../../test-results');

/** The laptop screen the office works on. */
export const LAPTOP = { width: 1366, height: 768 };

export interface DemoApp {
  server: TestServer;
  browser: Browser;
  dataDir: string;
  /** the one password of every demo account */
  password: string;
  /** A new page at 1366×768 unless told otherwise; answers may take seconds on a busy machine. */
  newPage(options?: BrowserContextOptions): Promise<Page>;
  /** Signs `username` in on `page` (a new one unless given) and waits for the app's navigation. */
  signIn(username: string, page?: Page): Promise<Page>;
  /** The API as `username`, for the figures a page should show. */
  api(username: string): Promise<HttpClient>;
  close(): Promise<void>;
}

/**
 * The built app served over HTTP on a new demo register, and a browser: what the end-to-end
 * tests on realistic data start from. Every demo account is as after its first sign-in (its
 * password already chosen), so a test signs straight in. `prepare` changes the data before the
 * server opens it.
 */
export async function startDemoApp({
  demo = { students: 160, seed: 11, asOf: '2019-11-30' },
  prepare,
}: { demo?: DemoOptions; prepare?: (db: Database.Database) => void } = {}): Promise<DemoApp> {
  if (!fs.existsSync(path.join(RENDERER_DIR, 'index.html'))) throw new Error('renderer not built: npm run build:renderer');
  fs.mkdirSync(SHOTS, { recursive: true });
  const dataDir = tempDir();
  // No allowance or placement history unless a test asks: those tests make their own from a clean slate.
  const { password } = await generateDemo(dataDir, { allowances: false, placements: false, ...demo });
  const db = new Database(dbFileIn(dataDir));
  try {
    db.prepare('UPDATE users SET must_change_password = 0').run();
    prepare?.(db);
  } finally {
    db.close();
  }
  const server = await startTestServer(dataDir);
  const browser = await launchBrowser();

  const newPage = async (options: BrowserContextOptions = {}) => {
    const page = await browser.newPage({ viewport: LAPTOP, ...options });
    page.setDefaultTimeout(15_000);
    return page;
  };
  return {
    server,
    browser,
    dataDir,
    password,
    newPage,
    async signIn(username, page) {
      const p = page ?? (await newPage());
      await p.goto(server.url);
      await p.locator('[name="username"]').fill(username);
      await p.locator('[name="password"]').fill(password);
      await p.locator('[name="password"]').press('Enter');
      await p.locator('nav').waitFor();
      return p;
    },
    async api(username) {
      const client = new HttpClient(server.url);
      await client.call('auth.login', { username, password });
      return client;
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}
