"use client";
import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useId, useRef, useState } from "react";
import { ChangePasswordForm } from "@/components/profile/ChangePasswordForm";
import { Alert } from "@/components/ui/Alert";
import { Avatar } from "@/components/ui/Avatar";
import { BackToChats } from "@/components/ui/BackToChats";
import { Button } from "@/components/ui/Button";
import { Field, inputClass } from "@/components/ui/Field";
import { Spinner } from "@/components/ui/Spinner";
import { ThemeToggle } from "@/components/ui/ThemeToggle";
import { useMe } from "@/hooks/queries";
import { api, ApiError, describeFieldProblem, errorMessage, upload } from "@/lib/api";
import { saveUser } from "@/lib/auth";
import { keys } from "@/lib/queryKeys";
import type { User } from "@/lib/types";

export default function ProfilePage() {
  const qc = useQueryClient();
  const me = useMe();
  const [name, setName] = useState("");
  const [bio, setBio] = useState("");
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [nameError, setNameError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<number | null>(null);
  const [avatarError, setAvatarError] = useState<string | null>(null);
  const fileRef = useRef<HTMLInputElement>(null);
  const bioId = useId();

  useEffect(() => {
    if (me.data) {
      setName(me.data.name);
      setBio(me.data.bio ?? "");
    }
  }, [me.data]);

  const update = (u: User) => {
    qc.setQueryData(keys.me, u);
    saveUser(u);
    void qc.invalidateQueries({ queryKey: keys.inbox });
  };

  if (!me.data) {
    return (
      <div className="flex flex-1 items-center justify-center">
        {me.isError ? <Alert>{errorMessage(me.error)}</Alert> : <Spinner />}
      </div>
    );
  }

  return (
    <div className="min-h-0 flex-1 overflow-y-auto">
      <div className="flex items-center gap-3 border-b border-zinc-200 px-3 py-2.5 dark:border-zinc-800 sm:px-6">
        <BackToChats />
        <h1 className="flex-1 text-lg font-semibold">Profile</h1>
        <ThemeToggle />
      </div>
      <div className="mx-auto max-w-xl space-y-8 px-4 py-6 sm:px-6">
        <section aria-label="Avatar" className="flex items-center gap-5">
          <Avatar name={me.data.name} seed={me.data.id} url={me.data.avatarUrl} size={88} />
          <div className="space-y-2">
            <Button variant="secondary" onClick={() => fileRef.current?.click()} disabled={progress !== null}>
              Change avatar
            </Button>
            <input
              ref={fileRef}
              type="file"
              accept="image/*"
              className="sr-only"
              tabIndex={-1}
              aria-label="Upload avatar"
              onChange={async (e) => {
                const file = e.target.files?.[0];
                e.target.value = "";
                if (!file) return;
                setAvatarError(null);
                setProgress(0);
                try {
                  update(await upload<User>("/users/me/avatar", file, setProgress, "PUT").promise);
                } catch (err) {
                  setAvatarError(errorMessage(err));
                } finally {
                  setProgress(null);
                }
              }}
            />
            {progress !== null && <progress aria-label="Uploading avatar" value={Math.round(progress * 100)} max={100} className="block h-1.5 w-40" />}
            {avatarError && <p className="text-sm text-red-600 dark:text-red-400">{avatarError}</p>}
            <p className="text-xs text-muted">PNG, JPEG, GIF or WebP.</p>
          </div>
        </section>

        <form
          noValidate
          className="space-y-4"
          onSubmit={async (e) => {
            e.preventDefault();
            setBusy(true);
            setError(null);
            setNameError(null);
            setSaved(false);
            try {
              update(await api<User>("/users/me", { method: "PATCH", body: { name: name.trim(), bio } }));
              setSaved(true);
            } catch (err) {
              if (err instanceof ApiError && err.code === "validation_failed" && err.field === "name") setNameError(describeFieldProblem(err));
              else setError(errorMessage(err));
            } finally {
              setBusy(false);
            }
          }}
        >
          {error && <Alert>{error}</Alert>}
          <Field label="Email" value={me.data.email} readOnly disabled />
          <Field
            label="Name"
            value={name}
            onChange={(e) => {
              setName(e.target.value);
              setNameError(null);
            }}
            maxLength={64}
            error={nameError}
          />
          <div className="space-y-1.5">
            <label htmlFor={bioId} className="block text-sm font-medium text-zinc-700 dark:text-zinc-300">
              Bio
            </label>
            <textarea id={bioId} rows={3} value={bio} onChange={(e) => setBio(e.target.value)} className={inputClass} maxLength={500} />
          </div>
          <div className="flex items-center gap-3">
            <Button type="submit" disabled={busy}>
              Save profile
            </Button>
            <span role="status" className="text-sm text-emerald-600 dark:text-emerald-400">
              {saved ? "Saved" : ""}
            </span>
          </div>
        </form>

        <ChangePasswordForm />
      </div>
    </div>
  );
}
