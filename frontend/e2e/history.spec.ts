import type { Page } from "@playwright/test";
import { apiCall, expect, messageLog, sendOverSocket, test, type ApiUser } from "./fixtures";
import type { ParleyServer } from "./server";

/**
 * A group of the page's user and twelve senders, with sixty messages "history line 1" to "60". The
 * message rate limit is per user and conversation: twelve senders with five messages each.
 */
async function longHistory(page: Page, apiUser: (name: string) => Promise<ApiUser>, server: ParleyServer, name: string, others: ApiUser[] = []) {
  const readerId = await page.evaluate(() => JSON.parse(localStorage.getItem("parley.user")!).id as string);
  const senders: ApiUser[] = [];
  for (let i = 0; i < 12; i++) senders.push(await apiUser(`Sender ${String(i + 1).padStart(2, "0")}`));
  const group = await apiCall<{ id: string }>(server, senders[0], "POST", "/conversations/group", {
    name,
    userIds: [readerId, ...senders.slice(1).map((s) => s.id), ...others.map((o) => o.id)],
  });
  const sent: { id: string; seq: number }[] = [];
  for (const s of senders) for (let k = 0; k < 5; k++) sent.push(await sendOverSocket(server, s, group.id, `history line ${sent.length + 1}`));
  return { group, senders, sent };
}

test("history loads older pages when scrolling up, without gaps or duplicates", async ({ newUser, apiUser, server }) => {
  const reader = await newUser("Rita Reader");
  await longHistory(reader.page, apiUser, server, "Long history");

  // A cold start: what the open inbox received live is gone, and the first page is all there is.
  await reader.page.reload();
  await reader.page.getByRole("link", { name: /Long history/ }).click();
  const log = messageLog(reader.page);
  await expect(log.getByText("history line 60", { exact: true })).toBeVisible();
  await expect(log.locator("li[data-seq]")).toHaveCount(50); // the first page
  await expect(log.getByText("history line 1", { exact: true })).toHaveCount(0);

  // scroll to the top: the next (older) page is loaded
  await log.locator("li[data-seq]").first().scrollIntoViewIfNeeded();
  await reader.page.mouse.wheel(0, -5000);
  await expect(log.getByText("history line 1", { exact: true })).toBeVisible();
  await expect(reader.page.getByText("This is the beginning of the conversation.")).toBeVisible();
  const seqs = await log.locator("li[data-seq]").evaluateAll((els) => els.map((e) => Number(e.getAttribute("data-seq"))));
  expect(seqs).toEqual(Array.from({ length: 60 }, (_, i) => i + 1));
  // sender names are shown in groups
  await expect(log.getByText("Sender 01", { exact: true }).first()).toBeVisible();
});

test("a quote jumps to the message it quotes, loading the older pages it is in, and highlights it", async ({ newUser, apiUser, server }) => {
  const reader = await newUser("Quinn Quote");
  const quoter = await apiUser("Quoter");
  const { group, sent } = await longHistory(reader.page, apiUser, server, "Quoted history", [quoter]);
  await sendOverSocket(server, quoter, group.id, "as said at the very start", undefined, { replyToId: sent[0].id });

  await reader.page.reload();
  await reader.page.getByRole("link", { name: /Quoted history/ }).click();
  const log = messageLog(reader.page);
  await expect(log.getByText("as said at the very start")).toBeVisible();
  const quoted = log.locator(`li[data-message-id="${sent[0].id}"]`);
  await expect(quoted).toHaveCount(0); // older than the first page

  await log.getByRole("button", { name: "In reply to Sender 01 history line 1" }).click();
  await expect(quoted).toBeInViewport();
  await expect(quoted).toBeFocused();
  await expect(quoted).toHaveAttribute("data-highlight", "");
  await expect(quoted).not.toHaveAttribute("data-highlight", "", { timeout: 5_000 });
});
