import { apiCall, expect, messageLog, sendOverSocket, test } from "./fixtures";

test("after a server restart the page reconnects and catches up on what it missed, exactly once", async ({ newUser, apiUser, server }) => {
  const alice = await newUser("Alice Resilient");
  const bob = await apiUser("Bob Backend");
  const aliceId = await alice.page.evaluate(() => JSON.parse(localStorage.getItem("parley.user")!).id as string);

  // Bob opens a direct conversation with Alice over the API; it shows up live in her inbox.
  const conv = await apiCall<{ id: string }>(server, bob, "POST", "/conversations/direct", { userId: aliceId });
  await sendOverSocket(server, bob, conv.id, "before the restart");
  await alice.page.getByRole("link", { name: /Bob Backend/ }).click();
  await expect(messageLog(alice.page).getByText("before the restart")).toBeVisible();

  // Keep Alice's page from reconnecting until Bob has sent his message: her ticket requests fail.
  let blockTickets = true;
  await alice.page.route("**/api/auth/ws-ticket", (route) => (blockTickets ? route.abort("connectionrefused") : route.fallback()));

  await server.stop();
  await expect(alice.page.getByRole("status").filter({ hasText: /Reconnecting/ })).toBeVisible();
  await server.start();

  // Bob's access token is still valid: the JWT secret survived in DATA_DIR.
  await sendOverSocket(server, bob, conv.id, "sent while you were away");
  blockTickets = false;
  await alice.page.unroute("**/api/auth/ws-ticket");

  // Alice's page reconnects (after its current backoff) and catches up.
  await expect(alice.page.getByText(/Reconnecting/)).toBeHidden({ timeout: 45_000 });
  await expect(messageLog(alice.page).getByText("sent while you were away")).toBeVisible();
  await expect(messageLog(alice.page).getByText("sent while you were away")).toHaveCount(1);

  // live delivery works again, and nothing is duplicated
  await sendOverSocket(server, bob, conv.id, "and live again");
  await expect(messageLog(alice.page).getByText("and live again")).toBeVisible();
  const seqs = await messageLog(alice.page).locator("li[data-seq]").evaluateAll((els) => els.map((e) => Number(e.getAttribute("data-seq"))));
  expect(seqs).toEqual([1, 2, 3]);

  // the inbox was refreshed too
  await expect(alice.page.getByRole("navigation", { name: "Conversations" }).getByRole("link", { name: /Bob Backend/ })).toContainText("and live again");
});
