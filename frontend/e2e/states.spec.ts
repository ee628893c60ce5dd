import fs from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";
import { audit } from "./axe";
import { apiCall, expect, makePng, messageLog, sendOverSocket, test, uniqueEmail, uploadAsApiUser } from "./fixtures";
import { TcpProxy } from "./tcpProxy";

const DIR = path.join(__dirname, "..", "test-results", "screenshots");
const LOOKS = [
  { theme: "light", size: "desktop", viewport: { width: 1280, height: 800 } },
  { theme: "dark", size: "desktop", viewport: { width: 1280, height: 800 } },
  { theme: "light", size: "phone", viewport: { width: 390, height: 844 } },
  { theme: "dark", size: "phone", viewport: { width: 390, height: 844 } },
] as const;

/**
 * The passing states of the client — a profile, a picture opened, a conversation with a reaction, an
 * edited reply, formatted text, a deleted message and a thread open, an invite, a lost connection with a message waiting — each photographed and audited by axe-core in both themes and both sizes. One
 * page goes through them all; the theme and size change under it, as they do for a user.
 */
test("the passing states look right and have no serious or critical axe-core violations, in both themes and sizes", async ({
  openPage,
  apiUser,
  server,
}) => {
  test.setTimeout(240_000);
  fs.mkdirSync(DIR, { recursive: true });
  const found: string[] = [];
  const files: string[] = [];
  const inEveryLook = async (page: Page, name: string) => {
    for (const look of LOOKS) {
      await page.setViewportSize(look.viewport);
      await page.emulateMedia({ colorScheme: look.theme });
      await expect(page.locator("html")).toHaveClass(look.theme === "dark" ? /\bdark\b/ : /^(?![\s\S]*\bdark\b)/);
      found.push(...(await audit(page, `${name} [${look.theme} ${look.size}]`)));
      const file = path.join(DIR, `${name}-${look.size}-${look.theme}.png`);
      await page.screenshot({ path: file });
      files.push(file);
    }
  };

  const proxy = await TcpProxy.start(server.port);
  try {
    const jonas = await apiUser("Jonas Weber");
    const room = await apiCall<{ id: string; inviteCode: string }>(server, jonas, "POST", "/rooms", {
      name: "Night owls",
      description: "After midnight only",
      isPrivate: true,
    });
    const page = await openPage();
    await page.goto(`${proxy.url}/register/`);
    await page.getByLabel("Name").fill("Maya Lindqvist");
    await page.getByLabel("Email").fill(uniqueEmail("maya.states"));
    await page.getByLabel("Password").fill("correct horse battery");
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page.getByRole("heading", { name: "Chats" })).toBeVisible();
    const myId = await page.evaluate(() => JSON.parse(localStorage.getItem("parley.user")!).id as string);
    const direct = await apiCall<{ id: string }>(server, jonas, "POST", "/conversations/direct", { userId: myId });
    const img = await uploadAsApiUser(server, jonas, "mockup.png", "image/png", makePng(320, 200));
    const sent = await sendOverSocket(server, jonas, direct.id, "Here is the latest mockup:", [img.id]);

    await page.getByRole("navigation", { name: "Conversations" }).getByRole("link", { name: /Jonas Weber/ }).click();
    const log = messageLog(page);
    await expect.poll(() => log.getByRole("img", { name: "mockup.png" }).evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth > 0)).toBe(true);

    await page.getByRole("heading", { level: 1 }).getByRole("button", { name: "Jonas Weber" }).click();
    const profile = page.getByRole("dialog", { name: "Jonas Weber" });
    await expect(profile.getByRole("button", { name: "Message" })).toBeVisible();
    await inEveryLook(page, "profile-dialog");
    await profile.getByRole("button", { name: "Close" }).click();

    await log.getByRole("button", { name: "Open image mockup.png" }).click();
    const lightbox = page.getByRole("dialog", { name: "mockup.png" });
    await expect.poll(() => lightbox.getByRole("img", { name: "mockup.png" }).evaluate((i: HTMLImageElement) => i.naturalWidth)).toBe(320);
    await inEveryLook(page, "picture");
    await lightbox.getByRole("button", { name: "Close" }).click();

    // A conversation that changed: a reaction, a quoted reply edited, and a thread open beside it.
    const mockup = log.locator(`li[data-message-id="${sent.id}"]`);
    await mockup.hover();
    await mockup.getByRole("button", { name: "Add a reaction" }).click();
    await mockup.getByRole("button", { name: "React with 🎉" }).click();
    await mockup.getByRole("button", { name: "Reply", exact: true }).click();
    await page.getByRole("textbox", { name: "Message" }).fill("Love it");
    await page.getByRole("textbox", { name: "Message" }).press("Enter");
    const reply = log.locator("li[data-message-id]").filter({ hasText: "Love it" }).filter({ hasNotText: "mockup.png" }).last();
    await reply.hover();
    await reply.getByRole("button", { name: "Edit message" }).click();
    await page.getByRole("textbox", { name: "Edit message" }).fill("Love it!");
    await page.getByRole("textbox", { name: "Edit message" }).press("Enter");
    await expect(reply).toContainText("(edited)");
    await mockup.hover();
    await mockup.getByRole("button", { name: "Reply in thread" }).click();
    const thread = page.getByRole("complementary", { name: "Thread" });
    await thread.getByRole("textbox", { name: "Reply in thread" }).fill("Can we get the dark version too?");
    await thread.getByRole("textbox", { name: "Reply in thread" }).press("Enter");
    await expect(thread.getByText("Can we get the dark version too?")).toBeVisible();
    await expect(mockup.getByRole("button", { name: /^1 reply/ })).toBeVisible();
    // ...with formatted text and a message its sender deleted.
    await sendOverSocket(server, jonas, direct.id, "**Plan** for _Friday_: ship `v2`\n\n- the mockups\n- the review\n\n> no meetings before 10");
    const wrong = await sendOverSocket(server, jonas, direct.id, "wrong chat, sorry");
    await apiCall(server, jonas, "DELETE", `/messages/${wrong.id}`);
    await expect(log.locator("li[data-deleted]")).toContainText("This message was deleted.");
    await expect(log.locator("strong").filter({ hasText: "Plan" })).toBeVisible();
    await page.mouse.move(0, 0);
    await inEveryLook(page, "thread");
    await thread.getByRole("button", { name: "Close thread" }).click();

    // A network gone silent: the heartbeat notices, and what is written meanwhile waits.
    proxy.freeze();
    await expect(page.getByRole("status").filter({ hasText: "Connection lost" })).toBeVisible({ timeout: 12_000 });
    await page.getByRole("textbox", { name: "Message" }).fill("Sending this from the train");
    await page.getByRole("textbox", { name: "Message" }).press("Enter");
    await expect(log.locator('li[data-pending="waiting"]')).toContainText("Waiting for the connection");
    await inEveryLook(page, "connection-lost");
    proxy.restore();
    await expect(log.locator("li[data-seq]").filter({ hasText: "Sending this from the train" })).toBeVisible({ timeout: 30_000 });

    await page.goto(`${proxy.url}/join/?room=${room.id}&code=${room.inviteCode}`);
    await expect(page.getByRole("heading", { level: 1, name: "Join Night owls" })).toBeVisible();
    await inEveryLook(page, "invite");

    await page.context().clearCookies();
    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await expect(page.getByRole("heading", { level: 1, name: "You're invited to Night owls" })).toBeVisible();
    await inEveryLook(page, "invite-signed-out");
  } finally {
    await proxy.close();
  }

  expect(found, `serious or critical accessibility violations:\n${found.join("\n")}\n`).toEqual([]);
  expect(files).toHaveLength(24);
  for (const f of files) expect(fs.statSync(f).size, f).toBeGreaterThan(1000);
});
