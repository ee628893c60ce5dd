import type { Page } from "@playwright/test";
import { apiCall, expect, sendOverSocket, signIn, test, type ApiUser } from "./fixtures";
import { TcpProxy } from "./tcpProxy";

// These tests send and change hundreds of messages in seconds: their server has no rate limits.
test.use({ serverEnv: { MESSAGE_RATE_LIMIT: "1000000", CHANGE_RATE_LIMIT: "1000000" } });

/** A small seeded generator (mulberry32): the same run of changes every time. */
function seeded(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** What the message list shows: each message's id and everything it says (text, marks, reactions, thread). */
function shownMessages(page: Page): Promise<string[]> {
  return page
    .getByRole("log", { name: "Messages" })
    .locator("li[data-message-id]")
    .evaluateAll((items) => items.map((li) => `${li.getAttribute("data-message-id")} ${li.textContent}`));
}

async function openGroup(page: Page, name: string) {
  await page.getByRole("navigation", { name: "Conversations" }).getByRole("link", { name: new RegExp(name) }).click();
}

test("a client back from an absence shows exactly what a fresh load shows: every send, edit, deletion, reaction and thread reply, once", async ({
  openPage,
  apiUser,
  server,
}) => {
  const proxy = await TcpProxy.start(server.port);
  try {
    const ann = await apiUser("Ann Exact");
    const bob = await apiUser("Bob Exact");
    const cat = await apiUser("Cat Exact");
    const group = await apiCall<{ id: string }>(server, ann, "POST", "/conversations/group", { name: "Exactness", userIds: [bob.id, cat.id] });
    type Sent = { id: string; by: ApiUser; deleted?: boolean; root: boolean };
    const sent: Sent[] = [];
    for (let i = 0; i < 10; i++) sent.push({ ...(await sendOverSocket(server, i % 2 ? cat : ann, group.id, `before ${i}`)), by: i % 2 ? cat : ann, root: true });

    const away = await openPage();
    await signIn(away, bob, proxy.url);
    await openGroup(away, "Exactness");
    await expect(away.getByRole("log", { name: "Messages" }).getByText("before 9")).toBeVisible();

    proxy.cut();
    await expect(away.getByRole("status").filter({ hasText: /Connection lost|Reconnecting/ })).toBeVisible({ timeout: 12_000 });
    proxy.blockWebSockets();

    // More changes than one catch-up page (100) holds, of every kind, by everyone (Bob from elsewhere).
    const random = seeded(20261207);
    const pick = <T,>(list: T[]) => list[Math.floor(random() * list.length)];
    const people = [ann, bob, cat];
    for (let change = 0; change < 180; change++) {
      const alive = sent.filter((m) => !m.deleted);
      const roll = random();
      if (roll < 0.15) {
        const by = pick(people);
        sent.push({ ...(await sendOverSocket(server, by, group.id, `new ${change}`)), by, root: true });
      } else if (roll < 0.35) {
        const by = pick(people);
        const root = pick(alive.filter((m) => m.root));
        sent.push({ ...(await sendOverSocket(server, by, group.id, `reply ${change}`, undefined, { threadId: root.id })), by, root: false });
      } else if (roll < 0.55) {
        const m = pick(alive);
        await apiCall(server, m.by, "PATCH", `/messages/${m.id}`, { content: `edited ${change}` });
      } else if (roll < 0.62) {
        const m = pick(alive);
        await apiCall(server, m.by, "DELETE", `/messages/${m.id}`);
        m.deleted = true;
      } else {
        const m = pick(alive);
        const emoji = encodeURIComponent(pick(["👍", "🎉", "😂", "❤️"]));
        await apiCall(server, pick(people), random() < 0.75 ? "PUT" : "DELETE", `/messages/${m.id}/reactions/${emoji}`);
      }
    }

    const fresh = await openPage();
    await signIn(fresh, bob);
    await openGroup(fresh, "Exactness");
    const last = sent.filter((m) => m.root && !m.deleted).at(-1)!;
    await expect(fresh.locator(`li[data-message-id="${last.id}"]`)).toBeVisible();
    const expected = await shownMessages(fresh);
    expect(expected.length).toBe(sent.filter((m) => m.root).length); // the whole history fits one page

    expect(await shownMessages(away)).not.toEqual(expected); // it saw none of it yet

    proxy.restore();
    await expect.poll(() => shownMessages(away), { timeout: 45_000 }).toEqual(expected);
  } finally {
    await proxy.close();
  }
});

test("a long thread opens with every reply, past its first page", async ({ openPage, apiUser, server }) => {
  const ann = await apiUser("Ann Thread");
  const bob = await apiUser("Bob Thread");
  const conv = await apiCall<{ id: string }>(server, ann, "POST", "/conversations/direct", { userId: bob.id });
  const root = await sendOverSocket(server, ann, conv.id, "Release notes, one per reply");
  for (let i = 1; i <= 130; i++) await sendOverSocket(server, i % 2 ? bob : ann, conv.id, `note ${i}`, undefined, { threadId: root.id });

  const page = await openPage();
  await signIn(page, bob);
  await page.getByRole("navigation", { name: "Conversations" }).getByRole("link", { name: /Ann Thread/ }).click();
  await page.getByRole("button", { name: /^130 replies/ }).click();
  const thread = page.getByRole("complementary", { name: "Thread" });
  const replies = thread.getByRole("list", { name: "Thread messages" }).locator("li[data-message-id]");
  await expect(replies).toHaveCount(131); // the root and its 130 replies
  await expect(replies.nth(1)).toContainText("note 1");
  await expect(replies.last()).toContainText("note 130");
});
