// French typography in the text a reader sees: a no-break space (U+00A0 or the
// narrow U+202F) before « : ; ! ? » and inside guillemets, never an ordinary one.
// (Whitespace is folded to plain spaces first; \s would also match U+00A0.)
import { parse, type HTMLElement } from "node-html-parser";

export interface TypographyFault {
  text: string;
  rule: string;
}

const RULES: { rule: string; pattern: RegExp }[] = [
  { rule: "espace ordinaire avant une ponctuation double", pattern: /[^ \u00a0\u202f] +[:;!?»]/g },
  { rule: "ponctuation double collée au mot", pattern: /[\p{L}\p{N}][;!?»]/gu },
  { rule: "espace ordinaire après «", pattern: /« /g },
  { rule: "« collé au mot", pattern: /«[\p{L}\p{N}]/gu },
];
const SKIP = new Set(["script", "style", "code", "pre", "kbd", "samp"]);

function visibleText(node: HTMLElement): string[] {
  if (SKIP.has(node.rawTagName?.toLowerCase() ?? "")) return [];
  return node.childNodes.flatMap((child) => (child.nodeType === 3 ? [child.text] : visibleText(child as HTMLElement)));
}

/** Faults in an HTML document's visible text, each with a little context. */
export function typographyFaults(html: string): TypographyFault[] {
  const body = parse(html).querySelector("body");
  if (!body) return [];
  const text = visibleText(body)
    .join("")
    .replace(/[ \t\n\r]+/g, " ");
  return RULES.flatMap(({ rule, pattern }) =>
    [...text.matchAll(pattern)]
      // "http://…", "10:30" and the like are not French punctuation.
      .filter((m) => !/[:]\/\/|\d:\d/.test(text.slice(m.index - 5, m.index + m[0].length + 3)))
      .map((m) => ({ rule, text: text.slice(Math.max(0, m.index - 30), m.index + m[0].length + 10) })),
  );
}
