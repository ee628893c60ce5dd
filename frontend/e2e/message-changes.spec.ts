import type { Page } from "@playwright/test";
import { apiCall, expect, messageLog, send, sendOverSocket, signIn, startDirectWith, test } from "./fixtures";
import { TcpProxy } from "./tcpProxy";

const item = (page: Page, text: string | RegExp) => messageLog(page).locator("li[data-message-id]").filter({ hasText: text });

test("an edit, a reaction and a deletion show at once on both sides", async ({ newUser }) => {
  const ann = await newUser("Ann Editor");
  const bob = await newUser("Bob Reader");
  await startDirectWith(ann.page, "Bob Reader");
  await send(ann.page, "See you at 10");
  await bob.page.getByRole("navigation", { name: "Conversations" }).getByRole("link", { name: /Ann Editor/ }).click();
  await expect(item(bob.page, "See you at 10")).toBeVisible();

  // Ann corrects herself in place: Enter saves.
  await item(ann.page, "See you at 10").hover();
  await item(ann.page, "See you at 10").getByRole("button", { name: "Edit message" }).click();
  const box = ann.page.getByRole("textbox", { name: "Edit message" });
  await expect(box).toBeFocused();
  await box.fill("See you at 11");
  await box.press("Enter");
  for (const page of [ann.page, bob.page]) {
    await expect(item(page, "See you at 11")).toContainText("(edited)");
    await expect(item(page, "See you at 10")).toHaveCount(0);
  }
  await item(bob.page, "See you at 11").getByRole("button", { name: "(edited)" }).click();
  const history = bob.page.getByRole("dialog", { name: "Edit history" });
  await expect(history.getByRole("listitem")).toHaveText([/See you at 11/, /See you at 10/]);
  await history.getByRole("button", { name: "Close" }).click();

  // Bob reacts from the toolbar; Ann joins in from the chip.
  await item(bob.page, "See you at 11").hover();
  await item(bob.page, "See you at 11").getByRole("button", { name: "Add a reaction" }).click();
  await item(bob.page, "See you at 11").getByRole("button", { name: "React with 🎉" }).click();
  await expect(item(bob.page, "See you at 11").getByRole("button", { name: "🎉 1: You" })).toHaveAttribute("aria-pressed", "true");
  const annChip = item(ann.page, "See you at 11").getByRole("button", { name: "🎉 1: Bob Reader" });
  await expect(annChip).toHaveAttribute("aria-pressed", "false");
  await annChip.click();
  await expect(item(bob.page, "See you at 11").getByRole("button", { name: "🎉 2: You, Ann Editor" })).toBeVisible();

  // Ann deletes it, after saying yes.
  await item(ann.page, "See you at 11").hover();
  await item(ann.page, "See you at 11").getByRole("button", { name: "Delete message" }).click();
  const dialog = ann.page.getByRole("dialog", { name: "Delete message?" });
  await dialog.getByRole("button", { name: "Delete" }).click();
  await expect(dialog).toHaveCount(0);
  for (const page of [ann.page, bob.page]) {
    await expect(messageLog(page).locator("li[data-deleted]")).toContainText("This message was deleted.");
    await expect(messageLog(page).getByRole("button", { name: /🎉/ })).toHaveCount(0);
    await expect(page.getByRole("navigation", { name: "Conversations" }).getByRole("link", { name: /Ann Editor|Bob Reader/ })).toContainText(
      "Message deleted",
    );
  }
});

test("only one's own messages offer edit and delete; Escape cancels an edit", async ({ newUser }) => {
  const ann = await newUser("Ann Own");
  const bob = await newUser("Bob Other");
  await startDirectWith(ann.page, "Bob Other");
  await send(ann.page, "mine to change");
  await bob.page.getByRole("navigation", { name: "Conversations" }).getByRole("link", { name: /Ann Own/ }).click();

  await item(bob.page, "mine to change").hover();
  await expect(item(bob.page, "mine to change").getByRole("button", { name: "Add a reaction" })).toBeVisible();
  await expect(item(bob.page, "mine to change").getByRole("button", { name: "Edit message" })).toHaveCount(0);
  await expect(item(bob.page, "mine to change").getByRole("button", { name: "Delete message" })).toHaveCount(0);

  await item(ann.page, "mine to change").hover();
  await item(ann.page, "mine to change").getByRole("button", { name: "Edit message" }).click();
  await ann.page.getByRole("textbox", { name: "Edit message" }).fill("never saved");
  await ann.page.getByRole("textbox", { name: "Edit message" }).press("Escape");
  await expect(item(ann.page, "mine to change")).not.toContainText("(edited)");
  await expect(item(bob.page, "mine to change")).toBeVisible();
});

