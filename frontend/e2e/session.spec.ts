import { expect, test } from "./fixtures";

test("tabs share one token refresh; a session whose refresh token is refused goes to sign-in", async ({ newUser }) => {
  const user = await newUser("Sam Session");
  const context = user.context;
  const second = await context.newPage();
  await second.goto("/chat/");
  await expect(second.getByRole("heading", { name: "Chats" })).toBeVisible();

  // Both tabs lose their access token at once (as if it had expired) and reload together:
  // only one of them may present the (single-use) refresh token; the other adopts the result.
  const refreshes: string[] = [];
  context.on("request", (r) => {
    if (r.url().endsWith("/api/auth/refresh")) refreshes.push(r.postData() ?? "");
  });
  await user.page.evaluate(() => localStorage.removeItem("parley.accessToken"));
  await Promise.all([user.page.reload(), second.reload()]);
  for (const p of [user.page, second]) {
    await expect(p.getByRole("heading", { name: "Chats" })).toBeVisible();
    await expect(p.getByRole("link", { name: "Your profile" })).toContainText("Sam Session");
  }
  expect(refreshes).toHaveLength(1);
  await second.close();

  // A refused refresh token ends the session: back to sign-in, tokens gone.
  const [cookie] = (await context.cookies()).filter((c) => c.name === "parley_refresh");
  await context.addCookies([{ ...cookie, value: "bogus" }]);
  await user.page.evaluate(() => localStorage.setItem("parley.accessToken", "not-a-jwt"));
  await user.page.reload();
  await expect(user.page.getByRole("heading", { name: "Sign in to Parley" })).toBeVisible();
  const left = await user.page.evaluate(() => ["parley.accessToken", "parley.signedIn", "parley.user"].map((k) => localStorage.getItem(k)));
  expect(left).toEqual([null, null, null]);
});
