import type { Page } from "@playwright/test";
import { audit } from "./axe";
import { apiCall, expect, makePng, messageLog, send, sendOverSocket, test, uniqueEmail, uploadAsApiUser } from "./fixtures";

const SIZES = { desktop: { width: 1280, height: 800 }, phone: { width: 390, height: 844 } } as const;

for (const theme of ["light", "dark"] as const) {
  for (const [size, viewport] of Object.entries(SIZES)) {
    test(`no serious or critical axe-core violations on the main screens, ${theme}, ${size}`, async ({ openPage, apiUser, server }) => {
      test.setTimeout(180_000);
      const found: string[] = [];
      const check = async (page: Page, screen: string) => found.push(...(await audit(page, `${screen} [${theme} ${size}]`)));

      const page = await openPage({ viewport, colorScheme: theme });
      await page.goto("/login/");
      await expect(page.getByRole("heading", { name: "Sign in to Parley" })).toBeVisible();
      await check(page, "sign-in");

      await page.goto("/register/");
      await page.getByLabel("Name").fill("Maya Lindqvist");
      await page.getByLabel("Email").fill(uniqueEmail("maya"));
      await page.getByLabel("Password").fill("short");
      await page.getByRole("button", { name: "Create account" }).click();
      await expect(page.getByLabel("Password")).toHaveAttribute("aria-invalid", "true");
      await check(page, "register with an error");
      await page.getByLabel("Password").fill("correct horse battery");
      await page.getByRole("button", { name: "Create account" }).click();
      const inbox = page.getByRole("navigation", { name: "Conversations" });
      await expect(inbox.getByText("No conversations yet")).toBeVisible();
      await check(page, "empty inbox");

      // Someone else's direct message, and a group with pictures, a file and several senders.
      const myId = await page.evaluate(() => JSON.parse(localStorage.getItem("parley.user")!).id as string);
      const jonas = await apiUser("Jonas Weber");
      const priya = await apiUser("Priya Raman");
      const direct = await apiCall<{ id: string }>(server, jonas, "POST", "/conversations/direct", { userId: myId });
      await sendOverSocket(server, jonas, direct.id, "Morning! Did you see the new designs?");
      const group = await apiCall<{ id: string }>(server, priya, "POST", "/conversations/group", { name: "Design team", userIds: [myId, jonas.id] });
      await sendOverSocket(server, priya, group.id, "Standup moved to 10:30 tomorrow.");
      const img = await uploadAsApiUser(server, jonas, "mockup.png", "image/png", makePng(320, 200));
      await sendOverSocket(server, jonas, group.id, "Here is the latest mockup:", [img.id]);
      const notes = await uploadAsApiUser(server, priya, "notes.txt", "text/plain", Buffer.from("agenda\n"));
      await sendOverSocket(server, priya, group.id, "", [notes.id]);
      await apiCall(server, priya, "POST", "/rooms", { name: `General ${theme} ${size}`, description: "Company-wide announcements" });

      await page.reload();
      await expect(inbox.getByRole("link", { name: /Design team/ })).toBeVisible();
      await expect(inbox.getByRole("link", { name: /Jonas Weber/ })).toBeVisible();
      await check(page, "inbox");

      await page.getByRole("button", { name: "New direct message" }).click();
      const dialog = page.getByRole("dialog", { name: "New direct message" });
      await dialog.getByLabel("Search people").fill("Jonas");
      await expect(dialog.getByRole("button", { name: /Jonas Weber/ }).first()).toBeVisible();
      await check(page, "new direct message dialog");
      await dialog.getByRole("button", { name: "Close" }).click();

      await inbox.getByRole("link", { name: /Design team/ }).click();
      const thumb = messageLog(page).getByRole("img", { name: "mockup.png" });
      await expect.poll(() => thumb.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth > 0)).toBe(true);
      await expect(messageLog(page).getByText("notes.txt")).toBeVisible();
      await page.getByRole("textbox", { name: "Message" }).fill("Looks great — ship it!");
      await page.getByRole("textbox", { name: "Message" }).press("Enter");
      await expect(messageLog(page).locator("li[data-seq]").filter({ hasText: "Looks great — ship it!" })).toBeVisible();
      await check(page, "conversation");

      await page.goto("/rooms/");
      await expect(page.getByRole("list", { name: "Public rooms" }).getByText(`General ${theme} ${size}`)).toBeVisible();
      await check(page, "rooms");

      await page.goto("/profile/");
      await expect(page.getByLabel("Name")).toHaveValue("Maya Lindqvist");
      await check(page, "profile");

      expect(found, `serious or critical accessibility violations:\n${found.join("\n")}\n`).toEqual([]);
    });
  }
}

