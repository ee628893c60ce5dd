"use client";
import Link from "next/link";
import { ArrowLeftIcon } from "./icons";

/** The phone layout's way back from a screen to the conversation list (hidden on wide screens). */
export function BackToChats() {
  return (
    <Link
      href="/chat/"
      aria-label="Back to conversations"
      className="inline-flex h-9 w-9 items-center justify-center rounded-lg text-zinc-500 hover:bg-zinc-100 dark:hover:bg-zinc-800 md:hidden"
    >
      <ArrowLeftIcon />
    </Link>
  );
}
