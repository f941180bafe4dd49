// A page opened from a search result (?surligner=…) marks the searched words in its text, whole
// words only (lib/search/highlight.ts), and shows the first. On the glossary, only the term opened.
import { markableTerms, markedRanges } from "../../lib/search/highlight";

export function highlightSearched(): void {
  const terms = markableTerms(new URLSearchParams(location.search).getAll("surligner"));
  const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
  const scope = target ?? document.querySelector("[data-pagefind-body]") ?? document.querySelector("main");
  if (terms.length === 0 || !scope) return;
  const walker = document.createTreeWalker(scope, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.parentElement?.closest("script, style, mark, [data-pagefind-ignore], [hidden]")
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT,
  });
  const texts: Text[] = [];
  while (walker.nextNode()) texts.push(walker.currentNode as Text);
  for (const text of texts) {
    const ranges = markedRanges(text.data, terms);
    for (const [start, end] of ranges.toReversed()) {
      const word = text.splitText(start);
      word.splitText(end - start);
      const mark = document.createElement("mark");
      word.replaceWith(mark);
      mark.append(word);
    }
  }
  if (!target) scope.querySelector("mark")?.scrollIntoView({ block: "center" });
}
