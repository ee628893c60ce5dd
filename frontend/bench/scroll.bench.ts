import WebSocket from "ws";
import { apiCall, expect, messageLog, test, type ApiUser } from "../e2e/fixtures";
import type { ParleyServer } from "../e2e/server";

// Scrolling a long history: MESSAGES are loaded into the page (paging back to the beginning), then
// the list is scrolled from the top to the bottom and back, a step per animation frame, and the
// frames are timed in the page. Measured, never asserted; the figures go to docs/benchmarks.md.
const MESSAGES = Number(process.env.MESSAGES ?? 10_000);
process.env.MESSAGE_RATE_LIMIT ??= "1000000";

/** Sends `count` messages over one socket, each acked before the next. */
async function sendMany(server: ParleyServer, user: ApiUser, conversationId: string, count: number) {
  const ws = new WebSocket(`ws://127.0.0.1:${server.port}/ws`, { headers: { Authorization: `Bearer ${user.token}` } });
  await new Promise<void>((resolve, reject) => ws.once("open", () => resolve()).once("error", reject));
  for (let i = 1; i <= count; i++) {
    const acked = new Promise<void>((resolve, reject) => {
      const onMessage = (raw: WebSocket.RawData) => {
        const frame = JSON.parse(String(raw));
        if (frame.ref !== `m${i}`) return;
        ws.off("message", onMessage);
        if (frame.type === "ack") resolve();
        else reject(new Error(JSON.stringify(frame)));
      };
      ws.on("message", onMessage);
    });
    const words = i % 7 === 0 ? " with a longer text that wraps onto a second line in the narrower layouts of the list".repeat(2) : "";
    ws.send(JSON.stringify({ type: "send_message", ref: `m${i}`, data: { conversationId, content: `Message ${i}${words}` } }));
    await acked;
  }
  ws.close();
}

test("scrolling a long history", async ({ newUser, apiUser, server }) => {
  test.setTimeout(900_000);
  const me = await newUser("Sol Scroll");
  const myId = await me.page.evaluate(() => JSON.parse(localStorage.getItem("parley.user")!).id as string);
  const friend = await apiUser("Lena Long");
  const direct = await apiCall<{ id: string }>(server, friend, "POST", "/conversations/direct", { userId: myId });
  await sendMany(server, friend, direct.id, MESSAGES);

  const page = me.page;
  await page.reload();
  await page.getByRole("navigation", { name: "Conversations" }).getByRole("link", { name: /Lena Long/ }).click();
  const log = messageLog(page);
  await expect(log.getByText(`Message ${MESSAGES}`, { exact: true })).toBeVisible();
  // Paged in from inside the page (scroll to the top, let the next page render, again), so that what
  // is timed is the list's work, not the test driver querying a page of thousands of elements.
  const loadSeconds = await page.evaluate(async () => {
    const list = document.querySelector('[role="log"]')!;
    let scroller = list.parentElement!;
    while (!/(auto|scroll)/.test(getComputedStyle(scroller).overflowY)) scroller = scroller.parentElement!;
    const atBeginning = () =>
      Array.from(list.querySelectorAll(":scope > p")).some((p) => p.textContent === "This is the beginning of the conversation.");
    const started = performance.now();
    while (!atBeginning()) {
      scroller.scrollTop = 0;
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    }
    return (performance.now() - started) / 1000;
  });
  const inDom = await log.locator("li").count();

  // Two ways through the list, a step per animation frame: a brisk scroll of 100 px a frame (6,000 px/s)
  // over its first 60,000 px and back, and a fling through all of it in 600 frames each way (at
  // 10,000 messages about 1,200 px a frame).
  for (const { name, step, frames: limit } of [
    { name: "brisk scroll, 100 px a frame", step: 100, frames: 600 },
    { name: "fling through the whole list", step: 0, frames: 0 },
  ]) {
    const frames = await page.evaluate(
      async ({ step, limit }) => {
        let scroller: HTMLElement | null = document.querySelector('[role="log"]');
        while (scroller && !/(auto|scroll)/.test(getComputedStyle(scroller).overflowY)) scroller = scroller.parentElement;
        const el = scroller!;
        const times: number[] = [];
        const by = step || el.scrollHeight / 600;
        const far = limit ? Math.min(el.scrollHeight - el.clientHeight, by * limit) : el.scrollHeight - el.clientHeight;
        for (const direction of [1, -1]) {
          el.scrollTop = direction === 1 ? 0 : far;
          await new Promise<void>((resolve) => {
            let last = performance.now();
            const tick = (now: number) => {
              times.push(now - last);
              last = now;
              el.scrollTop += direction * by;
              const done = direction === 1 ? el.scrollTop >= far - 1 : el.scrollTop <= 0;
              if (done) resolve();
              else requestAnimationFrame(tick);
            };
            requestAnimationFrame(tick);
          });
        }
        return times.slice(1);
      },
      { step, limit },
    );
    const sorted = [...frames].sort((a, b) => a - b);
    const pct = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];
    const total = frames.reduce((a, b) => a + b, 0);
    console.log(`\nscrolling ${MESSAGES} messages (${inDom} list items in the page, loaded in ${loadSeconds.toFixed(0)} s), ${name}:`);
    console.log(`  ${frames.length} frames, ${(frames.length / (total / 1000)).toFixed(1)} fps; frame time median ${pct(0.5).toFixed(1)} ms, p95 ${pct(0.95).toFixed(1)} ms, max ${sorted[sorted.length - 1].toFixed(1)} ms; dropped (over 25 ms): ${frames.filter((t) => t > 25).length}`);
  }
});
