import { expect, makePng, messageLog, startDirectWith, test } from "./fixtures";

test("the client works under its Content-Security-Policy, which blocks any other inline script", async ({ newUser, cspViolations }) => {
  const consoleErrors: string[] = [];
  const alice = await newUser("Alice Policy");
  const bob = await newUser("Bob Policy");
  for (const p of [alice.page, bob.page]) {
    p.on("console", (m) => {
      if (m.type() === "error") consoleErrors.push(m.text());
    });
  }

  // Every page is served with its own inline scripts allowed by hash, and no others.
  const response = await alice.page.goto("/chat/");
  const policy = (await response!.headerValue("Content-Security-Policy")) ?? "";
  const scriptSrc = policy.split(";").map((d) => d.trim()).find((d) => d.startsWith("script-src "));
  expect(scriptSrc).toMatch(/^script-src 'self'( 'sha256-[A-Za-z0-9+/]+=*')+$/);
  await expect(alice.page.getByRole("heading", { name: "Chats" })).toBeVisible();

  // The ways through the client that load something: the socket, images through object URLs, pages.
  await startDirectWith(alice.page, bob.name);
  await alice.page.getByLabel("Choose files to attach").setInputFiles({ name: "policy.png", mimeType: "image/png", buffer: makePng(64, 48) });
  await expect(alice.page.getByRole("progressbar", { name: "Uploading policy.png" })).toHaveAttribute("value", "100");
  await alice.page.getByRole("textbox", { name: "Message" }).fill("Seen through the policy");
  await alice.page.getByRole("button", { name: "Send" }).click();
  await bob.page.getByRole("link", { name: /Alice Policy/ }).click();
  const thumb = messageLog(bob.page).getByRole("img", { name: "policy.png" });
  await expect(thumb).toHaveAttribute("src", /^blob:/);
  await expect.poll(() => thumb.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
  await expect(messageLog(bob.page).getByText("Seen through the policy")).toBeVisible();
  await bob.page.getByRole("link", { name: "Your profile" }).click();
  await expect(bob.page.getByRole("heading", { name: "Profile", exact: true })).toBeVisible();
  await bob.page.goto("/rooms/");
  await expect(bob.page.getByRole("heading", { name: "Rooms", exact: true })).toBeVisible();
  expect(consoleErrors).toEqual([]);
  // (Chromium logs the 404 of this one as a console error.)
  await bob.page.goto("/no-such-page/");
  await expect(bob.page.getByText("This page could not be found.")).toBeVisible();
  expect(cspViolations).toEqual([]);

  // An injected inline script does not run, and is reported (so the watch above can see one).
  const ran = await bob.page.evaluate(async () => {
    const script = document.createElement("script");
    script.textContent = "window.__injected = true";
    document.head.appendChild(script);
    await new Promise((r) => setTimeout(r, 100));
    return (window as unknown as { __injected?: boolean }).__injected === true;
  });
  expect(ran).toBe(false);
  await expect.poll(() => cspViolations.length).toBe(1);
  expect(cspViolations[0]).toMatch(/^script-src-elem blocked inline/);
  cspViolations.length = 0; // expected: the fixture checks that nothing else was blocked
});
