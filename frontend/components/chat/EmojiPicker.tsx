"use client";
import type { EmojiClickEvent } from "emoji-picker-element/shared";
import { useEffect, useRef } from "react";
import { Dialog } from "@/components/ui/Dialog";

/** Served by Parley itself (scripts/emoji-data.mjs copies it in at build): no CDN is asked. */
const EMOJI_DATA = "/emoji/data.json";

/**
 * Every emoji, with search, skin tones and the ones used most recently (kept by the picker in the
 * browser). The picker (emoji-picker-element) is loaded when first opened, not with the chat screen.
 */
export function EmojiPickerDialog({ open, onClose, onPick }: { open: boolean; onClose: () => void; onPick: (emoji: string) => void }) {
  const host = useRef<HTMLDivElement>(null);
  const pick = useRef(onPick);
  pick.current = onPick;
  useEffect(() => {
    if (!open) return;
    let picker: HTMLElement | null = null;
    let closed = false;
    void import("emoji-picker-element").then(({ Picker }) => {
      if (closed || !host.current) return;
      const element = new Picker({ dataSource: EMOJI_DATA, locale: "en" });
      picker = element;
      element.classList.add(document.documentElement.classList.contains("dark") ? "dark" : "light");
      element.addEventListener("emoji-click", (e) => {
        const emoji = (e as EmojiClickEvent).detail.unicode;
        if (emoji) pick.current(emoji);
      });
      host.current.append(element);
      // Typing starts a search: the search field takes the focus once the picker has drawn it.
      const focusSearch = (frames: number) => {
        const search = element.shadowRoot?.querySelector<HTMLInputElement>("input[type=search]");
        if (search) search.focus();
        else if (frames > 0 && !closed) requestAnimationFrame(() => focusSearch(frames - 1));
      };
      focusSearch(60);
    });
    return () => {
      closed = true;
      picker?.remove();
    };
  }, [open]);
  return (
    <Dialog open={open} onClose={onClose} title="Add a reaction">
      <div ref={host} className="flex min-h-[26rem] justify-center [&>emoji-picker]:w-full" />
    </Dialog>
  );
}
