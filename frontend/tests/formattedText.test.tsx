import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { FormattedText } from "@/components/chat/FormattedText";

const render = (text: string) => renderToStaticMarkup(<FormattedText text={text} />);

describe("FormattedText", () => {
  it("formats bold, italic, strikethrough, inline code, code blocks, quotes and lists", () => {
    expect(render("**bold** *italic* ~~gone~~ `x = 1`")).toMatch(
      /<strong>bold<\/strong> <em>italic<\/em> <del>gone<\/del> <code>x = 1<\/code>/,
    );
    expect(render("```\nconst a = 1;\n```")).toMatch(/<pre><code[^>]*>const a = 1;<\/code><\/pre>/);
    expect(render("> quoted")).toMatch(/<blockquote>.*quoted.*<\/blockquote>/);
    expect(render("- one\n- two")).toMatch(/<ul>.*<li>.*one.*<\/li>.*<li>.*two.*<\/li>.*<\/ul>/);
    expect(render("1. first\n2. second")).toMatch(/<ol[^>]*>.*first.*second.*<\/ol>/);
  });

  it("shows HTML people type as text, never as elements", () => {
    const html = render('<img src=x onerror="alert(1)"> <script>alert(2)</script>\n\n<div onclick="x()">block</div>');
    expect(html).not.toMatch(/<(img|script|div onclick)/);
    expect(html).toContain("&lt;script&gt;alert(2)&lt;/script&gt;");
    expect(html).toContain("&lt;img");
  });

  it("links web and mail addresses, opened apart from Parley, and nothing else", () => {
    const html = render("see https://example.org/a and [docs](https://docs.example.org) or [mail](mailto:a@b.org)");
    expect(html.match(/<a /g)).toHaveLength(3);
    expect(html).toContain('href="https://example.org/a"');
    expect(html).toContain('href="https://docs.example.org/"');
    expect(html).toContain('href="mailto:a@b.org"');
    expect(html.match(/rel="noopener noreferrer"/g)).toHaveLength(3);
    expect(html.match(/target="_blank"/g)).toHaveLength(3);

    const unsafe = render("[a](javascript:alert(1)) [b](data:text/html,x) [c](/api/users/me) [d](ftp://files.example.org)");
    expect(unsafe).not.toContain("<a ");
    expect(unsafe).toMatch(/a.*b.*c.*d/);
  });

  it("never loads a picture from elsewhere, and keeps the page's headings to the page", () => {
    const html = render("![tracker](https://evil.example/p.png)\n\n# Big news");
    expect(html).not.toContain("<img");
    expect(html).toContain('<a href="https://evil.example/p.png"');
    expect(html).not.toMatch(/<h[1-6]/);
    expect(html).toContain("Big news");
  });

  it("keeps the lines of a message as typed", () => {
    expect(render("line one\nline two")).toContain("line one\nline two");
  });
});
