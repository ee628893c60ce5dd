"use client";

export function Spinner({ label = "Loading" }: { label?: string }) {
  return (
    <span role="status" className="inline-flex items-center gap-2 text-sm text-muted">
      <span className="h-4 w-4 animate-spin rounded-full border-2 border-zinc-300 border-t-accent-500" aria-hidden="true" />
      <span className="sr-only">{label}</span>
    </span>
  );
}
