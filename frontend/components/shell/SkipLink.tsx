"use client";

/** Element ids the skip link jumps to. */
export const SKIP_TARGET = { content: "content", conversations: "conversations", messages: "messages" } as const;

const byId = (id: string) => () => document.getElementById(id);

const SKIPS = {
  content: { label: "Skip to content", target: byId(SKIP_TARGET.content) },
  conversations: { label: "Skip to conversations", target: byId(SKIP_TARGET.conversations) },
  messages: {
    label: "Skip to messages",
    // the message holding the list's tab stop; an empty conversation has none
    target: () =>
      document.querySelector<HTMLElement>(`#${SKIP_TARGET.messages} li[tabindex="0"]`) ?? document.getElementById(SKIP_TARGET.content),
  },
};

/** First in the Tab order of the signed-in frame, shown when focused: past the inbox's header to what the screen is for. */
export function SkipLink({ to }: { to: keyof typeof SKIPS }) {
  const { label, target } = SKIPS[to];
  return (
    <a
      href={`#${SKIP_TARGET[to]}`}
      onClick={(e) => {
        // focus moves without a #fragment in the address
        e.preventDefault();
        target()?.focus();
      }}
      className="sr-only rounded-lg bg-white text-sm font-medium text-accent-700 shadow-lg ring-1 ring-zinc-200 focus:not-sr-only focus:fixed focus:px-3 focus:py-2 focus:left-3 focus:top-3 focus:z-50 dark:bg-zinc-900 dark:text-accent-200 dark:ring-zinc-700"
    >
      {label}
    </a>
  );
}
