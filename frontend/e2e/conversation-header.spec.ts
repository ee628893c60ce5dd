import { apiCall, expect, messageLog, sendOverSocket, signIn, test } from "./fixtures";

test("headers count members in words and show a room's description", async ({ openPage, apiUser, server }) => {
  const me = await apiUser("Hanna Header");
  const other = await apiUser("Ivo Inner");
  await apiCall(server, me, "POST", "/rooms", { name: "Quiet corner", description: "Only one person so far" });
  await apiCall(server, me, "POST", "/conversations/group", { name: "Pair", userIds: [other.id] });

  const page = await openPage();
  await signIn(page, me);
  const header = page.locator("header", { has: page.getByRole("heading", { level: 1 }) });

  await page.getByRole("link", { name: /Quiet corner/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Quiet corner" })).toBeVisible();
  await expect(header).toContainText("Public room · 1 member");
  await expect(header).not.toContainText("1 members");
  await expect(header.getByText("Only one person so far")).toBeVisible();

  await page.getByRole("link", { name: /Pair/ }).click();
  await expect(header).toContainText("2 members");
});

test("a person's profile opens from their name in a message and from a direct chat's header, and messages them", async ({
  openPage,
  apiUser,
  server,
}) => {
  const me = await apiUser("Petra Profile");
  const jo = await apiUser("Jo Bio");
  await apiCall(server, jo, "PATCH", "/users/me", { bio: "Plays the cello on Tuesdays" });
  const group = await apiCall<{ id: string }>(server, jo, "POST", "/conversations/group", { name: "Orchestra", userIds: [me.id] });
  await sendOverSocket(server, jo, group.id, "Rehearsal at eight");

  const page = await openPage();
  await signIn(page, me);
  await page.getByRole("link", { name: /Orchestra/ }).click();
  await expect(messageLog(page).getByText("Rehearsal at eight")).toBeVisible();

  await messageLog(page).getByRole("button", { name: "Jo Bio" }).click();
  const profile = page.getByRole("dialog", { name: "Jo Bio" });
  await expect(profile.getByText("Plays the cello on Tuesdays")).toBeVisible();
  await expect(profile.getByText(/^(online|last seen .*|offline)$/)).toBeVisible();
  await profile.getByRole("button", { name: "Message" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "Jo Bio" })).toBeVisible();
  await expect(profile).toBeHidden();
  await page.getByRole("heading", { level: 1 }).getByRole("button", { name: "Jo Bio" }).click();
  await expect(profile.getByText("Plays the cello on Tuesdays")).toBeVisible();
  const avatar = await profile.getByText("JB", { exact: true }).boundingBox();
  expect(avatar!.width).toBeGreaterThanOrEqual(80);
});
