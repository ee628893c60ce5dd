import { apiCall, expect, test, uniqueEmail } from "./fixtures";

interface Room {
  id: string;
  inviteCode: string;
}

test("a signed-out visitor learns what the invite is for, signs up and comes back to join", async ({ openPage, apiUser, server }) => {
  const owner = await apiUser("Olive Owner");
  const room = await apiCall<Room>(server, owner, "POST", "/rooms", { name: "Book club", description: "One chapter a week", isPrivate: true });

  const page = await openPage({ viewport: { width: 390, height: 844 } });
  await page.goto(`/join/?room=${room.id}&code=${room.inviteCode}`);
  await expect(page.getByRole("heading", { level: 1, name: "You're invited to Book club" })).toBeVisible();
  await expect(page.getByText("One chapter a week")).toBeVisible();
  await expect(page.getByText("1 member", { exact: true })).toBeVisible();
  await expect(page.locator("body")).not.toContainText(room.inviteCode);
  await expect(page.locator("body")).not.toContainText(room.id);

  await page.getByRole("link", { name: "Create an account" }).click();
  await page.getByLabel("Name").fill("Vera Visitor");
  await page.getByLabel("Email").fill(uniqueEmail("vera"));
  await page.getByLabel("Password").fill("correct horse battery");
  await page.getByRole("button", { name: "Create account" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "Join Book club" })).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`/join/\\?room=${room.id}&code=${room.inviteCode}$`));
  await page.getByRole("button", { name: "Join room" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Book club" })).toBeVisible();
  await expect(page.getByText("Private room · 2 members")).toBeVisible();
});

test("a signed-out visitor who signs in from an invite comes back to it", async ({ openPage, apiUser, server }) => {
  const owner = await apiUser("Otto Owner");
  const guest = await apiUser("Gail Guest");
  const room = await apiCall<Room>(server, owner, "POST", "/rooms", { name: "Climbers", description: "Weekend crags" });

  const page = await openPage();
  await page.goto(`/join/?room=${room.id}&code=${room.inviteCode}`);
  await expect(page.getByRole("heading", { level: 1, name: "You're invited to Climbers" })).toBeVisible();
  await page.getByRole("link", { name: "Sign in to join" }).click();
  await page.getByLabel("Email").fill(guest.email);
  await page.getByLabel("Password").fill("correct horse battery");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Join Climbers" })).toBeVisible();
  await expect(page.getByText("Weekend crags")).toBeVisible();
});

test("a signed-in visitor sees the room's name, description and size; a wrong code says the invite does not work", async ({
  newUser,
  apiUser,
  server,
}) => {
  const owner = await apiUser("Omar Owner");
  const room = await apiCall<Room>(server, owner, "POST", "/rooms", { name: "Night owls", description: "After midnight only", isPrivate: true });
  const { page } = await newUser("Sid Signedin");

  await page.goto(`/join/?room=${room.id}&code=${room.inviteCode}`);
  await expect(page.getByRole("heading", { level: 1, name: "Join Night owls" })).toBeVisible();
  await expect(page.getByText("After midnight only")).toBeVisible();
  await expect(page.getByText("1 member", { exact: true })).toBeVisible();

  await page.goto(`/join/?room=${room.id}&code=WRONGCODE00000000`);
  await expect(page.getByRole("heading", { level: 1, name: "This invite does not work" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Join room" })).toHaveCount(0);
});
