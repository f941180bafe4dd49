// An MDX lesson is a YAML frontmatter between two « --- » lines, then the Markdown body.

export interface LessonSource {
  /** The frontmatter's YAML, starting on line 2 of the file. */
  yaml: string;
  /** The body, and the line of the file it starts on. */
  body: string;
  bodyLine: number;
}

const FRONTMATTER = /^---[ \t]*\r?\n([\s\S]*?)(?:\r?\n)?^---[ \t]*(?:\r?\n|$)/m;

/** The parts of an MDX file, or undefined when it does not open with a frontmatter. */
export function splitLesson(text: string): LessonSource | undefined {
  const match = FRONTMATTER.exec(text);
  if (!match || match.index !== 0) return undefined;
  const head = match[0];
  return { yaml: match[1]!, body: text.slice(head.length), bodyLine: 1 + (head.match(/\n/g)?.length ?? 0) };
}
