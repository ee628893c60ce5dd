// Copies the emoji picker's data (emoji-picker-element-data, English, from Emojibase) into public/, so
// that the web client serves it itself: no browser of Parley fetches from a CDN.
import { copyFileSync, mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const source = require.resolve("emoji-picker-element-data/en/emojibase/data.json");
const target = join(dirname(fileURLToPath(import.meta.url)), "..", "public", "emoji", "data.json");
mkdirSync(dirname(target), { recursive: true });
copyFileSync(source, target);
