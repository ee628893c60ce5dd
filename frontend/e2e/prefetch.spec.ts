import { apiCall, expect, messageLog, sendOverSocket, test } from "./fixtures";

test("the inbox's first conversations open without waiting for their messages", async ({ newUser, apiUser, server }) => {
  const me = await newUser("Iris Inbox");
  const myId = await me.page.evaluate(() => JSON.parse(localStorage.getItem("parley.user")!).id as string);
  const friends = await Promise.all(["Ada", "Ben", "Cleo", "Dan"].map((name) => apiUser(name)));
  for (const friend of friends) {
    const direct = await apiCall<{ id: string }>(server, friend, "POST", "/conversations/direct", { userId: myId });
    await sendOverSocket(server, friend, direct.id, `Hello from ${friend.name}`);
  }

  // A cold start of the inbox: the three latest conversations are fetched while it is read.
  const prefetched: string[] = [];
  me.page.on("response", (r) => {
    if (/\/api\/conversations\/[^/]+\/messages\?limit=/.test(r.url())) prefetched.push(r.url());
  });
  await me.page.reload();
  const inbox = me.page.getByRole("navigation", { name: "Conversations" });
  await expect(inbox.getByRole("link", { name: /Dan/ })).toBeVisible();
  await expect.poll(() => prefetched.length).toBe(3);

  const onOpen: string[] = [];
  me.page.on("request", (r) => {
    if (r.url().includes("/api/conversations/")) onOpen.push(r.url());
  });
  for (const name of ["Dan", "Cleo", "Ben"]) {
    await inbox.getByRole("link", { name: new RegExp(name) }).click();
    await expect(messageLog(me.page).getByText(`Hello from ${name}`)).toBeVisible();
  }
  expect(onOpen.filter((url) => url.includes("/messages?limit=")), "no history fetched on opening").toEqual([]);

  // The fourth was not fetched ahead; it loads when opened.
  await inbox.getByRole("link", { name: /Ada/ }).click();
  await expect(messageLog(me.page).getByText("Hello from Ada")).toBeVisible();
  expect(onOpen.filter((url) => url.includes("/messages?limit="))).toHaveLength(1);
});
