import { test as base, expect, type Browser, type BrowserContext, type Page } from "@playwright/test";
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import WebSocket from "ws";
import { ParleyServer } from "./server";

export { expect };

let counter = 0;
/** A unique email for a fresh user. */
export function uniqueEmail(prefix: string): string {
  return `${prefix.toLowerCase().replace(/[^a-z0-9]+/g, ".")}-${Date.now().toString(36)}-${++counter}-${Math.random().toString(36).slice(2, 7)}@example.test`;
}

export interface ApiUser {
  id: string;
  name: string;
  email: string;
  token: string;
}

export interface UserPage {
  page: Page;
  context: BrowserContext;
  name: string;
  email: string;
}

type Fixtures = {
  /** Opens a new browser context (its own storage) and page, watching for page errors. */
  openPage: (opts?: PageOptions) => Promise<Page>;
  /** A new browser user, registered through the UI and sitting in the inbox. */
  newUser: (name: string, opts?: PageOptions) => Promise<UserPage>;
  /** A user registered through the HTTP API (for the "other side" of a scenario). */
  apiUser: (name: string) => Promise<ApiUser>;
  pageErrors: string[];
  /** What the Content-Security-Policy blocked in any page of the test: must stay empty. */
  cspViolations: string[];
  serverLogOnFailure: void;
};

type PageOptions = {
  viewport?: { width: number; height: number };
  colorScheme?: "light" | "dark";
  /** A phone: a touch screen, no pointer to hover with. */
  phone?: boolean;
};

type WorkerFixtures = {
  /** Environment of the worker's server; a file that changes it (test.use) gets a server of its own. */
  serverEnv: Record<string, string>;
  server: ParleyServer;
};

export const test = base.extend<Fixtures, WorkerFixtures>({
  serverEnv: [{}, { scope: "worker", option: true }],
  server: [
    async ({ serverEnv }, use) => {
      const server = await ParleyServer.create(serverEnv);
      try {
        await server.start();
        await use(server);
      } finally {
        await server.stop();
        if (!process.env.KEEP_SERVER_DATA) server.removeData();
      }
    },
    { scope: "worker", timeout: 180_000 },
  ],

  baseURL: async ({ server }, use) => {
    await use(server.baseURL);
  },

  pageErrors: async ({}, use) => {
    const errors: string[] = [];
    await use(errors);
    expect(errors, "uncaught errors in the page").toEqual([]);
  },

  cspViolations: async ({}, use) => {
    const violations: string[] = [];
    await use(violations);
    expect(violations, "Content-Security-Policy violations").toEqual([]);
  },

  serverLogOnFailure: [
    async ({ server }, use, testInfo) => {
      await use();
      if (testInfo.status !== testInfo.expectedStatus) {
        const tail = server.logTail(120);
        console.log(`\n----- Parley server log (${server.logFile}) -----\n${tail}\n-----`);
        const copy = testInfo.outputPath("parley-server.log");
        fs.mkdirSync(path.dirname(copy), { recursive: true });
        fs.copyFileSync(server.logFile, copy);
        await testInfo.attach("parley-server.log", { path: copy, contentType: "text/plain" });
      }
    },
    { auto: true },
  ],

  openPage: async ({ browser, baseURL, pageErrors, cspViolations }, use) => {
    const contexts: BrowserContext[] = [];
    await use(async (opts) => {
      const context = await (browser as Browser).newContext({
        baseURL,
        viewport: opts?.viewport ?? { width: 1280, height: 800 },
        colorScheme: opts?.colorScheme ?? "light",
        hasTouch: opts?.phone,
        isMobile: opts?.phone,
      });
      contexts.push(context);
      await watchContentSecurityPolicy(context, cspViolations);
      const page = await context.newPage();
      page.on("pageerror", (err) => pageErrors.push(`${err.name}: ${err.message}`));
      return page;
    });
    for (const c of contexts) await c.close().catch(() => undefined);
  },

  newUser: async ({ openPage }, use) => {
    await use(async (name, opts) => {
      const page = await openPage(opts);
      const email = uniqueEmail(name);
      await page.goto("/register/");
      await page.getByLabel("Name").fill(name);
      await page.getByLabel("Email").fill(email);
      await page.getByLabel("Password").fill("correct horse battery");
      await page.getByRole("button", { name: "Create account" }).click();
      await expect(page.getByRole("heading", { name: "Chats" })).toBeVisible();
      return { page, context: page.context(), name, email };
    });
  },

  apiUser: async ({ server }, use) => {
    await use(async (name) => {
      const email = uniqueEmail(name);
      const res = await fetch(`${server.baseURL}/api/auth/register`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ name, email, password: "correct horse battery" }),
      });
      expect(res.status).toBe(201);
      const body = (await res.json()) as { token: string; user: { id: string } };
      return { id: body.user.id, name, email, token: body.token };
    });
  },
});

/**
 * Reports every Content-Security-Policy violation in the context's pages (every tab) to
 * `violations`. The listener is in place before any script of a page runs or is blocked.
 */
