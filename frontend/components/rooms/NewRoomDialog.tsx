"use client";
import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useId, useState } from "react";
import { Alert } from "@/components/ui/Alert";
import { Button } from "@/components/ui/Button";
import { Dialog } from "@/components/ui/Dialog";
import { Field, inputClass } from "@/components/ui/Field";
import { useAction } from "@/hooks/useAction";
import { useOpenConversation } from "@/hooks/useOpenConversation";
import { api } from "@/lib/api";
import { keys } from "@/lib/queryKeys";
import type { Room } from "@/lib/types";
import { InvitePanel } from "./InvitePanel";

export function NewRoomDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const openConv = useOpenConversation(onClose);
  const qc = useQueryClient();
  const [name, setName] = useState("");
  const [description, setDescription] = useState("");
  const [nameError, setNameError] = useState<string | null>(null);
  const [isPrivate, setPrivate] = useState(false);
  const { busy, error, setError, run } = useAction();
  const [created, setCreated] = useState<Room | null>(null);
  const privId = useId();
  const descId = useId();
  useEffect(() => {
    if (!open) {
      setName("");
      setNameError(null);
      setDescription("");
      setPrivate(false);
      setError(null);
      setCreated(null);
    }
  }, [open]);
  return (
    <Dialog open={open} onClose={onClose} title={created ? `Room “${created.name}” created` : "New room"}>
      {created ? (
        <div className="space-y-4">
          <InvitePanel roomId={created.id} code={created.inviteCode} isPrivate={created.isPrivate} />
          <div className="flex justify-end">
            <Button onClick={() => openConv(created)}>Open room</Button>
          </div>
        </div>
      ) : (
        <form
          className="space-y-4"
          noValidate
          onSubmit={async (e) => {
            e.preventDefault();
            if (!name.trim()) return setNameError("Give the room a name.");
            await run(async () => {
              const room = await api<Room>("/rooms", {
                body: { name: name.trim(), isPrivate, ...(description.trim() ? { description: description.trim() } : {}) },
              });
              void qc.invalidateQueries({ queryKey: keys.inbox });
              void qc.invalidateQueries({ queryKey: ["rooms"] });
              setCreated(room);
            });
          }}
        >
          {error && <Alert>{error}</Alert>}
          <Field
            label="Room name"
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
          <div className="space-y-1.5">
            <label htmlFor={descId} className="block text-sm font-medium text-zinc-700 dark:text-zinc-300">
              Description <span className="font-normal text-muted">(optional)</span>
            </label>
            <textarea id={descId} rows={2} value={description} onChange={(e) => setDescription(e.target.value)} className={inputClass} />
          </div>
          <div className="flex items-start gap-2.5">
            <input
              id={privId}
              type="checkbox"
              checked={isPrivate}
              onChange={(e) => setPrivate(e.target.checked)}
              className="mt-0.5 h-4 w-4 accent-accent-600"
            />
            <label htmlFor={privId} className="text-sm">
              <span className="font-medium">Private room</span>
              <span className="block text-muted">Only people with the invite can join.</span>
            </label>
          </div>
          <div className="flex justify-end gap-2">
            <Button variant="ghost" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" disabled={busy}>
              Create room
            </Button>
          </div>
        </form>
      )}
    </Dialog>
  );
}
