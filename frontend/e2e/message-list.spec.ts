import type { Locator } from "@playwright/test";
import { apiCall, expect, messageLog, sendOverSocket, signIn, test, uploadAsApiUser } from "./fixtures";

const PHONE = { width: 390, height: 844 };

/**
 * The WCAG contrast ratio of an element's text against what is painted behind it: the colours of
 * its ancestors' backgrounds composited in order, read back from a canvas (Tailwind's colours are
 * oklch, which the canvas converts).
 */
function contrastOf(text: Locator): Promise<number> {
  return text.evaluate((el) => {
    const canvas = document.createElement("canvas");
    canvas.width = canvas.height = 1;
    const ctx = canvas.getContext("2d", { willReadFrequently: true })!;
    const layers: string[] = [];
    for (let n: Element | null = el; n; n = n.parentElement) layers.unshift(getComputedStyle(n).backgroundColor);
    const paint = (colours: string[]) => {
      ctx.fillStyle = "#fff";
      ctx.fillRect(0, 0, 1, 1);
      for (const c of colours) {
        ctx.fillStyle = c;
        ctx.fillRect(0, 0, 1, 1);
      }
      return Array.from(ctx.getImageData(0, 0, 1, 1).data.slice(0, 3));
    };
    const luminance = ([r, g, b]: number[]) => {
      const lin = (v: number) => (v / 255 <= 0.03928 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4);
      return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
    };
    const back = luminance(paint(layers));
    const text = luminance(paint([...layers, getComputedStyle(el).color]));
    return (Math.max(back, text) + 0.05) / (Math.min(back, text) + 0.05);
  });
}

test("a very long word wraps inside its bubble and nothing scrolls sideways on a phone", async ({ openPage, apiUser, server }) => {
  const me = await apiUser("Lena Long");
  const other = await apiUser("Otto Other");
  const direct = await apiCall<{ id: string }>(server, other, "POST", "/conversations/direct", { userId: me.id });
  const word = "Donaudampfschifffahrtsgesellschaftskapitän".repeat(12);
  await sendOverSocket(server, other, direct.id, word);
  await sendOverSocket(server, me, direct.id, `mine ${word}`);

  const page = await openPage({ viewport: PHONE });
  await signIn(page, me);
  await page.getByRole("link", { name: /Otto Other/ }).click();
  await expect(messageLog(page).getByText(`mine ${word}`)).toBeVisible();

  const widths = await page.evaluate(() => ({
    scroll: document.scrollingElement!.scrollWidth,
    inner: window.innerWidth,
    pane: document.querySelector('section[aria-label^="Conversation with"]')!.getBoundingClientRect().width,
    widestMessage: Math.max(...Array.from(document.querySelectorAll("li[data-seq]"), (li) => li.scrollWidth)),
  }));
  expect(widths.scroll).toBeLessThanOrEqual(widths.inner);
  expect(widths.pane).toBeLessThanOrEqual(PHONE.width);
  expect(widths.widestMessage).toBeLessThanOrEqual(PHONE.width);
});

test("one's own file card is readable and outlined in the light theme", async ({ openPage, apiUser, server }) => {
  const me = await apiUser("Fiona File");
  const other = await apiUser("Gert Getter");
  const direct = await apiCall<{ id: string }>(server, me, "POST", "/conversations/direct", { userId: other.id });
  const file = await uploadAsApiUser(server, me, "minutes.txt", "text/plain", Buffer.from("Minutes of the meeting\n".repeat(200)));
  await sendOverSocket(server, me, direct.id, "", [file.id]);

  const page = await openPage({ colorScheme: "light" });
  await signIn(page, me);
  await page.getByRole("link", { name: /Gert Getter/ }).click();
  const card = messageLog(page).locator("div", { has: page.getByRole("button", { name: "Download minutes.txt" }) }).last();
  await expect(card).toContainText("4.5 KB");

  expect(await contrastOf(card.getByText("minutes.txt", { exact: true }))).toBeGreaterThanOrEqual(4.5);
  expect(await contrastOf(card.getByText("4.5 KB", { exact: true }))).toBeGreaterThanOrEqual(4.5);
  // The outline sets the card apart from the page.
  const border = await card.evaluate((el) => getComputedStyle(el).borderTopColor);
  const pageBackground = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(border).not.toBe(pageBackground);
  expect(border).not.toMatch(/rgba\(255, 255, 255|oklab\(1 0 0 \//);
});

test("messages of one sender are grouped: name and avatar once, times on hover, full date in a tooltip", async ({ openPage, apiUser, server }) => {
  const me = await apiUser("Gina Grouped");
  const bob = await apiUser("Bob Burst");
  const group = await apiCall<{ id: string }>(server, bob, "POST", "/conversations/group", { name: "Burst club", userIds: [me.id] });
  const sent: { id: string }[] = [];
  for (const text of ["first of three", "second of three", "third of three"]) sent.push(await sendOverSocket(server, bob, group.id, text));
  const history = await apiCall<{ messages: { id: string; createdAt: string }[] }>(server, me, "GET", `/conversations/${group.id}/messages`);

  const page = await openPage();
  await signIn(page, me);
  await page.getByRole("link", { name: /Burst club/ }).click();
  const log = messageLog(page);
  await expect(log.getByText("third of three")).toBeVisible();

  await expect(log.getByRole("button", { name: "Bob Burst" })).toHaveCount(1);
  await expect(log.getByText("BB", { exact: true })).toHaveCount(1); // the avatar's initials
  const items = log.locator("li[data-seq]");
  for (let i = 0; i < 3; i++) {
    const createdAt = history.messages.find((m) => m.id === sent[i].id)!.createdAt;
    const time = items.nth(i).locator("time");
    await expect(time).toHaveAttribute("datetime", createdAt);
    await expect(time).toHaveAttribute("title", /\b20\d\d\b/);
  }
  await expect(items.nth(0).locator("time")).toBeVisible();
  await expect(items.nth(1).locator("time")).toBeHidden();
  await expect(items.nth(2).locator("time")).toBeHidden();
  await items.nth(1).hover();
  await expect(items.nth(1).locator("time")).toBeVisible();
});
