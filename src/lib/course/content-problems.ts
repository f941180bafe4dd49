/** One thing wrong in the content, said so an author can find and fix it. */
export interface ContentProblem {
  /** Path of the file to open, relative to the project. */
  file: string;
  /** The line to look at, when known. */
  line?: number;
  /** The frontmatter or YAML field at fault, as a path (« quiz.questions.2.options »), when one is. */
  field?: string;
  /** What is wrong, in French. */
  message: string;
}

/** « content/lessons/x.mdx:12  quiz.passScore: au plus 100 », one line per problem after the count: what `npm run build` prints. */
export function formatProblems(problems: readonly ContentProblem[]): string {
  const lines = problems.map(
    (p) => `  ${p.file}${p.line === undefined ? "" : `:${p.line}`}  ${p.field ? `${p.field}: ` : ""}${p.message}`,
  );
  const count = problems.length === 1 ? "1 problème" : `${problems.length} problèmes`;
  return [`Contenu invalide (${count})\u00a0:`, ...lines].join("\n");
}

/** Thrown at build time so the build stops with the formatted list. */
export class ContentError extends Error {
  readonly problems: readonly ContentProblem[];
  constructor(problems: readonly ContentProblem[]) {
    super(formatProblems(problems));
    this.problems = problems;
    this.name = "ContentError";
    // The list is the whole message: a stack trace printed under it would only bury it.
    this.stack = "";
  }
}
