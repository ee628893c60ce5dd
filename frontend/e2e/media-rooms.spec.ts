import { expect, makePng, messageLog, send, startDirectWith, test } from "./fixtures";

test("an image sent by one user appears as a thumbnail for the other and opens full size", async ({ newUser }) => {
  const alice = await newUser("Alice Painter");
  const bob = await newUser("Bob Viewer");
  await startDirectWith(alice.page, bob.name);

  await alice.page.getByLabel("Choose files to attach").setInputFiles({ name: "gradient.png", mimeType: "image/png", buffer: makePng(96, 64) });
  // preview before sending, with an upload progress bar that completes
  await expect(alice.page.getByRole("img", { name: "Preview of gradient.png" })).toBeVisible();
  await expect(alice.page.getByRole("progressbar", { name: "Uploading gradient.png" })).toHaveAttribute("value", "100");
  await alice.page.getByRole("textbox", { name: "Message" }).fill("A picture for you");
  await alice.page.getByRole("button", { name: "Send" }).click();

  await bob.page.getByRole("link", { name: /Alice Painter/ }).click();
  const thumb = messageLog(bob.page).getByRole("img", { name: "gradient.png" });
  await expect(thumb).toBeVisible();
  await expect(messageLog(bob.page).getByText("A picture for you")).toBeVisible();
  // the thumbnail really loaded (through an authenticated fetch and an object URL)
  await expect(thumb).toHaveAttribute("src", /^blob:/);
  await expect.poll(() => thumb.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);

  await messageLog(bob.page).getByRole("button", { name: "Open image gradient.png" }).click();
  const dialog = bob.page.getByRole("dialog", { name: "gradient.png" });
  await expect(dialog.getByRole("img", { name: "gradient.png" })).toBeVisible();
  await expect.poll(() => dialog.getByRole("img", { name: "gradient.png" }).evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(96);
  await dialog.getByRole("button", { name: "Close" }).click();
  await expect(dialog).toBeHidden();

  // a document shows as a file card with its name and size
  await alice.page.getByLabel("Choose files to attach").setInputFiles({ name: "notes.txt", mimeType: "text/plain", buffer: Buffer.from("hello from a text file\n") });
  await expect(alice.page.getByRole("progressbar", { name: "Uploading notes.txt" })).toHaveAttribute("value", "100");
  await alice.page.getByRole("button", { name: "Send" }).click();
  await expect(messageLog(bob.page).getByText("notes.txt")).toBeVisible();
  await expect(messageLog(bob.page).getByText("23 B")).toBeVisible();
  const download = bob.page.waitForEvent("download");
  await messageLog(bob.page).getByRole("button", { name: "Download notes.txt" }).click();
  expect((await download).suggestedFilename()).toBe("notes.txt");
});

test("a private room is joined with its invite and messages reach both members", async ({ newUser }) => {
  const owner = await newUser("Olga Owner");
  const guest = await newUser("Gus Guest");

  await owner.page.getByRole("button", { name: "New room" }).click();
  const dialog = owner.page.getByRole("dialog", { name: "New room" });
  const roomName = `Secret plans ${Date.now().toString(36)}`;
  await dialog.getByLabel("Room name").fill(roomName);
  await dialog.getByLabel("Description").fill("Only for invited people");
  await dialog.getByLabel("Private room").check();
  await dialog.getByRole("button", { name: "Create room" }).click();

  const created = owner.page.getByRole("dialog", { name: `Room “${roomName}” created` });
  const link = await created.getByRole("textbox", { name: "Invite link" }).inputValue();
  const code = await created.getByRole("textbox", { name: "Invite code" }).inputValue();
  const roomId = await created.getByRole("textbox", { name: "Room ID" }).inputValue();
  expect(link).toBe(`${new URL(owner.page.url()).origin}/join/?room=${roomId}&code=${code}`);
  expect(code).toMatch(/^\S{6,}$/);
  await created.getByRole("button", { name: "Open room" }).click();
  await expect(owner.page.getByRole("heading", { level: 1, name: roomName })).toBeVisible();

  // the private room is not browsable; a wrong code is refused with a clear message
  await guest.page.getByRole("link", { name: "Browse rooms" }).click();
  await expect(guest.page.getByRole("list", { name: "Public rooms" }).getByText(roomName)).toHaveCount(0);
  await guest.page.getByLabel("Invite link or room ID").fill(roomId);
  await guest.page.getByRole("textbox", { name: "Invite code" }).fill("WRONGCODE");
  await guest.page.getByRole("button", { name: "Join room" }).click();
  await expect(guest.page.getByRole("alert").filter({ hasText: "invite code is missing or wrong" })).toBeVisible();

  // the invite link works
  await guest.page.goto(link);
  await guest.page.getByRole("button", { name: "Join room" }).click();
  await expect(guest.page.getByRole("heading", { level: 1, name: roomName })).toBeVisible();

  await send(guest.page, "Thanks for the invite!");
  await expect(messageLog(owner.page).getByText("Thanks for the invite!")).toBeVisible();
  await expect(messageLog(owner.page).getByText("Gus Guest")).toBeVisible(); // sender names in rooms
  await send(owner.page, "Welcome aboard");
  await expect(messageLog(guest.page).getByText("Welcome aboard")).toBeVisible();
  await expect(messageLog(guest.page).getByText("Thanks for the invite!")).toBeVisible();
});

test("a public room can be browsed and joined; a group can be created with chosen members", async ({ newUser }) => {
  const ann = await newUser("Ann Public");
  const ben = await newUser("Ben Browser");
  const cal = await newUser("Cal Member");

  await ann.page.getByRole("button", { name: "New room" }).click();
  const roomName = `Open lounge ${Date.now().toString(36)}`;
  const dialog = ann.page.getByRole("dialog", { name: "New room" });
  await dialog.getByLabel("Room name").fill(roomName);
  await dialog.getByRole("button", { name: "Create room" }).click();
  await ann.page.getByRole("button", { name: "Open room" }).click();
  await send(ann.page, "Welcome to the lounge");

  await ben.page.getByRole("link", { name: "Browse rooms" }).click();
  await ben.page.getByPlaceholder("Search public rooms").fill(roomName);
  await ben.page.getByRole("button", { name: `Join ${roomName}` }).click();
  await expect(messageLog(ben.page).getByText("Welcome to the lounge")).toBeVisible();

  // group
  await ben.page.getByRole("button", { name: "New group" }).click();
  const group = ben.page.getByRole("dialog", { name: "New group" });
  await group.getByLabel("Group name").fill("Weekend trip");
  await group.getByLabel("Add people").fill("Ann Public");
  await group.getByRole("button", { name: /Ann Public/ }).click();
  await group.getByLabel("Add people").fill("Cal Member");
  await group.getByRole("button", { name: /Cal Member/ }).click();
  await group.getByRole("button", { name: "Create group" }).click();
  await expect(ben.page.getByRole("heading", { level: 1, name: "Weekend trip" })).toBeVisible();
  await expect(ben.page.getByText("3 members")).toBeVisible();
  await send(ben.page, "Who brings the tent?");
  for (const u of [ann, cal]) {
    const row = u.page.getByRole("navigation", { name: "Conversations" }).getByRole("link", { name: /Weekend trip/ });
    await expect(row).toContainText("Ben: Who brings the tent?");
  }
});

test("sign-up and sign-in show the server's errors next to the right field", async ({ openPage, newUser }) => {
  const existing = await newUser("Eve Existing");
  const page = await openPage();
  await page.goto("/register/");
  await page.getByLabel("Name").fill("Someone");
  await page.getByLabel("Email").fill("not-an-email");
  await page.getByLabel("Password").fill("long enough password");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByLabel("Email")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText(/not a valid/i)).toBeVisible();

  await page.getByLabel("Email").fill(existing.email);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "already exists" })).toBeVisible();

  await page.getByRole("link", { name: "Sign in" }).click();
  await page.getByLabel("Email").fill(existing.email);
  await page.getByLabel("Password").fill("wrong password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Email or password is wrong." })).toBeVisible();
  await page.getByLabel("Password").fill("correct horse battery");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { name: "Chats" })).toBeVisible();

  // the theme toggle is persisted (system → light → dark)
  await page.getByRole("button", { name: /^Theme: System theme/ }).click();
  await page.getByRole("button", { name: /^Theme: Light theme/ }).click();
  await expect(page.locator("html")).toHaveClass(/dark/);
  await page.reload();
  await expect(page.getByRole("button", { name: /^Theme: Dark theme/ })).toBeVisible();
  await expect(page.locator("html")).toHaveClass(/dark/);

  // signing out returns to the sign-in page, and the app stays signed out
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("heading", { name: "Sign in to Parley" })).toBeVisible();
  await page.goto("/chat/");
  await expect(page.getByRole("heading", { name: "Sign in to Parley" })).toBeVisible();
});
