// The scripts a screen loads before it can show anything, gzipped, must stay within the budget
// (issue 12: under 250 KB for the chat screen as features arrive). Reads the static export in out/,
// so it runs after `next build`; the Maven build runs it right after, and fails over the budget.
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";

const BUDGET_BYTES = 250 * 1024;
const SCREENS = { "sign-in": "login/index.html", chat: "chat/index.html" };
const out = path.join(import.meta.dirname, "..", "out");

/** Every script the page's HTML names: the ones it runs and the ones it preloads. */
function scriptsOf(html) {
  const found = new Set();
  for (const m of html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)) found.add(m[1]);
  for (const m of html.matchAll(/<link[^>]*\sas="script"[^>]*\shref="([^"]+)"/g)) found.add(m[1]);
  return [...found];
}

let over = false;
for (const [screen, page] of Object.entries(SCREENS)) {
  const scripts = scriptsOf(fs.readFileSync(path.join(out, page), "utf8"));
  const sizes = scripts.map((src) => zlib.gzipSync(fs.readFileSync(path.join(out, src.split("?")[0]))).length);
  const total = sizes.reduce((a, b) => a + b, 0);
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  console.log(`${screen}: ${scripts.length} scripts, ${kb(total)} gzipped (budget ${kb(BUDGET_BYTES)})`);
  if (total > BUDGET_BYTES) {
    over = true;
    scripts
      .map((src, i) => [src, sizes[i]])
      .sort((a, b) => b[1] - a[1])
      .forEach(([src, size]) => console.log(`  ${kb(size).padStart(9)}  ${src}`));
  }
}
if (over) {
  console.error("Over the script budget: load the heavy parts on demand (next/dynamic, import()).");
  process.exit(1);
}
