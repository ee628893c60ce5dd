import { expect, messageLog, send, startDirectWith, test } from "./fixtures";

test("two users chat in real time in a direct conversation started from user search", async ({ newUser }) => {
  const alice = await newUser("Alice Example");
  const bob = await newUser("Bob Example");

  await startDirectWith(alice.page, bob.name);
  await send(alice.page, "Hi Bob, it's Alice!");
  await expect(messageLog(alice.page).getByText("Hi Bob, it's Alice!")).toBeVisible();

  // Bob's inbox gets the new conversation live, with an unread badge.
  const row = bob.page.getByRole("navigation", { name: "Conversations" }).getByRole("link", { name: /Alice Example/ });
  await expect(row).toBeVisible();
  await expect(row).toContainText("Hi Bob, it's Alice!");
  await expect(row).toContainText("1 unread");
  await row.click();
  await expect(messageLog(bob.page).getByText("Hi Bob, it's Alice!")).toBeVisible();
  await expect(row).not.toContainText("unread");

  await send(bob.page, "Hello Alice 👋");
  await expect(messageLog(alice.page).getByText("Hello Alice 👋")).toBeVisible();

  // Both see both messages, in order, exactly once.
  for (const page of [alice.page, bob.page]) {
    const items = messageLog(page).locator("li[data-seq]");
    await expect(items).toHaveCount(2);
    await expect(items.nth(0)).toContainText("Hi Bob, it's Alice!");
    await expect(items.nth(1)).toContainText("Hello Alice 👋");
  }
  // Message text is text, links are safe links.
  await send(alice.page, "<b>not bold</b> see https://example.org/x");
  const link = messageLog(bob.page).getByRole("link", { name: "https://example.org/x" });
  await expect(link).toHaveAttribute("rel", "noopener noreferrer");
  await expect(link).toHaveAttribute("target", "_blank");
  await expect(messageLog(bob.page).getByText("<b>not bold</b>", { exact: false })).toBeVisible();
  await expect(messageLog(bob.page).locator("b")).toHaveCount(0);
});

test("typing in one browser shows a typing indicator in the other", async ({ newUser }) => {
  const alice = await newUser("Alice Typist");
  const bob = await newUser("Bob Watcher");
  await startDirectWith(alice.page, bob.name);
  await send(alice.page, "ping");
  await bob.page.getByRole("link", { name: /Alice Typist/ }).click();
  await expect(messageLog(bob.page).getByText("ping")).toBeVisible();

  await alice.page.getByRole("textbox", { name: "Message" }).pressSequentially("I am typing something rather long", { delay: 110 });
  await expect(bob.page.getByRole("status").filter({ hasText: "Alice Typist is typing…" })).toBeVisible();
  // Sending ends the indicator.
  await alice.page.getByRole("textbox", { name: "Message" }).press("Enter");
  await expect(messageLog(bob.page).getByText("I am typing something rather long")).toBeVisible();
  await expect(bob.page.getByText("Alice Typist is typing…")).toBeHidden();

  // Sending faster than the rate limit (5 messages / 10 s): the last one says so, waits, and goes by itself.
  for (const text of ["one", "two", "three", "four"]) await send(alice.page, text);
  const limited = messageLog(alice.page).locator('li[data-pending="waiting"]').filter({ hasText: "four" });
  await expect(limited).toContainText(/sending messages too fast · sending again in \d+ s/);
  await expect(messageLog(bob.page).getByText("three", { exact: true })).toBeVisible();
  await expect(messageLog(bob.page).getByText("four", { exact: true })).toBeVisible({ timeout: 15_000 });
  await expect(limited).toHaveCount(0);
});
