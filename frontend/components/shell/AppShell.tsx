"use client";
import { useQueryClient } from "@tanstack/react-query";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useCallback, useEffect, useRef, useState, type ReactNode } from "react";
import { ConnectionBanner } from "@/components/chat/ConnectionBanner";
import { Sidebar } from "@/components/chat/Sidebar";
import { SKIP_TARGET, SkipLink } from "@/components/shell/SkipLink";
import { Spinner } from "@/components/ui/Spinner";
import { useMe } from "@/hooks/queries";
import { RealtimeProvider } from "@/hooks/useRealtime";
import { api, setUnauthorizedHandler } from "@/lib/api";
import { clearDrafts } from "@/lib/drafts";
import { clearOutbox } from "@/lib/outbox";
import { clearSession, hasSession, onSessionChange, REFRESH_COOKIE_MODE, saveUser, storedUser, watchOtherTabs } from "@/lib/auth";
import { forgetNext, rememberNext } from "@/lib/returnTo";

/** Signed-in frame: guards the session, runs the live connection, lays out list and panel. */
export function AppShell({ children }: { children: ReactNode }) {
  const router = useRouter();
  const qc = useQueryClient();
  const [signedIn, setSignedIn] = useState<boolean | null>(null);

  // Once the person signed out, what their session's requests still answer (a reconnect's 401, a
  // refused refresh) must not bring the next person back here.
  const signedOut = useRef(false);

  /** To sign-in, and back here afterwards, unless the person signed out: the next one starts in their own inbox. */
  const toSignIn = useCallback(
    (comeBack = true) => {
      if (comeBack && !signedOut.current) rememberNext(window.location.pathname + window.location.search);
      else forgetNext();
      qc.clear();
      router.replace("/login/");
    },
    [router, qc],
  );

  useEffect(() => {
    setUnauthorizedHandler(() => toSignIn());
    const stopWatching = watchOtherTabs();
    const off = onSessionChange(() => {
      if (!hasSession()) toSignIn();
    });
    if (!hasSession()) toSignIn();
    else setSignedIn(true);
    return () => {
      stopWatching();
      off();
    };
  }, [toSignIn]);

  if (!signedIn) {
    return (
      <div className="flex h-dvh items-center justify-center">
        <Spinner />
      </div>
    );
  }
  return (
    <SignedIn
      onSignOut={() => {
        signedOut.current = true;
        toSignIn(false);
      }}
    >
      {children}
    </SignedIn>
  );
}

function SignedIn({ children, onSignOut }: { children: ReactNode; onSignOut: () => void }) {
  const me = useMe();
  const [cached] = useState(() => storedUser());
  const myId = me.data?.id ?? cached?.id;
  const pathname = usePathname();
  const params = useSearchParams();
  useEffect(() => {
    if (me.data) saveUser(me.data);
  }, [me.data]);

  const signOut = async () => {
    try {
      // Ends the sign-in of the refresh cookie, which only the server can clear (it is HttpOnly).
      await api("/auth/logout", { method: "POST", headers: REFRESH_COOKIE_MODE });
    } catch {
      /* signing out locally is what matters */
    }
    // the next person on this browser must neither see these drafts nor send this outbox
    clearDrafts();
    await clearOutbox().catch(() => undefined);
    clearSession();
    onSignOut();
  };

  if (!myId) {
    return (
      <div className="flex h-dvh items-center justify-center">
        <Spinner />
      </div>
    );
  }
  // On a phone the list and the panel are separate screens.
  const listScreen = pathname.startsWith("/chat") && !params.get("c");
  // The inbox is the main content of its own screen (the only thing on a phone), else beside it.
  // Roles, not elements, change: a new element would remount the inbox and lose its scroll.
  const [inboxRole, panelRole] = listScreen ? ["main", "complementary"] : ["complementary", "main"];
  const skipTo = listScreen ? "conversations" : pathname.startsWith("/chat") ? "messages" : "content";
  return (
    <RealtimeProvider myId={myId}>
      <div className="flex h-dvh flex-col">
        <SkipLink to={skipTo} />
        <ConnectionBanner />
        <div className="flex min-h-0 flex-1">
          <div
            role={inboxRole}
            aria-label="Inbox"
            className={`${listScreen ? "flex" : "hidden"} w-full flex-col border-zinc-200 md:border-r bg-zinc-50/60 dark:border-zinc-800 dark:bg-zinc-950 md:flex md:w-80 lg:w-96`}
          >
            <Sidebar onSignOut={signOut} ownScreen={listScreen} />
          </div>
          <div
            id={SKIP_TARGET.content}
            role={panelRole}
            tabIndex={-1}
            className={`${listScreen ? "hidden" : "flex"} min-w-0 flex-1 flex-col outline-none md:flex`}
          >
            {children}
          </div>
        </div>
      </div>
    </RealtimeProvider>
  );
}
