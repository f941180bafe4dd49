import type { QuestionInteraction } from "./question-interaction";

// A question answered, as SCORM 1.2 writes it under cmi.interactions.n.*. SCORM 1.2 gives a
// choice or sequencing response as single characters separated by commas (RTE 3.4.2.7.5): the
// course's option ids are letters already (a, b, c…) and are kept; choices with longer ids (the
// steps of an ordering question, s1, s2…) are written as the letter of their place in the
// question's list (a for the first, b for the second…). An LMS report reads « b,c ».

/** The characters SCORM 1.2 allows for one choice, in order. */
const SINGLE = "abcdefghijklmnopqrstuvwxyz0123456789";

/** Each choice id of the interaction as the one character SCORM 1.2 records for it. */
function characters(interaction: QuestionInteraction): (id: string) => string {
  const ids = interaction.choices.map((c) => c.id);
  if (ids.every((id) => id.length === 1 && SINGLE.includes(id))) return (id) => id;
  return (id) => SINGLE[ids.indexOf(id)] ?? "";
}

/** cmi.interactions.n.time: CMITime, the learner's local clock time. */
export const scormTime = (at: Date): string =>
  [at.getHours(), at.getMinutes(), at.getSeconds()].map((n) => String(n).padStart(2, "0")).join(":");

/** The elements to set for interaction `n`, in the order an LMS expects them (id first). */
export function scormInteraction(n: number, interaction: QuestionInteraction, at: Date): [string, string][] {
  const char = characters(interaction);
  const pattern = (ids: readonly string[]) =>
    ids
      .map(char)
      .filter((c) => c !== "")
      .join(",");
  const base = `cmi.interactions.${n}`;
  return [
    [`${base}.id`, interaction.id],
    [`${base}.type`, interaction.type],
    [`${base}.student_response`, pattern(interaction.response)],
    [`${base}.correct_responses.0.pattern`, pattern(interaction.correct)],
    [`${base}.result`, interaction.result],
    [`${base}.time`, scormTime(at)],
  ];
}