test("changes made while the connection was away arrive with the catch-up, each message once", async ({ openPage, apiUser, server }) => {
  const proxy = await TcpProxy.start(server.port);
  try {
    const ann = await apiUser("Ann Away");
    const bob = await apiUser("Bob Back");
    const conv = await apiCall<{ id: string }>(server, ann, "POST", "/conversations/direct", { userId: bob.id });
    const first = await sendOverSocket(server, ann, conv.id, "the plan");
    const second = await sendOverSocket(server, ann, conv.id, "the details");

    const page = await openPage();
    await signIn(page, bob, proxy.url);
    await page.getByRole("navigation", { name: "Conversations" }).getByRole("link", { name: /Ann Away/ }).click();
    await expect(item(page, "the details")).toBeVisible();

    proxy.cut();
    await expect(page.getByRole("status").filter({ hasText: /Connection lost|Reconnecting/ })).toBeVisible({ timeout: 12_000 });
    proxy.blockWebSockets();
    await apiCall(server, ann, "PATCH", `/messages/${first.id}`, { content: "the new plan" });
    await apiCall(server, ann, "PUT", `/messages/${second.id}/reactions/${encodeURIComponent("👍")}`);
    await apiCall(server, ann, "DELETE", `/messages/${second.id}`);
    await sendOverSocket(server, ann, conv.id, "and one more");
    proxy.restore();

    await expect(item(page, "the new plan")).toContainText("(edited)", { timeout: 30_000 });
    await expect(messageLog(page).locator("li[data-deleted]")).toHaveCount(1);
    await expect(item(page, "and one more")).toHaveCount(1);
    await expect(messageLog(page).locator("li[data-message-id]")).toHaveCount(3);
  } finally {
    await proxy.close();
  }
});

test("a reply quotes its message, and a thread opens beside the conversation with its replies live on both sides", async ({ newUser }) => {
  const ann = await newUser("Ann Lunch");
  const bob = await newUser("Bob Lunch");
  await startDirectWith(ann.page, "Bob Lunch");
  await send(ann.page, "Who is in for lunch?");
  await bob.page.getByRole("navigation", { name: "Conversations" }).getByRole("link", { name: /Ann Lunch/ }).click();

  await item(bob.page, "Who is in for lunch?").hover();
  await item(bob.page, "Who is in for lunch?").getByRole("button", { name: "Reply", exact: true }).click();
  await expect(bob.page.getByText("Replying to Ann Lunch")).toBeVisible();
  await expect(bob.page.getByRole("textbox", { name: "Message" })).toBeFocused();
  await send(bob.page, "Me!");
  await expect(bob.page.getByText("Replying to Ann Lunch")).toHaveCount(0);
  await expect(item(bob.page, "Me!").getByRole("button", { name: "In reply to Ann Lunch Who is in for lunch?" })).toBeVisible();
  await expect(item(ann.page, "Me!").getByRole("button", { name: "In reply to You Who is in for lunch?" })).toBeVisible();

  await item(bob.page, "Who is in for lunch?").first().hover();
  await item(bob.page, "Who is in for lunch?").first().getByRole("button", { name: "Reply in thread" }).click();
  const bobThread = bob.page.getByRole("complementary", { name: "Thread" });
  await bobThread.getByRole("textbox", { name: "Reply in thread" }).fill("12:30 works");
  await bobThread.getByRole("textbox", { name: "Reply in thread" }).press("Enter");
  await expect(bobThread.getByText("12:30 works")).toBeVisible();
  await expect(messageLog(bob.page).getByText("12:30 works")).toHaveCount(0);

  await ann.page.getByRole("button", { name: /^1 reply/ }).click();
  const annThread = ann.page.getByRole("complementary", { name: "Thread" });
  await expect(annThread.getByText("12:30 works")).toBeVisible();
  await annThread.getByRole("textbox", { name: "Reply in thread" }).fill("See you there");
  await annThread.getByRole("textbox", { name: "Reply in thread" }).press("Enter");
  await expect(bobThread.getByText("See you there")).toBeVisible();
  // The root tells who replied, the latest first.
  await expect(bob.page.getByRole("button", { name: /^2 replies · last .*, from Ann Lunch, You$/ })).toBeVisible();
  await annThread.getByRole("button", { name: "Close thread" }).click();
  await expect(annThread).toHaveCount(0);
});

