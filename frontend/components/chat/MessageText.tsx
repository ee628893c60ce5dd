"use client";
import { memo, useEffect, useState } from "react";

type Formatter = typeof import("./FormattedText").FormattedText;

// The Markdown library weighs about as much as the rest of the chat screen's own code: it is loaded
// beside the first scripts, not among them (the 250 KB budget of issue 12). Until it is there a
// message shows its plain text, which is also what it says.
let formatter: Formatter | null = null;
const loading: Promise<Formatter> | null =
  typeof window === "undefined" ? null : import("./FormattedText").then((m) => (formatter = m.FormattedText));

/** A message's text, formatted (see FormattedText) as soon as the formatter has loaded. */
export const MessageText = memo(function MessageText({ text }: { text: string }) {
  const [Formatted, setFormatted] = useState<Formatter | null>(() => formatter);
  useEffect(() => {
    if (Formatted || !loading) return;
    let current = true;
    void loading.then((f) => current && setFormatted(() => f));
    return () => {
      current = false;
    };
  }, [Formatted]);
  return Formatted ? <Formatted text={text} /> : <div className="message-text">{text}</div>;
});
