import type { Page } from "@playwright/test";
import { apiCall, expect, messageLog, send, sendOverSocket, signIn, test, uniqueEmail, type ApiUser } from "./fixtures";
import type { ParleyServer } from "./server";
import { TcpProxy } from "./tcpProxy";

/** Registers through the UI at `origin` (the proxy), and opens a direct conversation Bob started. */
async function aliceTalkingToBob(page: Page, origin: string, server: ParleyServer, bob: ApiUser): Promise<string> {
  await page.goto(`${origin}/register/`);
  await page.getByLabel("Name").fill("Alice Outbox");
  await page.getByLabel("Email").fill(uniqueEmail("alice.outbox"));
  await page.getByLabel("Password").fill("correct horse battery");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("heading", { name: "Chats" })).toBeVisible();
  const aliceId = await page.evaluate(() => JSON.parse(localStorage.getItem("parley.user")!).id as string);
  const conv = await apiCall<{ id: string }>(server, bob, "POST", "/conversations/direct", { userId: aliceId });
  await sendOverSocket(server, bob, conv.id, "hi Alice");
  await page.getByRole("link", { name: new RegExp(bob.name) }).click();
  await expect(messageLog(page).getByText("hi Alice")).toBeVisible();
  return conv.id;
}

/** The conversation's history as the server has it, oldest first. */
async function history(server: ParleyServer, user: ApiUser, conversationId: string): Promise<string[]> {
  const page = await apiCall<{ messages: { seq: number; content: string }[] }>(server, user, "GET", `/conversations/${conversationId}/messages?limit=100`);
  return page.messages.sort((a, b) => a.seq - b.seq).map((m) => m.content);
}

const banner = (page: Page) => page.getByRole("status").filter({ hasText: /Connection lost|Reconnecting/ });
const waiting = (page: Page) => messageLog(page).locator('li[data-pending="waiting"]');

test("a network that goes silent is noticed within seconds; what is written meanwhile waits and arrives once, in order", async ({ openPage, apiUser, server }) => {
  const proxy = await TcpProxy.start(server.port);
  try {
    const bob = await apiUser("Bob Outbox");
    const page = await openPage();
    const conv = await aliceTalkingToBob(page, proxy.url, server, bob);

    // No close, no reset: only the heartbeat can tell (ping after 4 s of silence, pong within 3 s).
    proxy.freeze();
    await expect(banner(page)).toContainText("Connection lost", { timeout: 12_000 });
    await expect(banner(page)).toContainText(/Reconnecting in \d+ s/);
    await expect(banner(page).getByRole("button", { name: "Retry now" })).toBeVisible();

    for (const text of ["one", "two", "three"]) await send(page, text);
    await expect(waiting(page)).toHaveCount(3);
    await expect(waiting(page).first()).toContainText("Waiting for the connection");
    await expect(banner(page)).toContainText("3 messages wait to be sent");
    expect(await history(server, bob, conv)).toEqual(["hi Alice"]);

    proxy.restore();
    await expect(banner(page)).toBeHidden({ timeout: 20_000 });
    await expect(messageLog(page).locator("li[data-pending]")).toHaveCount(0);
    await expect.poll(() => history(server, bob, conv)).toEqual(["hi Alice", "one", "two", "three"]);
    // Each shown once, in order (a message's lines may also hold its sender and time).
    const shown = await messageLog(page).locator("li[data-seq]").allInnerTexts();
    expect(shown).toHaveLength(4);
    ["hi Alice", "one", "two", "three"].forEach((text, i) => expect(shown[i].split("\n")).toContain(text));
  } finally {
    await proxy.close();
  }
});

test("a reply written offline shows the message it quotes while it waits, and once sent", async ({ openPage, apiUser, server }) => {
  const proxy = await TcpProxy.start(server.port);
  try {
    const bob = await apiUser("Bob Quoted");
    const page = await openPage();
    await aliceTalkingToBob(page, proxy.url, server, bob);
    proxy.freeze();
    await expect(banner(page)).toContainText("Connection lost", { timeout: 12_000 });

    const quoted = messageLog(page).locator("li[data-seq]").filter({ hasText: "hi Alice" });
    await quoted.hover();
    await quoted.getByRole("button", { name: "Reply", exact: true }).click();
    await send(page, "hi Bob");
    await expect(waiting(page).getByRole("button", { name: "In reply to Bob Quoted hi Alice" })).toBeVisible();

    proxy.restore();
    const sent = messageLog(page).locator("li[data-seq]").filter({ hasText: "hi Bob" });
    await expect(sent.getByRole("button", { name: "In reply to Bob Quoted hi Alice" })).toBeVisible({ timeout: 20_000 });
  } finally {
    await proxy.close();
  }
});

