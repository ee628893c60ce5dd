"use client";
import Link from "next/link";
import { useState } from "react";
import { Alert } from "@/components/ui/Alert";
import { Button } from "@/components/ui/Button";
import { HashIcon } from "@/components/ui/icons";
import { Spinner } from "@/components/ui/Spinner";
import { useInvitePreview } from "@/hooks/queries";
import { useJoinRoom } from "@/hooks/useJoinRoom";
import { ApiError, errorMessage } from "@/lib/api";
import { memberCountText } from "@/lib/conversations";
import { rememberNext } from "@/lib/returnTo";
import { joinErrorMessage } from "@/lib/rooms";

const linkClass = "text-sm font-medium text-accent-600 hover:underline dark:text-accent-400";

/** What an invite link leads to, and the way in: joining when signed in, signing in or up (and back here) when not. */
export function InviteCard({ roomId, code, signedIn }: { roomId: string; code: string | undefined; signedIn: boolean }) {
  const preview = useInvitePreview(roomId, code);
  const room = preview.data;
  const invalid = !roomId || (preview.error instanceof ApiError && preview.error.code === "not_found");
  const heading = room ? (signedIn ? `Join ${room.name}` : `You're invited to ${room.name}`) : "You are invited to a room";

  return (
    <div className="w-full max-w-sm rounded-2xl border border-zinc-200 bg-white p-6 text-center shadow-sm dark:border-zinc-800 dark:bg-zinc-900">
      <span className="mx-auto mb-3 inline-flex h-12 w-12 items-center justify-center rounded-2xl bg-accent-50 text-accent-600 dark:bg-accent-700/25 dark:text-accent-200">
        <HashIcon width={24} height={24} />
      </span>
      {preview.isLoading ? (
        <div className="flex justify-center py-4">
          <Spinner label="Loading the invite" />
        </div>
      ) : invalid ? (
        <>
          <h1 className="text-lg font-semibold">This invite does not work</h1>
          <div className="mt-4 text-left">
            <Alert>{roomId ? "The link is wrong or the room's invite has changed. Ask for a new link." : "This invite link is incomplete: it has no room."}</Alert>
          </div>
        </>
      ) : (
        <>
          <h1 className="wrap-anywhere text-lg font-semibold">{heading}</h1>
          {room?.description && <p className="mt-2 whitespace-pre-wrap wrap-anywhere text-sm text-zinc-600 dark:text-zinc-300">{room.description}</p>}
          {room && <p className="mt-1 text-xs text-muted">{memberCountText(room.memberCount)}</p>}
          {preview.isError && (
            <div className="mt-4 text-left">
              <Alert>{errorMessage(preview.error)}</Alert>
            </div>
          )}
          {signedIn ? <JoinButton roomId={roomId} code={code} /> : <SignInToJoin />}
        </>
      )}
      {signedIn && (
        <Link href="/rooms/" className={`mt-4 inline-block ${linkClass}`}>
          Browse rooms instead
        </Link>
      )}
    </div>
  );
}

function JoinButton({ roomId, code }: { roomId: string; code: string | undefined }) {
  const join = useJoinRoom();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <>
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
            await join(roomId, code);
          } catch (e) {
            setError(joinErrorMessage(e));
            setBusy(false);
          }
        }}
      >
        {busy ? "Joining…" : "Join room"}
      </Button>
    </>
  );
}

function SignInToJoin() {
  // Signing in or up from here comes back to this invite.
  const comeBack = () => rememberNext(window.location.pathname + window.location.search);
  return (
    <div className="mt-5 space-y-3">
      <Link
        href="/login/"
        onClick={comeBack}
        className="flex w-full items-center justify-center rounded-lg bg-accent-600 px-3.5 py-2 text-sm font-medium text-white hover:bg-accent-700"
      >
        Sign in to join
      </Link>
      <p className="text-sm text-zinc-600 dark:text-zinc-400">
        New to Parley?{" "}
        <Link href="/register/" onClick={comeBack} className={linkClass}>
          Create an account
        </Link>
      </p>
    </div>
  );
}
