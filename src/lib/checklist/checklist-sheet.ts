// The sheet made of a checklist's answers, printed (components/checklist/checklist-element.ts
// lays it out) and downloaded as Markdown: every item with what was decided about it (retained,
// not retained, still open), who owns it and its note. Plain data, no DOM.
import { OWNER_LABEL, blankAnswer, type Answers, type ChecklistShape } from "./checklist-answers";
import { DECISION, markdownDate } from "./checklist-wording";

/** In the role (or planned), left out, or still to decide. */
export type Decision = keyof typeof DECISION;

export interface SheetRow {
  label: string;
  decision: Decision;
  /** The owner's label, chosen or else suggested; empty when there is none. */
  owner: string;
  /** The note on one line; empty when blank. */
  note: string;
}

export interface SheetSection {
  title: string;
  rows: SheetRow[];
}

/** A note on one line: trimmed, each line break and the spaces around it made one space. */
const oneLine = (text: string) => text.trim().replace(/\s*\n\s*/g, " ");

/** Every item of every section, with its answer (an item never answered is still to decide). */
export function sheetOf(checklist: ChecklistShape, answers: Answers): SheetSection[] {
  return checklist.sections.map((section) => ({
    title: section.title,
    rows: section.items.map((item) => {
      const answer = answers[item.id] ?? blankAnswer();
      const owner = answer.owner ?? item.owner;
      return {
        label: item.label,
        decision: answer.included === null ? "open" : answer.included ? "in" : "out",
        owner: owner ? OWNER_LABEL[owner] : "",
        note: oneLine(answer.note),
      };
    }),
  }));
}

/**
 * Text that Markdown shows as it is: the characters it or HTML would read as markup
 * (emphasis, code, links, tags, table cells) are escaped, and so is an « & » that would
 * start an entity. Nothing else is touched, so the file stays easy to read.
 */
export const markdownText = (text: string) => text.replace(/[\\`*_[\]<>|~]/g, "\\$&").replace(/&(?=#?\w+;)/g, "\\&");

/** The sheet as Markdown: sections, then each item with its decision, its owner and its note. */
export function toMarkdown(checklist: ChecklistShape, answers: Answers, date: string): string {
  const lines = [`# ${markdownText(checklist.title)}`, "", markdownDate(date), ""];
  const { owner, note } = checklist.labels;
  for (const section of sheetOf(checklist, answers)) {
    lines.push(`## ${markdownText(section.title)}`, "");
    for (const row of section.rows) {
      const box = row.decision === "in" ? "[x]" : "[ ]";
      const state = row.decision === "in" ? "" : ` (${DECISION[row.decision].toLowerCase()})`;
      const who = row.owner ? ` — ${markdownText(owner)}\u00a0: ${row.owner}` : "";
      lines.push(`- ${box} ${markdownText(row.label)}${state}${who}`);
      if (row.note) lines.push(`  - ${markdownText(note)}\u00a0: ${markdownText(row.note)}`);
    }
    lines.push("");
  }
  return lines.join("\n");
}