test("the outbox survives a reload and a server restart, and every message is delivered exactly once, in order", async ({ openPage, apiUser, server }) => {
  const proxy = await TcpProxy.start(server.port);
  try {
    const bob = await apiUser("Bob Restart");
    const page = await openPage();
    const conv = await aliceTalkingToBob(page, proxy.url, server, bob);

    proxy.cut();
    await expect(banner(page)).toBeVisible();
    await send(page, "first");
    await send(page, "second");
    await expect(waiting(page)).toHaveCount(2);

    // The page comes back (HTTP works) but the live connection still cannot: the outbox is read back.
    proxy.blockWebSockets();
    await page.reload();
    await expect(waiting(page)).toHaveCount(2);
    await expect(waiting(page).nth(0)).toContainText("first");
    await expect(waiting(page).nth(1)).toContainText("second");

    await server.stop();
    await send(page, "third");
    await expect(waiting(page)).toHaveCount(3);
    await server.start();
    expect(await history(server, bob, conv)).toEqual(["hi Alice"]);

    proxy.restore();
    await expect(messageLog(page).locator("li[data-pending]")).toHaveCount(0, { timeout: 30_000 });
    await expect.poll(() => history(server, bob, conv)).toEqual(["hi Alice", "first", "second", "third"]);

    // and nothing is sent a second time by a later reload
    await page.reload();
    await expect(messageLog(page).getByText("third")).toBeVisible();
    await expect(messageLog(page).locator("li[data-pending]")).toHaveCount(0);
    expect(await history(server, bob, conv)).toEqual(["hi Alice", "first", "second", "third"]);
  } finally {
    await proxy.close();
  }
});

test("a rate-limited message counts down and goes out by itself when the time is up", async ({ openPage, apiUser, server }) => {
  const bob = await apiUser("Bob Limit");
  const page = await openPage();
  const conv = await aliceTalkingToBob(page, server.baseURL, server, bob);

  // the server takes 5 messages per 10 s from one user in one conversation
  const texts = ["m1", "m2", "m3", "m4", "m5", "m6"];
  for (const t of texts) await send(page, t);
  const limited = waiting(page).filter({ hasText: "m6" });
  await expect(limited).toContainText(/sending messages too fast · sending again in \d+ s/);
  const secondsShown = async () => Number((await limited.innerText()).match(/in (\d+) s/)?.[1] ?? 0);
  const first = await secondsShown();
  await expect.poll(secondsShown).toBeLessThan(first);
  await expect(messageLog(page).locator("li[data-pending]")).toHaveCount(0, { timeout: 15_000 });
  await expect.poll(() => history(server, bob, conv)).toEqual(["hi Alice", ...texts]);
});

/** How many messages the browser's outbox holds. */
function outboxSize(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open("parley-outbox");
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains("entries")) return resolve(0);
          const count = db.transaction("entries").objectStore("entries").count();
          count.onsuccess = () => resolve(count.result);
          count.onerror = () => reject(count.error);
        };
      }),
  );
}

test("signing out forgets the outbox and the drafts: the next person on this browser sends none of it", async ({ openPage, apiUser, server }) => {
  const proxy = await TcpProxy.start(server.port);
  try {
    const bob = await apiUser("Bob Signout");
    const carol = await apiUser("Carol Next");
    const page = await openPage();
    const conv = await aliceTalkingToBob(page, proxy.url, server, bob);

    proxy.blockWebSockets();
    await expect(banner(page)).toBeVisible();
    await send(page, "never to be sent");
    await expect(waiting(page)).toHaveCount(1);
    await page.getByRole("textbox", { name: "Message" }).fill("a private draft");
    await expect.poll(() => outboxSize(page)).toBe(1);
    const drafts = () => page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("parley.draft.")).length);
    expect(await drafts()).toBe(1);

    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page.getByRole("heading", { name: "Sign in to Parley" })).toBeVisible();
    expect(await outboxSize(page)).toBe(0);
    expect(await drafts()).toBe(0);

    // Carol signs in on the same browser with the connection back; her live connection comes up.
    proxy.restore();
    await signIn(page, carol, proxy.url);
    await expect(page.getByRole("heading", { name: "Chats" })).toBeVisible();
    await expect(page, "Carol starts in her own inbox, not where Alice left off").toHaveURL(/\/chat\/$/);
    const carolId = await page.evaluate(() => JSON.parse(localStorage.getItem("parley.user")!).id as string);
    const withCarol = await apiCall<{ id: string }>(server, bob, "POST", "/conversations/direct", { userId: carolId });
    await sendOverSocket(server, bob, withCarol.id, "hello Carol");
    await expect(page.getByRole("navigation", { name: "Conversations" }).getByRole("link", { name: /Bob Signout/ })).toContainText("hello Carol");
    expect(await history(server, bob, conv)).toEqual(["hi Alice"]);
    expect(await history(server, bob, withCarol.id)).toEqual(["hello Carol"]);
  } finally {
    await proxy.close();
  }
});
