import { expect, test } from "./fixtures";

test("the favicon and the page icon are served as images", async ({ openPage }) => {
  const page = await openPage();
  await page.goto("/login/");

  const favicon = await page.request.get("/favicon.ico");
  expect(favicon.status()).toBe(200);
  expect(favicon.headers()["content-type"]).toMatch(/^image\//);
  expect((await favicon.body()).subarray(0, 4)).toEqual(Buffer.from([0, 0, 1, 0])); // an ICO header

  const icons = page.locator('link[rel="icon"]');
  await expect(icons).not.toHaveCount(0);
  for (const href of await icons.evaluateAll((links) => links.map((l) => (l as HTMLLinkElement).href))) {
    const icon = await page.request.get(href);
    expect(icon.status(), href).toBe(200);
    expect(icon.headers()["content-type"], href).toMatch(/^image\//);
  }
});
