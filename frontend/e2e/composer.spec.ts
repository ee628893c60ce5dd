import type { Page } from "@playwright/test";
import { apiCall, expect, makePng, messageLog, sendOverSocket, test, type ApiUser } from "./fixtures";
import type { ParleyServer } from "./server";

async function myId(page: Page): Promise<string> {
  return page.evaluate(() => JSON.parse(localStorage.getItem("parley.user")!).id as string);
}

/** `other` opens a direct conversation with the page's user and says hello in it. */
async function conversationFrom(server: ParleyServer, other: ApiUser, page: Page): Promise<string> {
  const conv = await apiCall<{ id: string }>(server, other, "POST", "/conversations/direct", { userId: await myId(page) });
  await sendOverSocket(server, other, conv.id, `hello from ${other.name}`);
  return conv.id;
}

async function open(page: Page, name: string) {
  await page.getByRole("navigation", { name: "Conversations" }).getByRole("link", { name: new RegExp(name) }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
}

const box = (page: Page) => page.getByRole("textbox", { name: "Message" });

test("a draft is kept per conversation, across switching and reloads, and cleared when sent", async ({ newUser, apiUser, server }) => {
  const alice = await newUser("Alice Drafts");
  const bob = await apiUser("Bob Drafts");
  const carol = await apiUser("Carol Drafts");
  await conversationFrom(server, bob, alice.page);
  await conversationFrom(server, carol, alice.page);

  await open(alice.page, bob.name);
  await box(alice.page).fill("half a thought for Bob");
  await open(alice.page, carol.name);
  await expect(box(alice.page)).toHaveValue("");
  await box(alice.page).fill("for Carol");
  await open(alice.page, bob.name);
  await expect(box(alice.page)).toHaveValue("half a thought for Bob");

  await alice.page.reload();
  await expect(box(alice.page)).toHaveValue("half a thought for Bob");
  await box(alice.page).press("Enter");
  await expect(messageLog(alice.page).locator("li[data-seq]").filter({ hasText: "half a thought for Bob" })).toHaveCount(1);
  await alice.page.reload();
  await expect(messageLog(alice.page).getByText("half a thought for Bob")).toBeVisible();
  await expect(box(alice.page)).toHaveValue("");
  await open(alice.page, carol.name);
  await expect(box(alice.page)).toHaveValue("for Carol");
});

test("near the 4,000-character limit a counter shows; over it the text is kept whole and sending is refused, saying why", async ({ newUser, apiUser, server }) => {
  const alice = await newUser("Alice Long");
  const bob = await apiUser("Bob Long");
  const conv = await conversationFrom(server, bob, alice.page);
  await open(alice.page, bob.name);
  const counter = alice.page.getByText(/\/ 4,000/);

  await box(alice.page).fill("x".repeat(3_499));
  await expect(counter).toBeHidden();
  await box(alice.page).fill("x".repeat(3_600));
  await expect(counter).toHaveText("3,600 / 4,000");

  await box(alice.page).fill("y".repeat(4_100));
  await expect(box(alice.page)).toHaveValue("y".repeat(4_100)); // not cut silently
  await expect(counter).toHaveText("4,100 / 4,000 · 100 too many");
  await box(alice.page).press("Enter");
  const refusal = alice.page.getByRole("alert").filter({ hasText: "Not sent" });
  await expect(refusal).toContainText("at most 4,000 characters, this one has 4,100");
  await expect(box(alice.page)).toHaveValue("y".repeat(4_100));
  await expect(messageLog(alice.page).locator("li[data-pending]")).toHaveCount(0);

  await box(alice.page).fill("y".repeat(4_000));
  await expect(refusal).toBeHidden();
  await box(alice.page).press("Enter");
  await expect(box(alice.page)).toHaveValue("");
  await expect(messageLog(alice.page).locator("li[data-seq]")).toHaveCount(2);
  const history = await apiCall<{ messages: { content: string }[] }>(server, bob, "GET", `/conversations/${conv}/messages`);
  expect(history.messages.map((m) => m.content.length)).toEqual([4_000, `hello from ${bob.name}`.length]);
});

test("Enter while a file uploads says the message waits, and sends it when the upload is done", async ({ newUser, apiUser, server }) => {
  const alice = await newUser("Alice Upload");
  const bob = await apiUser("Bob Upload");
  const conv = await conversationFrom(server, bob, alice.page);
  await open(alice.page, bob.name);

  let finishUpload!: () => void;
  const uploadMayFinish = new Promise<void>((resolve) => (finishUpload = resolve));
  await alice.page.route("**/api/attachments", async (route) => {
    await uploadMayFinish;
    await route.continue();
  });
  await alice.page.getByLabel("Choose files to attach").setInputFiles({ name: "chart.png", mimeType: "image/png", buffer: makePng(64, 48) });
  await expect(alice.page.getByRole("progressbar", { name: "Uploading chart.png" })).toBeVisible();
  await box(alice.page).fill("the chart");
  await box(alice.page).press("Enter");
  await expect(alice.page.getByRole("status").filter({ hasText: "Sends as soon as the upload finishes" })).toBeVisible();
  await expect(box(alice.page)).toHaveValue("the chart");

  finishUpload();
  const sent = messageLog(alice.page).locator("li[data-seq]").filter({ hasText: "the chart" });
  await expect(sent).toHaveCount(1);
  await expect(sent.getByRole("img", { name: "chart.png" })).toBeVisible();
  await expect(box(alice.page)).toHaveValue("");
  await expect(alice.page.getByRole("status").filter({ hasText: "Sends as soon as the upload finishes" })).toBeHidden();
  const history = await apiCall<{ messages: { content: string; attachments: unknown[] }[] }>(server, bob, "GET", `/conversations/${conv}/messages`);
  expect(history.messages.map((m) => [m.content, m.attachments.length])).toEqual([
    ["the chart", 1],
    [`hello from ${bob.name}`, 0],
  ]);
});

test("what is typed while a conversation's history is still loading is kept and sent", async ({ newUser, apiUser, server }) => {
  const alice = await newUser("Alice Early");
  const bob = await apiUser("Bob Early");
  const conv = await conversationFrom(server, bob, alice.page);
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await alice.page.route(`**/api/conversations/${conv}/messages*`, async (route) => {
    await held;
    await route.continue();
  });

  await alice.page.goto(`/chat/?c=${conv}`);
  await expect(messageLog(alice.page).getByText("hello from Bob Early")).toHaveCount(0);
  await box(alice.page).fill("typed before the history came");
  await box(alice.page).press("Enter");
  await expect(box(alice.page)).toHaveValue("");
  release();

  await expect(messageLog(alice.page).locator("li[data-seq]").filter({ hasText: "typed before the history came" })).toHaveCount(1);
  await expect(messageLog(alice.page).getByText("hello from Bob Early")).toBeVisible();
});
