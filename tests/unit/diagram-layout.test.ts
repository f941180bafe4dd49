import { describe, expect, test } from "vitest";
import { layout, wrap, WIDTH, type DiagramKind } from "../../src/lib/diagram/layout.ts";

const items = [
  { label: "Détecter", detail: "Repérer le signal, noter l’heure, capturer" },
  { label: "Qualifier" },
  { label: "Écrire les contacts d’escalade par rôle, pas par nom, et les tenir à jour" },
];

describe("wrap", () => {
  test("breaks between words, never beyond the limit unless a word is longer", () => {
    expect(wrap("Ni réponse, ni émoji, ni j’aime", 12)).toEqual(["Ni réponse,", "ni émoji, ni", "j’aime"]);
    expect(wrap("  anticonstitutionnellement  ", 10)).toEqual(["anticonstitutionnellement"]);
    expect(wrap("", 10)).toEqual([]);
  });
  test("keeps a no-break space, and what it joins, on one line", () => {
    expect(wrap("Même le soir\u00a0: un appel", 12)).toEqual(["Même le", "soir\u00a0: un", "appel"]);
  });
});

describe.each<DiagramKind>(["steps", "ladder", "cycle"])("a %s", (kind) => {
  const drawing = layout(kind, items);
  test("keeps every box and every line of text inside the viewBox, boxes apart", () => {
    expect(drawing.boxes).toHaveLength(3);
    for (const box of drawing.boxes) {
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(WIDTH);
      expect(box.y + box.height).toBeLessThanOrEqual(drawing.height);
      for (const t of box.text) expect(t.y).toBeLessThan(box.height);
    }
    const byTop = drawing.boxes.toSorted((a, b) => a.y - b.y);
    byTop.slice(1).forEach((box, i) => expect(box.y).toBeGreaterThan(byTop[i]!.y + byTop[i]!.height));
  });
  test("wraps a long label, and sets a detail in its own lines", () => {
    const long = drawing.boxes.find((box) => box.n === 3)!;
    expect(long.label.length).toBeGreaterThan(1);
    expect(long.label.join(" ")).toBe(items[2]!.label);
    const first = drawing.boxes.find((box) => box.n === 1)!;
    expect(first.text.filter((t) => t.detail).map((t) => t.line)).toEqual(first.detail);
  });
  test("draws an arrow between each pair of boxes, and back to the start for a cycle", () => {
    const heads = drawing.heads.match(/M/g) ?? [];
    expect(heads).toHaveLength(kind === "cycle" ? 3 : 2);
  });
});

test("a ladder reads from the bottom: level 1 lowest, each level further right", () => {
  const { boxes } = layout("ladder", items);
  expect(boxes.map((box) => box.n)).toEqual([3, 2, 1]);
  expect(boxes[0]!.x).toBeGreaterThan(boxes[2]!.x);
});
