"use client";
import Markdown, { type MarkdownToJSX } from "markdown-to-jsx/react";
import type { ComponentProps, ReactNode } from "react";

const LINK_SCHEMES = new Set(["http:", "https:", "mailto:"]);

/** The link's address when it is one a message may open (web and mail), else null. */
function safeHref(href: string | undefined): string | null {
  if (!href) return null;
  try {
    const url = new URL(href, "https://invalid.invalid");
    // Relative addresses resolve against the dummy base: they would point into Parley itself.
    return LINK_SCHEMES.has(url.protocol) && url.hostname !== "invalid.invalid" ? url.href : null;
  } catch {
    return null;
  }
}

function Link({ href, children }: ComponentProps<"a">) {
  const safe = safeHref(href);
  if (!safe) return <span>{children}</span>;
  return (
    <a href={safe} target="_blank" rel="noopener noreferrer" className="underline decoration-1 underline-offset-2">
      {children}
    </a>
  );
}

/** A picture in Markdown is shown as a link to it: a message never makes the reader's browser fetch from elsewhere. */
function Picture({ src, alt }: ComponentProps<"img">) {
  const text = alt || (typeof src === "string" ? src : "") || "image";
  return typeof src === "string" ? <Link href={src}>{text}</Link> : <span>{text}</span>;
}

/** Headings inside a message are bold lines: the screen keeps one outline of headings (one h1, no strays). */
function Heading({ children }: { children?: ReactNode }) {
  return <p className="font-semibold">{children}</p>;
}

const options: MarkdownToJSX.Options = {
  // What people type as HTML is shown as they typed it (ADR 0014).
  disableParsingRawHTML: true,
  ignoreHTMLBlocks: true,
  disableFrontmatter: true,
  forceWrapper: true,
  wrapper: "div",
  overrides: {
    a: Link,
    img: Picture,
    h1: Heading,
    h2: Heading,
    h3: Heading,
    h4: Heading,
    h5: Heading,
    h6: Heading,
  },
};

/**
 * A message's text with its formatting (bold, italic, strikethrough, code, quotes, lists, links),
 * rendered by a Markdown library into React elements — never as HTML. Only web and mail addresses
 * become links. Line breaks are kept as typed (the bubble wraps with `pre-wrap`).
 */
export function FormattedText({ text }: { text: string }) {
  return (
    <Markdown className="message-text" options={options}>
      {text}
    </Markdown>
  );
}
