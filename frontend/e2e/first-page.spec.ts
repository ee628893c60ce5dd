import { apiCall, expect, messageLog, sendOverSocket, test } from "./fixtures";

test("the inbox's first conversations open without waiting for their messages", async ({ newUser, apiUser, server }) => {
  const me = await newUser("Iris Inbox");
  const myId = await me.page.evaluate(() => JSON.parse(localStorage.getItem("parley.user")!).id as string);
  const friends = await Promise.all(["Ada", "Ben", "Cleo", "Dan"].map((name) => apiUser(name)));
  for (const friend of friends) {
    const direct = await apiCall<{ id: string }>(server, friend, "POST", "/conversations/direct", { userId: myId });
    await sendOverSocket(server, friend, direct.id, `Hello from ${friend.name}`);
  }

  // A cold start of the inbox in a new tab (the first one's fetches must not count): the three
  // latest conversations are fetched while it is read.
  await me.page.close();
  const page = await me.context.newPage();
  const prefetched: string[] = [];
  page.on("response", (r) => {
    if (/\/api\/conversations\/[^/]+\/messages\?limit=/.test(r.url())) prefetched.push(r.url());
  });
  await page.goto("/chat/");
  const inbox = page.getByRole("navigation", { name: "Conversations" });
  await expect(inbox.getByRole("link", { name: /Dan/ })).toBeVisible();
  await expect.poll(() => prefetched.length).toBe(3);

  const onOpen: string[] = [];
  page.on("request", (r) => {
    if (r.url().includes("/api/conversations/")) onOpen.push(r.url());
  });
  for (const name of ["Dan", "Cleo", "Ben"]) {
    await inbox.getByRole("link", { name: new RegExp(name) }).click();
    await expect(messageLog(page).getByText(`Hello from ${name}`)).toBeVisible();
  }
  expect(onOpen.filter((url) => url.includes("/messages?limit=")), "no history fetched on opening").toEqual([]);

  // The fourth was not fetched ahead; it loads when opened.
  await inbox.getByRole("link", { name: /Ada/ }).click();
  await expect(messageLog(page).getByText("Hello from Ada")).toBeVisible();
  expect(onOpen.filter((url) => url.includes("/messages?limit="))).toHaveLength(1);
});

/** A promise and the function that settles it. */
function signal(): { done: Promise<void>; fire: () => void } {
  let fire = () => undefined as void;
  const done = new Promise<void>((resolve) => (fire = resolve));
  return { done, fire };
}

test("a message that arrives while a conversation's first page is on its way is not lost", async ({ newUser, apiUser, server }) => {
  const me = await newUser("Hal Held");
  const myId = await me.page.evaluate(() => JSON.parse(localStorage.getItem("parley.user")!).id as string);
  const friend = await apiUser("Fay");
  // The first page is read on the server at once, but reaches the page only once the next message was delivered.
  const read = signal();
  const delivered = signal();
  await me.page.route(/\/api\/conversations\/[^/]+\/messages\?limit=/, async (route) => {
    const response = await route.fetch();
    read.fire();
    await delivered.done;
    await route.fulfill({ response });
  });

  const direct = await apiCall<{ id: string }>(server, friend, "POST", "/conversations/direct", { userId: myId });
  await sendOverSocket(server, friend, direct.id, "Sent before the page was read");
  await read.done;
  await sendOverSocket(server, friend, direct.id, "Sent while the page was on its way");
  const inbox = me.page.getByRole("navigation", { name: "Conversations" });
  await expect(inbox.getByRole("link", { name: /Fay/ })).toContainText("Sent while the page was on its way");
  delivered.fire();

  await inbox.getByRole("link", { name: /Fay/ }).click();
  await expect(messageLog(me.page).getByText("Sent before the page was read")).toBeVisible();
  await expect(messageLog(me.page).getByText("Sent while the page was on its way")).toBeVisible();
});

test("a message sent between reading a page and the socket's first connection is caught up", async ({ newUser, apiUser, server }) => {
  const me = await newUser("Cal Cold");
  const myId = await me.page.evaluate(() => JSON.parse(localStorage.getItem("parley.user")!).id as string);
  const friend = await apiUser("Gus");
  const direct = await apiCall<{ id: string }>(server, friend, "POST", "/conversations/direct", { userId: myId });
  await sendOverSocket(server, friend, direct.id, "Sent before the reload");

  // The socket of the reloaded page cannot connect until its timeline was read and one more message sent.
  const sent = signal();
  await me.page.route("**/api/auth/ws-ticket", async (route) => {
    await sent.done;
    await route.continue();
  });
  const pageRead = me.page.waitForResponse(/\/api\/conversations\/[^/]+\/messages\?limit=/);
  await me.page.reload();
  await pageRead;
  await sendOverSocket(server, friend, direct.id, "Sent before the socket connected");
  sent.fire();

  await me.page.getByRole("navigation", { name: "Conversations" }).getByRole("link", { name: /Gus/ }).click();
  await expect(messageLog(me.page).getByText("Sent before the reload")).toBeVisible();
  await expect(messageLog(me.page).getByText("Sent before the socket connected")).toBeVisible();
});

test("a link to a conversation asks for its messages before the page's scripts have run, and only once", async ({ newUser, apiUser, server }) => {
  const me = await newUser("Dee Link");
  const myId = await me.page.evaluate(() => JSON.parse(localStorage.getItem("parley.user")!).id as string);
  const friend = await apiUser("Fay Early");
  const direct = await apiCall<{ id: string }>(server, friend, "POST", "/conversations/direct", { userId: myId });
  await sendOverSocket(server, friend, direct.id, "early bird");

  const asked: string[] = [];
  me.page.on("request", (r) => {
    // the first page only: a catch-up (after=) may follow when the socket connects
    if (r.url().includes(`/api/conversations/${direct.id}/messages?limit=`)) asked.push(r.url());
  });
  await me.page.goto(`/chat/?c=${direct.id}`);
  await expect(messageLog(me.page).getByText("early bird")).toBeVisible();
  expect(asked).toHaveLength(1);
  const timing = await me.page.evaluate((id) => {
    const request = performance.getEntriesByType("resource").find((e) => e.name.includes(`/api/conversations/${id}/messages`))!;
    const page = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming;
    return { asked: request.startTime, scriptsRan: page.domContentLoadedEventStart };
  }, direct.id);
  expect(timing.asked).toBeLessThan(timing.scriptsRan);
});
