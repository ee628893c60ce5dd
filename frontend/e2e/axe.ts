import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";

const FAILING = new Set(["serious", "critical"]);

/**
 * The serious and critical axe-core findings on the page as it is now, one readable line per
 * element. The accessible-name-versus-visible-label rule is experimental in axe, so it is asked for.
 */
export async function audit(page: Page, screen: string): Promise<string[]> {
  const results = await new AxeBuilder({ page }).options({ rules: { "label-content-name-mismatch": { enabled: true } } }).analyze();
  return results.violations
    .filter((v) => FAILING.has(v.impact ?? ""))
    .flatMap((v) =>
      v.nodes.map((n) => {
        const why = (n.failureSummary ?? "").split("\n").slice(1).join(" ").trim();
        return `${screen}: ${v.id} (${v.impact}) ${n.target.join(" ")} — ${why}`;
      }),
    );
}
