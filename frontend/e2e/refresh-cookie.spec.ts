import { expect, test, uniqueEmail } from "./fixtures";

test("the refresh token is an HttpOnly cookie no script can read, renews the session, and sign-out ends it", async ({ openPage, server }) => {
  const page = await openPage();
  const context = page.context();
  const refreshCookie = async () => (await context.cookies()).filter((c) => c.name === "parley_refresh");
  await page.goto("/register/");
  await page.getByLabel("Name").fill("Cora Cookie");
  await page.getByLabel("Email").fill(uniqueEmail("Cora Cookie"));
  await page.getByLabel("Password").fill("correct horse battery");
  const registered = page.waitForResponse((r) => r.url().endsWith("/api/auth/register"));
  await page.getByRole("button", { name: "Create account" }).click();
  expect(await (await registered).json()).not.toHaveProperty("refreshToken");
  await expect(page.getByRole("heading", { name: "Chats" })).toBeVisible();

  const [cookie, ...more] = await refreshCookie();
  expect(more).toEqual([]);
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Strict", path: "/api/auth", secure: false });
  // Neither the page's scripts can read it nor has the page kept a copy anywhere.
  expect(await page.evaluate(() => document.cookie)).not.toContain("parley_refresh");
  const kept = await page.evaluate(() =>
    [...Object.entries(localStorage), ...Object.entries(sessionStorage)].map(([k, v]) => `${k}=${v}`).join("\n"),
  );
  expect(kept).not.toContain(cookie.value);
  expect(kept).not.toContain("refreshToken");

  // With no access token left, a reload renews the session from the cookie alone.
  await page.evaluate(() => localStorage.removeItem("parley.accessToken"));
  const refresh = page.waitForRequest((r) => r.url().endsWith("/api/auth/refresh"));
  await page.reload();
  const request = await refresh;
  expect(request.postData()).toBeNull();
  expect(await request.headerValue("X-Parley-Refresh")).toBe("cookie");
  await expect(page.getByRole("link", { name: "Your profile" })).toContainText("Cora Cookie");
  const [rotated] = await refreshCookie();
  expect(rotated.value).not.toBe(cookie.value);

  // Signing out ends that sign-in on the server and clears the cookie from the browser.
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("heading", { name: "Sign in to Parley" })).toBeVisible();
  expect(await refreshCookie()).toEqual([]);
  const reused = await fetch(`${server.baseURL}/api/auth/refresh`, {
    method: "POST",
    headers: { "X-Parley-Refresh": "cookie", Cookie: `parley_refresh=${rotated.value}` },
  });
  expect(reused.status).toBe(401);
});
