"use client";
import Link from "next/link";
import { useEffect, useId, useState } from "react";
import { NewRoomDialog } from "@/components/rooms/NewRoomDialog";
import { Alert } from "@/components/ui/Alert";
import { Avatar } from "@/components/ui/Avatar";
import { BackToChats } from "@/components/ui/BackToChats";
import { Button } from "@/components/ui/Button";
import { Field, inputClass } from "@/components/ui/Field";
import { HashIcon } from "@/components/ui/icons";
import { Spinner } from "@/components/ui/Spinner";
import { useInbox, usePublicRooms } from "@/hooks/queries";
import { useAction } from "@/hooks/useAction";
import { useJoinRoom } from "@/hooks/useJoinRoom";
import { errorMessage } from "@/lib/api";
import { parseInvite } from "@/lib/invite";
import { joinErrorMessage } from "@/lib/rooms";

export default function RoomsPage() {
  const [q, setQ] = useState("");
  const [dq, setDq] = useState("");
  useEffect(() => {
    const t = setTimeout(() => setDq(q.trim()), 250);
    return () => clearTimeout(t);
  }, [q]);
  const rooms = usePublicRooms(dq);
  const inbox = useInbox();
  const mine = new Set(inbox.data?.filter((c) => c.type === "room").map((c) => c.id));
  const join = useJoinRoom();
  const [joining, setJoining] = useState<string | null>(null);
  const [joinError, setJoinError] = useState<string | null>(null);
  const [createOpen, setCreateOpen] = useState(false);
  const searchId = useId();

  return (
    <div className="min-h-0 flex-1 overflow-y-auto">
      <div className="sticky top-0 z-10 flex items-center gap-3 border-b border-zinc-200 bg-white/90 px-3 py-2.5 backdrop-blur dark:border-zinc-800 dark:bg-zinc-950/90 sm:px-6">
        <BackToChats />
        <h1 className="flex-1 text-lg font-semibold">Rooms</h1>
        <Button onClick={() => setCreateOpen(true)}>
          <HashIcon width={16} height={16} /> Create room
        </Button>
      </div>
      <div className="mx-auto max-w-2xl space-y-8 px-4 py-6 sm:px-6">
        <JoinWithInvite />

        <section aria-labelledby="public-rooms" className="space-y-3">
          <h2 id="public-rooms" className="text-base font-semibold">
            Public rooms
          </h2>
          <label htmlFor={searchId} className="sr-only">
            Search public rooms
          </label>
          <input id={searchId} type="search" placeholder="Search public rooms" value={q} onChange={(e) => setQ(e.target.value)} className={inputClass} />
          {joinError && <Alert>{joinError}</Alert>}
          {rooms.isPending && <Spinner label="Loading rooms" />}
          {rooms.isError && <Alert>{errorMessage(rooms.error)}</Alert>}
          {rooms.data?.length === 0 && (
            <p className="py-6 text-center text-sm text-muted">{dq ? "No rooms match." : "No public rooms yet — create the first one."}</p>
          )}
          <ul aria-label="Public rooms" className="divide-y divide-zinc-200 rounded-2xl border border-zinc-200 dark:divide-zinc-800 dark:border-zinc-800">
            {rooms.data?.map((r) => (
              <li key={r.id} className="flex items-center gap-3 px-4 py-3">
                <Avatar name={r.name} seed={r.id} size={40} shape="rounded" />
                <div className="min-w-0 flex-1">
                  <p className="truncate text-sm font-semibold">{r.name}</p>
                  <p className="truncate text-xs text-muted">
                    {r.memberCount} member{r.memberCount === 1 ? "" : "s"}
                    {r.description ? ` · ${r.description}` : ""}
                  </p>
                </div>
                {mine.has(r.id) ? (
                  <Link
                    href={`/chat/?c=${encodeURIComponent(r.id)}`}
                    className="rounded-lg px-3 py-1.5 text-sm font-medium text-accent-600 hover:bg-accent-50 dark:text-accent-400 dark:hover:bg-accent-700/20"
                    aria-label={`Open ${r.name}`}
                  >
                    Open
                  </Link>
                ) : (
                  <Button
                    variant="secondary"
                    aria-label={`Join ${r.name}`}
                    disabled={joining === r.id}
                    onClick={async () => {
                      setJoining(r.id);
                      setJoinError(null);
                      try {
                        await join(r.id);
                      } catch (e) {
                        setJoinError(joinErrorMessage(e));
                      } finally {
                        setJoining(null);
                      }
                    }}
                  >
                    Join
                  </Button>
                )}
              </li>
            ))}
          </ul>
        </section>
      </div>
      <NewRoomDialog open={createOpen} onClose={() => setCreateOpen(false)} />
    </div>
  );
}

function JoinWithInvite() {
  const join = useJoinRoom();
  const [link, setLink] = useState("");
  const [code, setCode] = useState("");
  const { busy, error, setError, run } = useAction(joinErrorMessage);
  return (
    <section aria-labelledby="join-invite" className="space-y-3 rounded-2xl border border-zinc-200 p-4 dark:border-zinc-800 sm:p-5">
      <div>
        <h2 id="join-invite" className="text-base font-semibold">
          Join with an invite
        </h2>
        <p className="text-sm text-muted">Paste an invite link, or a room ID and its code.</p>
      </div>
      <form
        noValidate
        className="space-y-3"
        onSubmit={async (e) => {
          e.preventDefault();
          const invite = parseInvite(link, code);
          if (!invite) return setError("That does not look like an invite link or a room ID.");
          await run(() => join(invite.roomId, invite.code));
        }}
      >
        {error && <Alert>{error}</Alert>}
        <Field label="Invite link or room ID" value={link} onChange={(e) => setLink(e.target.value)} autoComplete="off" />
        <Field
          label="Invite code"
          value={code}
          onChange={(e) => setCode(e.target.value)}
          autoComplete="off"
          hint="Not needed when the link already contains it, nor for public rooms."
        />
        <Button type="submit" disabled={busy || !link.trim()}>
          Join room
        </Button>
      </form>
    </section>
  );
}
