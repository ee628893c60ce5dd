"use client";
import Link from "next/link";
import { useSearchParams } from "next/navigation";
import { useState } from "react";
import { Alert } from "@/components/ui/Alert";
import { Button } from "@/components/ui/Button";
import { HashIcon } from "@/components/ui/icons";
import { useJoinRoom } from "@/hooks/useJoinRoom";
import { joinErrorMessage } from "@/lib/rooms";

/** Landing page of an invite link: /join/?room=<roomId>&code=<inviteCode>. */
export default function JoinPage() {
  const params = useSearchParams();
  const room = params.get("room")?.trim() ?? "";
  const code = params.get("code")?.trim() || undefined;
  const join = useJoinRoom();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  return (
    <div className="flex flex-1 items-center justify-center p-6">
      <div className="w-full max-w-sm rounded-2xl border border-zinc-200 p-6 text-center shadow-sm dark:border-zinc-800">
        <span className="mx-auto mb-3 inline-flex h-12 w-12 items-center justify-center rounded-2xl bg-accent-50 text-accent-600 dark:bg-accent-700/25 dark:text-accent-200">
          <HashIcon width={24} height={24} />
        </span>
        <h1 className="text-lg font-semibold">You are invited to a room</h1>
        {room ? (
          <>
            <p className="mt-1 break-all text-xs text-muted">
              Room {room}
              {code ? ` · code ${code}` : ""}
            </p>
            {error && (
              <div className="mt-4 text-left">
                <Alert>{error}</Alert>
              </div>
            )}
            <Button
              className="mt-5 w-full"
              disabled={busy}
              onClick={async () => {
                setBusy(true);
                setError(null);
                try {
                  await join(room, code);
                } catch (e) {
                  setError(joinErrorMessage(e));
                  setBusy(false);
                }
              }}
            >
              {busy ? "Joining…" : "Join room"}
            </Button>
          </>
        ) : (
          <div className="mt-4 text-left">
            <Alert>This invite link is incomplete: it has no room.</Alert>
          </div>
        )}
        <Link href="/rooms/" className="mt-4 inline-block text-sm text-accent-600 hover:underline dark:text-accent-400">
          Browse rooms instead
        </Link>
      </div>
    </div>
  );
}