export async function watchContentSecurityPolicy(context: BrowserContext, violations: string[]): Promise<void> {
  await context.exposeBinding("__parleyCspViolation", (_source, violation: string) => {
    violations.push(violation);
  });
  await context.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      const report = (window as unknown as { __parleyCspViolation: (v: string) => void }).__parleyCspViolation;
      report(`${e.effectiveDirective} blocked ${e.blockedURI || "(inline)"} in ${e.documentURI} (${e.sourceFile}:${e.lineNumber})`);
    });
  });
}

/** A call to the HTTP API as an API user. */
export async function apiCall<T>(server: ParleyServer, user: ApiUser, method: string, pathname: string, body?: unknown): Promise<T> {
  const res = await fetch(`${server.baseURL}/api${pathname}`, {
    method,
    headers: { Authorization: `Bearer ${user.token}`, ...(body !== undefined ? { "Content-Type": "application/json" } : {}) },
    body: body !== undefined ? JSON.stringify(body) : undefined,
  });
  if (!res.ok) throw new Error(`${method} ${pathname} → ${res.status} ${await res.text()}`);
  return (res.status === 204 ? undefined : await res.json()) as T;
}

/** Sends one message over a plain WebSocket as an API user and waits for its ack. */
export async function sendOverSocket(
  server: ParleyServer,
  user: ApiUser,
  conversationId: string,
  content: string,
  attachmentIds?: string[],
  /** More of the send: `replyToId`, `threadId`. */
  more: Record<string, string> = {},
): Promise<{ id: string; seq: number }> {
  const ws = new WebSocket(`ws://127.0.0.1:${server.port}/ws`, { headers: { Authorization: `Bearer ${user.token}` } });
  try {
    await new Promise<void>((resolve, reject) => {
      ws.once("open", () => resolve());
      ws.once("error", reject);
      ws.once("unexpected-response", (_req, res) => reject(new Error(`upgrade refused: ${res.statusCode}`)));
    });
    const ref = `t-${Date.now()}`;
    const ack = new Promise<{ id: string; seq: number }>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error("no ack within 10 s")), 10_000);
      ws.on("message", (raw) => {
        const frame = JSON.parse(String(raw));
        if (frame.ref !== ref) return;
        clearTimeout(timer);
        if (frame.type === "ack") resolve(frame.data.message);
        else reject(new Error(`send failed: ${JSON.stringify(frame.data)}`));
      });
    });
    ws.send(JSON.stringify({ type: "send_message", ref, data: { conversationId, content, clientMessageId: crypto.randomUUID(), attachmentIds, ...more } }));
    return await ack;
  } finally {
    ws.close();
  }
}

/** Uploads a file as an API user. */
export async function uploadAsApiUser(server: ParleyServer, user: ApiUser, name: string, type: string, bytes: Buffer): Promise<{ id: string }> {
  const form = new FormData();
  form.append("file", new Blob([new Uint8Array(bytes)], { type }), name);
  const res = await fetch(`${server.baseURL}/api/attachments`, { method: "POST", headers: { Authorization: `Bearer ${user.token}` }, body: form });
  if (res.status !== 201) throw new Error(`upload → ${res.status} ${await res.text()}`);
  return (await res.json()) as { id: string };
}

/** A small PNG (a coloured gradient) generated in memory, no files needed. */
export function makePng(width = 48, height = 32): Buffer {
  const raw = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 3 + 1)] = 0;
    for (let x = 0; x < width; x++) {
      const o = y * (width * 3 + 1) + 1 + x * 3;
      raw[o] = Math.round((x / width) * 255);
      raw[o + 1] = Math.round((y / height) * 200) + 40;
      raw[o + 2] = 200;
    }
  }
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buf: Buffer) => {
    let c = 0xffffffff;
    for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const td = Buffer.concat([Buffer.from(type, "ascii"), data]);
    const c = Buffer.alloc(4);
    c.writeUInt32BE(crc(td));
    return Buffer.concat([len, td, c]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // truecolour
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", zlib.deflateSync(raw)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

/** Opens (or creates) the direct conversation with someone through the user search dialog. */
export async function startDirectWith(page: Page, otherName: string): Promise<void> {
  await page.getByRole("button", { name: "New direct message" }).click();
  const dialog = page.getByRole("dialog", { name: "New direct message" });
  await dialog.getByLabel("Search people").fill(otherName);
  await dialog.getByRole("button", { name: new RegExp(otherName) }).click();
  await expect(page.getByRole("heading", { level: 1, name: otherName })).toBeVisible();
}

export function messageLog(page: Page) {
  return page.getByRole("log", { name: "Messages" });
}

/** Types and sends a message with Enter. */
export async function send(page: Page, text: string): Promise<void> {
  const box = page.getByRole("textbox", { name: "Message" });
  await box.fill(text);
  await box.press("Enter");
  await expect(box).toHaveValue("");
}

/** Signs an API user in through the sign-in page (of `origin`, e.g. a proxy, else the server) and waits for the inbox. */
export async function signIn(page: Page, user: ApiUser, origin = ""): Promise<void> {
  await page.goto(`${origin}/login/`);
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill("correct horse battery");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { name: "Chats" })).toBeVisible();
}
