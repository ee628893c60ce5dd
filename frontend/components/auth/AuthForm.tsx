"use client";
import { useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { Alert } from "@/components/ui/Alert";
import { Button } from "@/components/ui/Button";
import { Field } from "@/components/ui/Field";
import { ChatIcon } from "@/components/ui/icons";
import { ThemeToggle } from "@/components/ui/ThemeToggle";
import { api, ApiError, describeFieldProblem, errorMessage } from "@/lib/api";
import { hasSession, REFRESH_COOKIE_MODE, setSession } from "@/lib/auth";
import { takeNext } from "@/lib/returnTo";
import type { AuthResponse } from "@/lib/types";

type FieldName = "name" | "email" | "password";

export function AuthForm({ mode }: { mode: "login" | "register" }) {
  const router = useRouter();
  const qc = useQueryClient();
  const [values, setValues] = useState({ name: "", email: "", password: "" });
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<FieldName, string>>>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const register = mode === "register";

  useEffect(() => {
    if (hasSession()) router.replace("/chat/");
  }, [router]);

  const set = (k: FieldName) => (e: React.ChangeEvent<HTMLInputElement>) => {
    setValues((v) => ({ ...v, [k]: e.target.value }));
    if (fieldErrors[k]) setFieldErrors((f) => ({ ...f, [k]: undefined }));
  };

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    setFieldErrors({});
    try {
      const body = register ? values : { email: values.email, password: values.password };
      const res = await api<AuthResponse>(register ? "/auth/register" : "/auth/login", { body, anonymous: true, headers: REFRESH_COOKIE_MODE });
      qc.clear();
      setSession(res.token, res.user);
      router.replace(takeNext());
    } catch (err) {
      if (err instanceof ApiError && err.code === "validation_failed" && err.field && ["name", "email", "password"].includes(err.field)) {
        setFieldErrors({ [err.field as FieldName]: describeFieldProblem(err) });
      } else if (err instanceof ApiError && err.code === "email_taken") {
        setFieldErrors({ email: "An account with this email already exists." });
        setError("An account with this email already exists. Sign in instead?");
      } else {
        setError(errorMessage(err));
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="flex min-h-dvh flex-col bg-zinc-50 dark:bg-zinc-950">
      <header className="flex justify-end p-3">
        <ThemeToggle />
      </header>
      <main className="flex flex-1 items-start justify-center px-4 pb-16 pt-4 sm:items-center">
        <div className="w-full max-w-sm">
          <div className="mb-6 flex flex-col items-center text-center">
            <span className="mb-3 inline-flex h-12 w-12 items-center justify-center rounded-2xl bg-accent-600 text-white shadow-sm">
              <ChatIcon width={24} height={24} />
            </span>
            <h1 className="text-2xl font-semibold tracking-tight">{register ? "Create your account" : "Sign in to Parley"}</h1>
            <p className="mt-1 text-sm text-muted">
              {register ? "It takes less than a minute." : "Welcome back."}
            </p>
          </div>
          <form
            noValidate
            onSubmit={submit}
            aria-label={register ? "Create account" : "Sign in"}
            className="space-y-4 rounded-2xl border border-zinc-200 bg-white p-6 shadow-sm dark:border-zinc-800 dark:bg-zinc-900"
          >
            {error && <Alert>{error}</Alert>}
            {register && (
              <Field
                label="Name"
                name="name"
                autoComplete="name"
                autoFocus
                value={values.name}
                onChange={set("name")}
                error={fieldErrors.name}
              />
            )}
            <Field
              label="Email"
              name="email"
              type="email"
              autoComplete="email"
              autoFocus={!register}
              value={values.email}
              onChange={set("email")}
              error={fieldErrors.email}
            />
            <Field
              label="Password"
              name="password"
              type="password"
              autoComplete={register ? "new-password" : "current-password"}
              value={values.password}
              onChange={set("password")}
              error={fieldErrors.password}
              hint={register ? "At least 8 characters." : undefined}
            />
            <Button type="submit" className="w-full" disabled={busy}>
              {busy ? (register ? "Creating account…" : "Signing in…") : register ? "Create account" : "Sign in"}
            </Button>
          </form>
          <p className="mt-5 text-center text-sm text-zinc-600 dark:text-zinc-400">
            {register ? "Already have an account? " : "New to Parley? "}
            <Link href={register ? "/login/" : "/register/"} className="font-medium text-accent-600 hover:underline dark:text-accent-400">
              {register ? "Sign in" : "Create an account"}
            </Link>
          </p>
        </div>
      </main>
    </div>
  );
}
