"use client";
import { useEffect, useId, useState } from "react";
import { Alert } from "@/components/ui/Alert";
import { Avatar } from "@/components/ui/Avatar";
import { Button } from "@/components/ui/Button";
import { Dialog } from "@/components/ui/Dialog";
import { Field, inputClass } from "@/components/ui/Field";
import { Spinner } from "@/components/ui/Spinner";
import { useUserSearch } from "@/hooks/queries";
import { useAction } from "@/hooks/useAction";
import { useOpenConversation } from "@/hooks/useOpenConversation";
import { api, errorMessage } from "@/lib/api";
import type { Conversation, PublicUser } from "@/lib/types";

function useDebounced<T>(value: T, ms = 250): T {
  const [v, setV] = useState(value);
  useEffect(() => {
    const t = setTimeout(() => setV(value), ms);
    return () => clearTimeout(t);
  }, [value, ms]);
  return v;
}

function PeopleSearch({
  label,
  onPick,
  picked,
  autoFocus,
}: {
  label: string;
  onPick: (u: PublicUser) => void;
  picked?: Set<string>;
  autoFocus?: boolean;
}) {
  const id = useId();
  const [q, setQ] = useState("");
  const dq = useDebounced(q.trim());
  const res = useUserSearch(dq);
  return (
    <div className="space-y-2">
      <label htmlFor={id} className="block text-sm font-medium text-zinc-700 dark:text-zinc-300">
        {label}
      </label>
      <input id={id} type="search" data-autofocus={autoFocus || undefined} value={q} onChange={(e) => setQ(e.target.value)} placeholder="Name or email" className={inputClass} autoComplete="off" />
      <div className="min-h-24">
        {res.isFetching && <Spinner label="Searching" />}
        {res.isError && <Alert>{errorMessage(res.error)}</Alert>}
        {res.data && dq && res.data.length === 0 && <p className="py-3 text-sm text-muted">Nobody found.</p>}
        <ul aria-label="Search results" className="space-y-0.5">
          {res.data?.map((u) => (
            <li key={u.id}>
              <button
                type="button"
                onClick={() => onPick(u)}
                aria-pressed={picked ? picked.has(u.id) : undefined}
                className="flex w-full items-center gap-3 rounded-lg px-2 py-2 text-left hover:bg-zinc-100 dark:hover:bg-zinc-800 aria-pressed:bg-accent-50 dark:aria-pressed:bg-accent-700/25"
              >
                <Avatar name={u.name} seed={u.id} url={u.avatarUrl} size={32} online={u.online} />
                <span className="min-w-0 flex-1">
                  <span className="block truncate text-sm font-medium">{u.name}</span>
                  {u.bio && <span className="block truncate text-xs text-muted">{u.bio}</span>}
                </span>
                {picked?.has(u.id) && <span className="text-xs font-medium text-accent-600 dark:text-accent-400">Added</span>}
              </button>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}

export function NewDirectDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const openConv = useOpenConversation(onClose);
  const { busy, error, run } = useAction();
  return (
    <Dialog open={open} onClose={onClose} title="New direct message">
      <div className="space-y-3">
        {error && <Alert>{error}</Alert>}
        <PeopleSearch
          label="Search people"
          autoFocus
          onPick={async (u) => {
            if (busy) return;
            await run(async () => openConv(await api<Conversation>("/conversations/direct", { body: { userId: u.id } })));
          }}
        />
      </div>
    </Dialog>
  );
}

export function NewGroupDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const openConv = useOpenConversation(onClose);
  const [name, setName] = useState("");
  const [nameError, setNameError] = useState<string | null>(null);
  const [members, setMembers] = useState<PublicUser[]>([]);
  const { busy, error, setError, run } = useAction();
  useEffect(() => {
    if (!open) {
      setName("");
      setNameError(null);
      setMembers([]);
      setError(null);
    }
  }, [open]);
  const picked = new Set(members.map((m) => m.id));
  return (
    <Dialog open={open} onClose={onClose} title="New group">
      <form
        className="space-y-4"
        noValidate
        onSubmit={async (e) => {
          e.preventDefault();
          if (!name.trim()) return setNameError("Give the group a name.");
          if (!members.length) return setError("Add at least one person.");
          await run(async () =>
            openConv(await api<Conversation>("/conversations/group", { body: { name: name.trim(), userIds: members.map((m) => m.id) } })),
          );
        }}
      >
        {error && <Alert>{error}</Alert>}
        <Field
          label="Group name"
          data-autofocus
          value={name}
          onChange={(e) => {
            setName(e.target.value);
            setNameError(null);
          }}
          maxLength={64}
          required
          error={nameError}
        />
        {members.length > 0 && (
          <ul aria-label="Members" className="flex flex-wrap gap-1.5">
            {members.map((m) => (
              <li key={m.id} className="inline-flex items-center gap-1 rounded-full bg-zinc-100 py-0.5 pl-1 pr-2 text-sm dark:bg-zinc-800">
                <Avatar name={m.name} seed={m.id} url={m.avatarUrl} size={20} />
                {m.name}
                <button
                  type="button"
                  className="ml-0.5 text-zinc-500 hover:text-zinc-900 dark:hover:text-white"
                  aria-label={`Remove ${m.name}`}
                  onClick={() => setMembers((list) => list.filter((x) => x.id !== m.id))}
                >
                  ×
                </button>
              </li>
            ))}
          </ul>
        )}
        <PeopleSearch
          label="Add people"
          picked={picked}
          onPick={(u) => {
            setMembers((list) => (list.some((x) => x.id === u.id) ? list.filter((x) => x.id !== u.id) : [...list, u]));
            setError(null);
          }}
        />
        <div className="flex justify-end gap-2">
          <Button variant="ghost" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" disabled={busy}>
            Create group
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
