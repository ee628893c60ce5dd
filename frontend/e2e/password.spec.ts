import { expect, test } from "./fixtures";

test("changing the password keeps this browser signed in and signs out the others", async ({ newUser, openPage }) => {
  const user = await newUser("Pat Password");
  const other = await openPage();
  await other.goto("/login/");
  await other.getByLabel("Email").fill(user.email);
  await other.getByLabel("Password").fill("correct horse battery");
  await other.getByRole("button", { name: "Sign in" }).click();
  await expect(other.getByRole("heading", { name: "Chats" })).toBeVisible();

  const page = user.page;
  await page.goto("/profile/");
  const form = page.getByRole("form", { name: "Password" });
  const current = form.getByLabel("Current password", { exact: true });
  const next = form.getByLabel("New password", { exact: true });
  const repeat = form.getByLabel("Repeat the new password");
  const change = form.getByRole("button", { name: "Change password" });

  // What can be told in the browser is told on its field, and goes once the field changes.
  await next.fill("short");
  await change.click();
  await expect(form.getByText("Enter your current password.")).toBeVisible();
  await expect(form.getByText("Use at least 8 characters.")).toBeVisible();
  await next.fill("a new horse battery");
  await expect(form.getByText("Use at least 8 characters.")).toBeHidden();
  await repeat.fill("a new horse batter");
  await current.fill("not my password");
  await change.click();
  await expect(form.getByText("The two new passwords are not the same.")).toBeVisible();

  // The server's refusal of the current password, in words, on its field.
  await repeat.fill("a new horse battery");
  await change.click();
  await expect(current).toHaveAttribute("aria-invalid", "true");
  await expect(form.getByText("That is not your current password.")).toBeVisible();

  await current.fill("correct horse battery");
  await change.click();
  await expect(form.getByRole("status")).toHaveText("Password changed. Other devices are signed out.");
  await expect(current).toHaveValue("");

  // The other browser's sign-in has ended: its socket is closed and its refresh token refused.
  await expect(other.getByRole("heading", { name: "Sign in to Parley" })).toBeVisible({ timeout: 30_000 });

  // This one carries on, across a reload, on the tokens the change handed back.
  await page.reload();
  await expect(page.getByRole("heading", { name: "Profile" })).toBeVisible();
  await page.goto("/chat/");
  await expect(page.getByRole("heading", { name: "Chats" })).toBeVisible();

  await other.getByLabel("Email").fill(user.email);
  await other.getByLabel("Password").fill("correct horse battery");
  await other.getByRole("button", { name: "Sign in" }).click();
  await expect(other.getByText("Email or password is wrong.")).toBeVisible();
  await other.getByLabel("Password").fill("a new horse battery");
  await other.getByRole("button", { name: "Sign in" }).click();
  await expect(other.getByRole("heading", { name: "Chats" })).toBeVisible();
});
