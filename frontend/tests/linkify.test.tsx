import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { MessageText } from "@/components/chat/MessageItem";
import { linkify } from "@/lib/linkify";

describe("linkify", () => {
  it("links only http and https URLs", () => {
    expect(linkify("see https://example.org/a?b=1 and http://x.io")).toEqual([
      { kind: "text", text: "see " },
      { kind: "link", text: "https://example.org/a?b=1", href: "https://example.org/a?b=1" },
      { kind: "text", text: " and " },
      { kind: "link", text: "http://x.io", href: "http://x.io/" },
    ]);
    expect(linkify("javascript:alert(1) data:text/html,<b>x</b> ftp://files")).toEqual([
      { kind: "text", text: "javascript:alert(1) data:text/html,<b>x</b> ftp://files" },
    ]);
  });
  it("leaves trailing punctuation out of the link but keeps balanced parentheses", () => {
    expect(linkify("go to https://example.org.")[1]).toMatchObject({ text: "https://example.org" });
    expect(linkify("(https://example.org/x)")[1]).toMatchObject({ text: "https://example.org/x" });
    expect(linkify("https://en.wikipedia.org/wiki/Foo_(bar)")[0]).toMatchObject({ text: "https://en.wikipedia.org/wiki/Foo_(bar)" });
  });
});

describe("MessageText", () => {
  it("renders markup in a message as text, never as HTML", () => {
    const html = renderToStaticMarkup(<MessageText text={'<img src=x onerror="alert(1)"> <script>alert(2)</script>'} />);
    expect(html).not.toContain("<img");
    expect(html).not.toContain("<script");
    expect(html).toContain("&lt;img");
  });
  it("renders links with rel=noopener noreferrer and target=_blank", () => {
    const html = renderToStaticMarkup(<MessageText text={'hi https://example.org/"onmouseover=x'} />);
    expect(html).toContain('href="https://example.org/"');
    expect(html).toContain('rel="noopener noreferrer"');
    expect(html).toContain('target="_blank"');
    expect(html.match(/<a /g)).toHaveLength(1);
  });
});
