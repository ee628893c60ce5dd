"use client";
import { useState } from "react";
import { Alert } from "@/components/ui/Alert";
import { Button } from "@/components/ui/Button";
import { Field } from "@/components/ui/Field";
import { api, ApiError, describeFieldProblem, errorMessage } from "@/lib/api";
import { REFRESH_COOKIE_MODE, setSession } from "@/lib/auth";

const MIN_LENGTH = 8;

type Problems = { current?: string; next?: string; repeat?: string; form?: string };

/**
 * Changing the password ends every other sign-in of the account (ADR 0011); this one carries on
 * with the tokens the answer hands back, its refresh token in the cookie as at sign-in.
 */
export function ChangePasswordForm() {
  const [current, setCurrent] = useState("");
  const [next, setNext] = useState("");
  const [repeat, setRepeat] = useState("");
  const [problems, setProblems] = useState<Problems>({});
  const [busy, setBusy] = useState(false);
  const [changed, setChanged] = useState(false);

  /** A problem stands until the field it is about changes. */
  const edited = (field: keyof Problems) => {
    setChanged(false);
    setProblems((p) => ({ ...p, [field]: undefined, form: undefined }));
  };

  const submit = async () => {
    const found = check(current, next, repeat);
    setProblems(found);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    try {
      const res = await api<{ token: string }>("/users/me/password", {
        body: { current, new: next },
        headers: REFRESH_COOKIE_MODE,
      });
      setSession(res.token);
      setCurrent("");
      setNext("");
      setRepeat("");
      setChanged(true);
    } catch (err) {
      setProblems(refusal(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      noValidate
      aria-labelledby="change-password"
      className="space-y-4 border-t border-zinc-200 pt-6 dark:border-zinc-800"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <div>
        <h2 id="change-password" className="text-base font-semibold">
          Password
        </h2>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">Changing it signs you out everywhere else.</p>
      </div>
      {problems.form && <Alert>{problems.form}</Alert>}
      <Field
        label="Current password"
        type="password"
        autoComplete="current-password"
        value={current}
        onChange={(e) => {
          setCurrent(e.target.value);
          edited("current");
        }}
        error={problems.current}
      />
      <Field
        label="New password"
        type="password"
        autoComplete="new-password"
        value={next}
        onChange={(e) => {
          setNext(e.target.value);
          edited("next");
        }}
        error={problems.next}
        hint={`At least ${MIN_LENGTH} characters.`}
      />
      <Field
        label="Repeat the new password"
        type="password"
        autoComplete="new-password"
        value={repeat}
        onChange={(e) => {
          setRepeat(e.target.value);
          edited("repeat");
        }}
        error={problems.repeat}
      />
      <div className="flex items-center gap-3">
        <Button type="submit" disabled={busy}>
          Change password
        </Button>
        <span role="status" className="text-sm text-emerald-700 dark:text-emerald-400">
          {changed ? "Password changed. Other devices are signed out." : ""}
        </span>
      </div>
    </form>
  );
}

/** What can be told before asking the server. */
function check(current: string, next: string, repeat: string): Problems {
  const problems: Problems = {};
  if (!current) problems.current = "Enter your current password.";
  if ([...next].length < MIN_LENGTH) problems.next = `Use at least ${MIN_LENGTH} characters.`;
  if (!problems.next && repeat !== next) problems.repeat = "The two new passwords are not the same.";
  return problems;
}

/** The server's refusal in the user's words, on the field it is about. */
function refusal(err: unknown): Problems {
  if (err instanceof ApiError && err.code === "validation_failed") {
    if (err.field === "current") return { current: "That is not your current password." };
    if (err.field === "new") return { next: describeFieldProblem(err) };
  }
  return { form: errorMessage(err) };
}