test("the message list is one Tab stop, walked with the arrow keys, Home and End, reached by the skip link", async ({ newUser, apiUser, server }) => {
  const me = await newUser("Kim Keyboard");
  const myId = await me.page.evaluate(() => JSON.parse(localStorage.getItem("parley.user")!).id as string);
  const jonas = await apiUser("Jonas Weber");
  const direct = await apiCall<{ id: string }>(server, jonas, "POST", "/conversations/direct", { userId: myId });
  for (const text of ["first", "second", "third"]) await sendOverSocket(server, jonas, direct.id, text);

  const { page } = me;
  await page.goto(`/chat/?c=${direct.id}`);
  const log = messageLog(page);
  const message = (text: string) => log.locator("li[data-seq]").filter({ hasText: text });
  await expect(message("third")).toBeVisible();

  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to messages" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(message("third")).toBeFocused();
  await expect(log.locator("li[tabindex='0']")).toHaveCount(1);

  await page.keyboard.press("ArrowUp");
  await expect(message("second")).toBeFocused();
  await page.keyboard.press("Home");
  await expect(message("first")).toBeFocused();
  await page.keyboard.press("ArrowUp");
  await expect(message("first")).toBeFocused();
  await page.keyboard.press("End");
  await expect(message("third")).toBeFocused();
  await page.keyboard.press("ArrowUp");
  await page.keyboard.press("ArrowDown");
  await expect(message("third")).toBeFocused();
  await page.keyboard.press("ArrowUp");

  // Leaving the list and coming back lands on the message last focused, the only one in the Tab order.
  await page.keyboard.press("Tab");
  await expect(message("second")).not.toBeFocused();
  await page.keyboard.press("Shift+Tab");
  await expect(message("second")).toBeFocused();
  await expect(message("second")).toHaveAttribute("tabindex", "0");
  await expect(log.locator("li[tabindex='0']")).toHaveCount(1);
});

test("the skip link comes first and jumps to the conversations, or to the content of other screens", async ({ newUser }) => {
  const { page } = await newUser("Sasha Skip");
  await page.keyboard.press("Tab");
  const toConversations = page.getByRole("link", { name: "Skip to conversations" });
  await expect(toConversations).toBeFocused();
  await expect(toConversations).toBeInViewport();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("navigation", { name: "Conversations" })).toBeFocused();

  await page.goto("/rooms/");
  await expect(page.getByRole("heading", { level: 1, name: "Rooms" })).toBeVisible();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to content" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("main")).toBeFocused();
  // Tab goes on from the content, not from the top of the inbox
  await page.keyboard.press("Tab");
  await expect(page.getByRole("main").locator(":focus")).toHaveCount(1);
});

test("messages from others are announced as they arrive; history and one's own are not", async ({ newUser, apiUser, server }) => {
  const me = await newUser("Ana Listener");
  const myId = await me.page.evaluate(() => JSON.parse(localStorage.getItem("parley.user")!).id as string);
  const jonas = await apiUser("Jonas Weber");
  const direct = await apiCall<{ id: string }>(server, jonas, "POST", "/conversations/direct", { userId: myId });
  await sendOverSocket(server, jonas, direct.id, "from before");

  const { page } = me;
  await page.goto(`/chat/?c=${direct.id}`);
  const log = messageLog(page);
  await expect(log.getByText("from before")).toBeVisible();
  // the log itself stays silent, so history and pages of it are not read out
  await expect(log).toHaveAttribute("aria-live", "off");
  const announcer = page.getByRole("status", { name: "New messages" });
  await expect(announcer).toHaveText("");

  await send(page, "my own words");
  await expect(log.locator("li[data-seq]").filter({ hasText: "my own words" })).toBeVisible();
  await expect(announcer).toHaveText("");

  await sendOverSocket(server, jonas, direct.id, "Are you there?");
  await expect(announcer).toHaveText("Jonas Weber: Are you there?");
});
