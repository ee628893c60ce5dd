import { defineConfig } from "@playwright/test";
import base from "./playwright.config";

/** The web client's timings as felt (bench/), apart from the e2e tests: measured, never asserted. */
export default defineConfig({
  ...base,
  testDir: "./bench",
  testMatch: "*.bench.ts",
  timeout: 600_000,
  reporter: [["list"]],
  use: { ...base.use, trace: "off", screenshot: "off" },
});
