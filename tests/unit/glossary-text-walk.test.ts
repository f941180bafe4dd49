// The glossary links are found from two walks of a lesson's text nodes that never ask a node for
// its ancestors (src/markdown/glossary-links.ts): textWalk tells the text of headings, links and
// code from the text that may be linked only from where those elements begin and what they say.
// Checked against the ancestors themselves, on generated trees.
import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { textWalk, UNLINKED_ELEMENTS } from "../../src/lib/course/glossary-links.ts";

type Tree =
  | { type: "text"; value: string }
  | { type: "element"; tagName: string; children: Tree[] }
  | { type: "mdxJsxTextElement"; name: string; children: Tree[] };

const nameOf = (node: Tree) => (node.type === "element" ? node.tagName : node.type === "text" ? "" : node.name);
const unlinked = (node: Tree) => node.type !== "text" && UNLINKED_ELEMENTS.includes(nameOf(node));
const textsOf = (node: Tree): string[] => (node.type === "text" ? [node.value] : node.children.flatMap(textsOf));
const textOf = (node: Tree) => textsOf(node).join("");

/** What the processor's walk does: each node in reading order, an unlinked element said as it begins. */
function walkOf(tree: Tree) {
  const walk = textWalk();
  const visit = (node: Tree) => {
    if (node.type === "text") return walk.text(node.value);
    if (unlinked(node)) walk.enter(() => textOf(node));
    node.children.forEach(visit);
  };
  visit(tree);
  return walk;
}

/** The reference: the values of the text nodes with no unlinked element among their ancestors. */
const linkableByAncestors = (node: Tree, under = false): string[] =>
  node.type === "text"
    ? under
      ? []
      : [node.value]
    : node.children.flatMap((child) => linkableByAncestors(child, under || unlinked(node)));

// Few, short words, so that texts repeat, and element texts are prefixes of what follows them.
const word = fc.constantFrom("", "a", "ab", "b", " ", "troll", "\n");
const trees = fc.letrec<{ tree: Tree }>((tie) => ({
  tree: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    word.map((value) => ({ type: "text" as const, value })),
    fc.record({
      type: fc.constant("element" as const),
      tagName: fc.constantFrom("p", "strong", "span", "a", "h2", "code", "pre", "kbd"),
      children: fc.array(tie("tree"), { maxLength: 4 }),
    }),
    fc.record({
      type: fc.constant("mdxJsxTextElement" as const),
      name: fc.constantFrom("kbd", "button", "Aside"),
      children: fc.array(tie("tree"), { maxLength: 4 }),
    }),
  ),
})).tree;

describe("a walk of the text nodes in reading order", () => {
  test("reads as linkable exactly the text nodes outside headings, links, code…", () => {
    fc.assert(
      fc.property(trees, (tree) => {
        const read = walkOf(tree).read();
        expect(read).toBeDefined();
        const { values, linkable } = read!;
        // Empty texts hold no term: whichever side they are read on changes no link.
        expect(linkable.map((at) => values[at]).filter(Boolean)).toEqual(linkableByAncestors(tree).filter(Boolean));
        expect(values).toEqual(textsOf(tree));
      }),
      { numRuns: 2000 },
    );
  });

  test("a heading's text is not linkable, the paragraph after it is", () => {
    const walk = textWalk();
    walk.enter(() => "Le troll");
    walk.text("Le ");
    walk.text("troll");
    walk.text("Un troll ici.");
    expect(walk.read()).toEqual({ values: ["Le ", "troll", "Un troll ici."], linkable: [2] });
  });

  test("an element within an unlinked one does not start its text again", () => {
    const walk = textWalk();
    walk.enter(() => "voir le troll ici");
    walk.text("voir ");
    walk.enter(() => "le troll");
    walk.text("le troll");
    walk.text(" ici");
    walk.text("troll");
    expect(walk.read()?.linkable).toEqual([3]);
  });

  test("a walk that was not in reading order reads nothing: the tree is then read whole", () => {
    const outOfOrder = textWalk();
    outOfOrder.enter(() => "Le titre");
    outOfOrder.text("Un paragraphe");
    expect(outOfOrder.read()).toBeUndefined();

    const strayed = textWalk();
    strayed.enter(() => "Le titre");
    strayed.text("Un paragraphe");
    strayed.text("Le titre");
    expect(strayed.read()).toBeUndefined();

    const unfinished = textWalk();
    unfinished.enter(() => "Le titre");
    unfinished.text("Le ");
    expect(unfinished.read()).toBeUndefined();
  });
});
