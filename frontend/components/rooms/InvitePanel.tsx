"use client";
import { useId, useState } from "react";
import { Button } from "@/components/ui/Button";
import { inputClass } from "@/components/ui/Field";
import { inviteLink } from "@/lib/invite";

async function copyText(text: string, fallbackInput: HTMLInputElement | null): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    if (!fallbackInput) return false;
    fallbackInput.select();
    try {
      return document.execCommand("copy");
    } catch {
      return false;
    }
  }
}

function CopyRow({ label, value }: { label: string; value: string }) {
  const id = useId();
  const [copied, setCopied] = useState<null | boolean>(null);
  return (
    <div className="space-y-1.5">
      <label htmlFor={id} className="block text-sm font-medium text-zinc-700 dark:text-zinc-300">
        {label}
      </label>
      <div className="flex gap-2">
        <input id={id} readOnly value={value} className={`${inputClass} font-mono text-xs`} onFocus={(e) => e.currentTarget.select()} />
        <Button
          variant="secondary"
          aria-label={`Copy ${label.toLowerCase()}`}
          onClick={async (e) => {
            const input = (e.currentTarget.previousElementSibling as HTMLInputElement) ?? null;
            const ok = await copyText(value, input);
            setCopied(ok);
            setTimeout(() => setCopied(null), 2000);
          }}
        >
          {copied === true ? "Copied" : "Copy"}
        </Button>
      </div>
      <span role="status" className="sr-only">
        {copied === true ? `${label} copied` : copied === false ? "Copy failed — select and copy it by hand" : ""}
      </span>
    </div>
  );
}

/** The invite of a room: a link to share and the bare code. */
export function InvitePanel({ roomId, code, isPrivate }: { roomId: string; code: string | null | undefined; isPrivate: boolean }) {
  const origin = typeof window !== "undefined" ? window.location.origin : "";
  return (
    <div className="space-y-3">
      <p className="text-sm text-zinc-600 dark:text-zinc-400">
        {isPrivate
          ? "This room is private: people need the invite link, or the room ID and code, to join."
          : "This room is public: anyone can find it under Browse rooms, or join with this link."}
      </p>
      <CopyRow label="Invite link" value={inviteLink(origin, roomId, code)} />
      {code && <CopyRow label="Invite code" value={code} />}
      <CopyRow label="Room ID" value={roomId} />
    </div>
  );
}
