import { useCallback, useState } from "react";
import { errorMessage } from "@/lib/api";

/**
 * One thing the user asked the server to do: `busy` while it runs, and what to tell them if it
 * failed (`describe` puts the error into words; the server's own message by default).
 */
export function useAction(describe: (e: unknown) => string = errorMessage) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = useCallback(
    async (work: () => Promise<unknown>) => {
      setBusy(true);
      setError(null);
      try {
        await work();
      } catch (e) {
        setError(describe(e));
      } finally {
        setBusy(false);
      }
    },
    [describe],
  );
  return { busy, error, setError, run };
}