test("the owner of a group deletes a member's message; the member cannot delete the owner's", async ({ newUser }) => {
  const olga = await newUser("Olga Owner");
  const mark = await newUser("Mark Member");
  await olga.page.getByRole("button", { name: "New group" }).click();
  const dialog = olga.page.getByRole("dialog", { name: "New group" });
  await dialog.getByLabel("Group name").fill("Moderated");
  await dialog.getByLabel("Add people").fill("Mark Member");
  await dialog.getByRole("button", { name: /Mark Member/ }).click();
  await dialog.getByRole("button", { name: "Create group" }).click();
  await send(olga.page, "house rules");

  await mark.page.getByRole("navigation", { name: "Conversations" }).getByRole("link", { name: /Moderated/ }).click();
  await send(mark.page, "spam spam spam");
  await item(mark.page, "house rules").hover();
  await expect(item(mark.page, "house rules").getByRole("button", { name: "Add a reaction" })).toBeVisible();
  await expect(item(mark.page, "house rules").getByRole("button", { name: "Delete message" })).toHaveCount(0);

  await item(olga.page, "spam spam spam").hover();
  await item(olga.page, "spam spam spam").getByRole("button", { name: "Delete message" }).click();
  await olga.page.getByRole("dialog", { name: "Delete message?" }).getByRole("button", { name: "Delete" }).click();
  await expect(messageLog(mark.page).locator("li[data-deleted]")).toContainText("This message was deleted.");
  await expect(item(olga.page, "spam spam spam")).toHaveCount(0);
});

test("Up in the empty composer edits one's last message; Escape leaves it as it was", async ({ newUser }) => {
  const ann = await newUser("Ann Arrow");
  await newUser("Bob Arrow");
  await startDirectWith(ann.page, "Bob Arrow");
  await send(ann.page, "first draft");
  await send(ann.page, "secnod draft");

  const composer = ann.page.getByRole("textbox", { name: "Message" });
  await composer.press("ArrowUp");
  const edit = ann.page.getByRole("textbox", { name: "Edit message" });
  await expect(edit).toBeFocused();
  await expect(edit).toHaveValue("secnod draft");
  await edit.fill("second draft");
  await edit.press("Enter");
  await expect(item(ann.page, "second draft")).toContainText("(edited)");
  await expect(composer).toBeFocused();

  await composer.press("ArrowUp");
  await ann.page.getByRole("textbox", { name: "Edit message" }).press("Escape");
  await expect(ann.page.getByRole("textbox", { name: "Edit message" })).toHaveCount(0);
  await expect(item(ann.page, "first draft")).not.toContainText("(edited)");
});

