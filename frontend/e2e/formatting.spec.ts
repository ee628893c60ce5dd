import { expect, messageLog, send, startDirectWith, test } from "./fixtures";

test("formatting renders on both sides, and HTML someone types stays text", async ({ newUser }) => {
  const ann = await newUser("Ann Format");
  const bob = await newUser("Bob Format");
  await startDirectWith(ann.page, "Bob Format");
  await send(
    ann.page,
    [
      "**Ship it** _today_, ~~not Friday~~: run `make release`",
      "> from the plan",
      "- build\n- test",
      "```\nmake release\n```",
      'Docs: https://example.org/release <script>window.__pwned = 1</script> <img src=x onerror="window.__pwned = 2">',
    ].join("\n\n"),
  );
  await bob.page.getByRole("navigation", { name: "Conversations" }).getByRole("link", { name: /Ann Format/ }).click();

  for (const page of [ann.page, bob.page]) {
    const message = messageLog(page).locator("li[data-message-id]").filter({ hasText: "Ship it" });
    await expect(message.locator("strong")).toHaveText("Ship it");
    await expect(message.locator("em")).toHaveText("today");
    await expect(message.locator("del")).toHaveText("not Friday");
    await expect(message.locator(":not(pre) > code")).toHaveText("make release");
    await expect(message.locator("pre code")).toHaveText("make release");
    await expect(message.locator("blockquote")).toHaveText("from the plan");
    await expect(message.locator(".message-text ul > li")).toHaveText(["build", "test"]);
    const link = message.getByRole("link", { name: "https://example.org/release" });
    await expect(link).toHaveAttribute("target", "_blank");
    await expect(link).toHaveAttribute("rel", "noopener noreferrer");
    await expect(message).toContainText('<script>window.__pwned = 1</script> <img src=x onerror="window.__pwned = 2">');
    await expect(message.locator("script, img")).toHaveCount(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  }
});
