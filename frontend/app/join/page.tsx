"use client";
import { useSearchParams } from "next/navigation";
import { Suspense, useEffect, useState } from "react";
import { InviteCard } from "@/components/rooms/InviteCard";
import { AppShell } from "@/components/shell/AppShell";
import { Spinner } from "@/components/ui/Spinner";
import { ThemeToggle } from "@/components/ui/ThemeToggle";
import { hasSession } from "@/lib/auth";

/**
 * Landing page of an invite link: /join/?room=<roomId>&code=<inviteCode>. Outside the signed-in
 * area, so a visitor without an account learns what they are invited to before signing up.
 */
export default function JoinPage() {
  return (
    <Suspense>
      <Invite />
    </Suspense>
  );
}

function Invite() {
  const params = useSearchParams();
  const roomId = params.get("room")?.trim() ?? "";
  const code = params.get("code")?.trim() || undefined;
  // Known only in the browser: the static page is the same for everyone.
  const [signedIn, setSignedIn] = useState<boolean | null>(null);
  useEffect(() => setSignedIn(hasSession()), []);

  if (signedIn === null) {
    return (
      <div className="flex h-dvh items-center justify-center">
        <Spinner />
      </div>
    );
  }
  if (signedIn) {
    return (
      <AppShell>
        <div className="flex flex-1 items-center justify-center p-6">
          <InviteCard roomId={roomId} code={code} signedIn />
        </div>
      </AppShell>
    );
  }
  return (
    <div className="flex min-h-dvh flex-col bg-zinc-50 dark:bg-zinc-950">
      <div className="flex justify-end p-3">
        <ThemeToggle />
      </div>
      <main className="flex flex-1 items-start justify-center px-4 pb-16 pt-4 sm:items-center">
        <InviteCard roomId={roomId} code={code} signedIn={false} />
      </main>
    </div>
  );
}
