// A lesson's table keeps its columns on a phone: it scrolls sideways in a frame of its own
// (src/markdown/table-frames.ts), so the page does not. The frame is a region a keyboard can reach
// and scroll; screen readers name it after the table's columns.

const NBSP = "\u00a0";

/** « Tableau : Niveau, Seuil, Réaction »: the header cells' texts, blank ones left out. */
export function tableFrameLabel(headers: readonly string[]): string {
  const named = headers.map((header) => header.replace(/\s+/g, " ").trim()).filter((header) => header !== "");
  return named.length > 0 ? `Tableau${NBSP}: ${named.join(", ")}` : "Tableau";
}
