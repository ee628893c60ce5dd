import fs from "node:fs";
import path from "node:path";
import { apiCall, expect, makePng, messageLog, sendOverSocket, test, uploadAsApiUser, type ApiUser } from "./fixtures";

const DIR = path.join(__dirname, "..", "test-results", "screenshots");
const SIZES = { desktop: { width: 1280, height: 800 }, phone: { width: 390, height: 844 } } as const;

test("screenshots of the main screens in light and dark, desktop and phone", async ({ newUser, apiUser, openPage, server }) => {
  test.setTimeout(240_000);
  fs.mkdirSync(DIR, { recursive: true });

  // A signed-in user with a direct conversation (text + image), a group and a room.
  const me = await newUser("Maya Lindqvist");
  const myId = await me.page.evaluate(() => JSON.parse(localStorage.getItem("parley.user")!).id as string);
  const jonas: ApiUser = await apiUser("Jonas Weber");
  const priya: ApiUser = await apiUser("Priya Raman");
  const direct = await apiCall<{ id: string }>(server, jonas, "POST", "/conversations/direct", { userId: myId });
  await sendOverSocket(server, jonas, direct.id, "Morning! Did you see the new designs?");
  const img = await uploadAsApiUser(server, jonas, "mockup.png", "image/png", makePng(320, 200));
  await sendOverSocket(server, jonas, direct.id, "Here is the latest mockup:", [img.id]);
  const group = await apiCall<{ id: string }>(server, priya, "POST", "/conversations/group", { name: "Design team", userIds: [myId, jonas.id] });
  await sendOverSocket(server, priya, group.id, "Standup moved to 10:30 tomorrow.");
  await apiCall(server, priya, "POST", "/rooms", { name: "General", description: "Company-wide announcements" });
  await apiCall(server, jonas, "POST", "/rooms", { name: "Random", description: "Cats, memes and lunch plans" });

  await me.page.getByRole("link", { name: /Jonas Weber/ }).click();
  await expect(messageLog(me.page).getByRole("img", { name: "mockup.png" })).toBeVisible();
  await me.page.getByRole("textbox", { name: "Message" }).fill("Looks great — ship it!");
  await me.page.getByRole("textbox", { name: "Message" }).press("Enter");
  await expect(messageLog(me.page).getByText("Looks great — ship it!")).toBeVisible();
  const storage = await me.context.storageState();
  await me.context.close();

  const files: string[] = [];
  for (const theme of ["light", "dark"] as const) {
    for (const [size, viewport] of Object.entries(SIZES)) {
      const shot = async (page: import("@playwright/test").Page, name: string) => {
        const file = path.join(DIR, `${name}-${size}-${theme}.png`);
        await page.screenshot({ path: file, fullPage: true });
        files.push(file);
      };
      // sign-in (no session)
      const anon = await openPage({ viewport, colorScheme: theme });
      await anon.goto("/login/");
      await expect(anon.getByRole("heading", { name: "Sign in to Parley" })).toBeVisible();
      await shot(anon, "sign-in");
      await anon.context().close();

      const ctx = await me.context.browser()!.newContext({ baseURL: server.baseURL, viewport, colorScheme: theme, storageState: storage });
      const page = await ctx.newPage();
      const errors: string[] = [];
      page.on("pageerror", (e) => errors.push(e.message));
      await page.goto("/chat/");
      const inbox = page.getByRole("navigation", { name: "Conversations" });
      await expect(inbox.getByRole("link", { name: /Design team/ })).toBeVisible();
      await expect(inbox.getByRole("link", { name: /Jonas Weber/ })).toContainText("Looks great");
      await shot(page, "inbox");

      await inbox.getByRole("link", { name: /Jonas Weber/ }).click();
      const thumb = messageLog(page).getByRole("img", { name: "mockup.png" });
      await expect(thumb).toBeVisible();
      await expect.poll(() => thumb.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth > 0)).toBe(true);
      await expect(messageLog(page).getByText("Looks great — ship it!")).toBeVisible();
      await shot(page, "conversation");

      await page.goto("/rooms/");
      await expect(page.getByRole("list", { name: "Public rooms" }).getByText("General", { exact: true })).toBeVisible();
      await expect(page.getByRole("list", { name: "Public rooms" }).getByText("Random", { exact: true })).toBeVisible();
      await shot(page, "rooms");

      await page.goto("/profile/");
      await expect(page.getByRole("button", { name: "Change password" })).toBeVisible();
      await shot(page, "profile");
      await ctx.close();
      expect(errors).toEqual([]);
    }
  }
  expect(files).toHaveLength(20);
  for (const f of files) expect(fs.statSync(f).size, f).toBeGreaterThan(1000);
});
