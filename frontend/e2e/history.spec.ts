import { apiCall, expect, messageLog, sendOverSocket, test, type ApiUser } from "./fixtures";

test("history loads older pages when scrolling up, without gaps or duplicates", async ({ newUser, apiUser, server }) => {
  const reader = await newUser("Rita Reader");
  const readerId = await reader.page.evaluate(() => JSON.parse(localStorage.getItem("parley.user")!).id as string);
  // The message rate limit is per user and conversation: twelve senders with five messages each.
  const senders: ApiUser[] = [];
  for (let i = 0; i < 12; i++) senders.push(await apiUser(`Sender ${String(i + 1).padStart(2, "0")}`));
  const group = await apiCall<{ id: string }>(server, senders[0], "POST", "/conversations/group", {
    name: "Long history",
    userIds: [readerId, ...senders.slice(1).map((s) => s.id)],
  });
  let n = 0;
  for (const s of senders) for (let k = 0; k < 5; k++) await sendOverSocket(server, s, group.id, `history line ${++n}`);

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
