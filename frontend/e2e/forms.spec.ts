import { expect, test } from "./fixtures";

test("sign-in focuses the email field and sign-up its first field", async ({ openPage }) => {
  const page = await openPage();
  await page.goto("/login/");
  await expect(page.getByLabel("Email")).toBeFocused();
  await page.goto("/register/");
  await expect(page.getByLabel("Name")).toBeFocused();
});

test("server field errors read as sentences and go away once the field changes", async ({ openPage }) => {
  const page = await openPage();
  await page.goto("/register/");
  await page.getByLabel("Name").fill("Sam Short");
  await page.getByLabel("Email").fill(`sam-${Date.now()}@example.test`);
  await page.getByLabel("Password").fill("short");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("Password must be at least 8 characters long.")).toBeVisible();
  await page.getByLabel("Password").fill("correct horse battery");
  await expect(page.getByText("Password must be at least 8 characters long.")).toBeHidden();
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("heading", { name: "Chats" })).toBeVisible();

  await page.getByRole("link", { name: "Your profile" }).click();
  const name = page.getByLabel("Name");
  await name.fill("   ");
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByText("Name cannot be empty.")).toBeVisible();
  await expect(page.getByText("name must not be empty")).toHaveCount(0);
  await expect(name).toHaveAttribute("aria-invalid", "true");
  await name.fill("Sam Longer");
  await expect(page.getByText("Name cannot be empty.")).toBeHidden();
  await expect(name).not.toHaveAttribute("aria-invalid", "true");
});

test("the new-chat, new-group and new-room dialogs start at their first field", async ({ newUser }) => {
  const { page } = await newUser("Dora Dialog");

  await page.getByRole("button", { name: "New direct message" }).click();
  const direct = page.getByRole("dialog", { name: "New direct message" });
  await expect(direct.getByLabel("Search people")).toBeFocused();
  await direct.getByRole("button", { name: "Close" }).click();

  await page.getByRole("button", { name: "New group" }).click();
  const group = page.getByRole("dialog", { name: "New group" });
  await expect(group.getByLabel("Group name")).toBeFocused();
  await group.getByRole("button", { name: "Close" }).click();

  await page.getByRole("button", { name: "New room" }).click();
  await expect(page.getByRole("dialog", { name: "New room" }).getByLabel("Room name")).toBeFocused();
});

test("a group's missing name is said at its field and clears once a name is typed", async ({ newUser }) => {
  const { page } = await newUser("Greta Group");
  await page.getByRole("button", { name: "New group" }).click();
  const group = page.getByRole("dialog", { name: "New group" });
  await group.getByRole("button", { name: "Create group" }).click();
  await expect(group.getByText("Give the group a name.")).toBeVisible();
  await group.getByLabel("Group name").fill("Book club");
  await expect(group.getByText("Give the group a name.")).toBeHidden();
});