test("any emoji can be found in the picker, and the last ones used come first next time", async ({ newUser }) => {
  const ann = await newUser("Ann Picker");
  const bob = await newUser("Bob Picker");
  await startDirectWith(ann.page, "Bob Picker");
  await send(ann.page, "Launch is at noon");
  await send(ann.page, "Then lunch");
  await bob.page.getByRole("navigation", { name: "Conversations" }).getByRole("link", { name: /Ann Picker/ }).click();

  await item(bob.page, "Launch is at noon").hover();
  await item(bob.page, "Launch is at noon").getByRole("button", { name: "Add a reaction" }).click();
  await item(bob.page, "Launch is at noon").getByRole("button", { name: "More reactions" }).click();
  const picker = bob.page.getByRole("dialog", { name: "Add a reaction" });
  const search = picker.getByRole("combobox", { name: "Search" });
  await expect(search).toBeFocused();
  await search.pressSequentially("rocket");
  await picker.getByRole("option", { name: /rocket/i }).first().click();
  await expect(picker).toHaveCount(0);
  await expect(item(bob.page, "Launch is at noon").getByRole("button", { name: "🚀 1: You" })).toBeVisible();
  await expect(item(ann.page, "Launch is at noon").getByRole("button", { name: "🚀 1: Bob Picker" })).toBeVisible();

  await item(bob.page, "Then lunch").hover();
  await item(bob.page, "Then lunch").getByRole("button", { name: "Add a reaction" }).click();
  await item(bob.page, "Then lunch").getByRole("button", { name: "More reactions" }).click();
  await bob.page.getByRole("dialog", { name: "Add a reaction" }).getByRole("menu", { name: "Favorites" }).getByRole("menuitem", { name: /rocket/i }).click();
  await expect(item(bob.page, "Then lunch").getByRole("button", { name: "🚀 1: You" })).toBeVisible();
});

test("a reaction shows at once, and is taken back when the server never gets it", async ({ openPage, apiUser, server }) => {
  const proxy = await TcpProxy.start(server.port);
  try {
    const ann = await apiUser("Ann Quick");
    const bob = await apiUser("Bob Quick");
    const conv = await apiCall<{ id: string }>(server, ann, "POST", "/conversations/direct", { userId: bob.id });
    await sendOverSocket(server, ann, conv.id, "coffee?");
    const page = await openPage();
    await signIn(page, bob, proxy.url);
    await page.getByRole("navigation", { name: "Conversations" }).getByRole("link", { name: /Ann Quick/ }).click();
    await expect(item(page, "coffee?")).toBeVisible();

    // The network goes silent: no answer can come, yet the reaction is there at once.
    proxy.freeze();
    await item(page, "coffee?").hover();
    await item(page, "coffee?").getByRole("button", { name: "Add a reaction" }).click();
    await item(page, "coffee?").getByRole("button", { name: "React with 👍" }).click();
    const chip = item(page, "coffee?").getByRole("button", { name: "👍 1: You" });
    await expect(chip).toBeVisible({ timeout: 1_500 });

    // The connection is given up for lost: the reaction goes, and the message says why.
    await expect(chip).toHaveCount(0, { timeout: 15_000 });
    await expect(item(page, "coffee?").getByRole("alert")).toContainText("Connection lost");
    proxy.restore();
    const seen = await apiCall<{ messages: { content: string; reactions?: unknown[] }[] }>(server, ann, "GET", `/conversations/${conv.id}/messages`);
    expect(seen.messages.find((m) => m.content === "coffee?")?.reactions ?? []).toEqual([]);
  } finally {
    await proxy.close();
  }
});

test("on a phone a tap on a message brings its actions", async ({ newUser }) => {
  const phone = { viewport: { width: 390, height: 844 }, phone: true };
  const ann = await newUser("Ann Phone", phone);
  const bob = await newUser("Bob Phone", phone);
  await startDirectWith(ann.page, "Bob Phone");
  await send(ann.page, "On my way");
  await bob.page.getByRole("navigation", { name: "Conversations" }).getByRole("link", { name: /Ann Phone/ }).tap();

  await item(bob.page, "On my way").getByText("On my way").tap();
  await item(bob.page, "On my way").getByRole("button", { name: "Add a reaction" }).tap();
  await item(bob.page, "On my way").getByRole("button", { name: "React with 👍" }).tap();
  await expect(item(ann.page, "On my way").getByRole("button", { name: "👍 1: Bob Phone" })).toBeVisible();

  await item(ann.page, "On my way").getByText("On my way").tap();
  await item(ann.page, "On my way").getByRole("button", { name: "Edit message" }).tap();
  await ann.page.getByRole("textbox", { name: "Edit message" }).fill("Here in 5");
  await ann.page.getByRole("textbox", { name: "Edit message" }).press("Enter");
  await expect(item(bob.page, "Here in 5")).toContainText("(edited)");
});
