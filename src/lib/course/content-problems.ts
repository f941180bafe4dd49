/** One thing wrong in the content, said so an author can find and fix it. */
export interface ContentProblem {
  /** Path of the file to open, relative to the repo. */
  file: string;
  /** The frontmatter or YAML field at fault, when one is. */
  field?: string;
  /** What is wrong, in French. */
  message: string;
}

/** One line per problem, then the count: this is what `npm run build` prints. */
export function formatProblems(problems: readonly ContentProblem[]): string {
  const lines = problems.map((p) => `  ${p.file}${p.field ? ` — champ « ${p.field} »` : ""} : ${p.message}`);
  const count = problems.length === 1 ? "1 problème" : `${problems.length} problèmes`;
  return [`Contenu invalide (${count}) :`, ...lines].join("\n");
}

/** Thrown at build time so the build stops with the formatted list. */
export class ContentError extends Error {
  constructor(readonly problems: readonly ContentProblem[]) {
    super(formatProblems(problems));
    this.name = "ContentError";
  }
}
