import { mdxToMdast } from "satteri";
import { didYouMeanName, nearest } from "./nearest.ts";

// A lesson read as MDX before the build compiles it, so that what MDX refuses (a tag never closed,
// a stray « { », an HTML comment), an import that leads nowhere and a component used without its
// import are said in French, at their line, all at once, instead of stopping the bundler at the
// first one with an English message and a stack trace. Sätteri parses in Rust: a thousand lessons
// in about 0.2 s.

export interface MdxProblem {
  line: number;
  message: string;
}

/** What the lesson's MDX needs from the disk: the files beside an import's target (names only). */
export interface MdxFiles {
  /** The names of the files in `folder` (relative to the project), or undefined when it does not exist. */
  filesIn(folder: string): readonly string[] | undefined;
}

const tag = (name: string) => `<${name}>`;

/** MDX's own messages (micromark's mdx-jsx, as Sätteri gives them), each said for an author. */
const SYNTAX: readonly [RegExp, (m: RegExpMatchArray) => string][] = [
  [
    /Expected a closing tag for `<([^>`]+)>`/,
    ([, name]) =>
      `la balise ${tag(name!)} n'est jamais fermée\u00a0: écrire <${name} … /> si elle ne contient rien, sinon la fermer par </${name}>`,
  ],
  [
    /Unexpected closing tag `<\/([^>`]+)>`, expected corresponding closing tag for `<([^>`]+)>`/,
    ([, closing, open]) => `la balise ${tag(open!)} est fermée par </${closing}>\u00a0: fermer par </${open}>`,
  ],
  [/Unexpected closing tag `<\/([^>`]+)>`/, ([, name]) => `</${name}> ferme une balise qui n'a pas été ouverte`],
  [
    /closing brace for `\{`/,
    () =>
      "accolade «\u00a0{\u00a0» jamais fermée\u00a0: en MDX, une accolade ouvre une expression\u00a0; pour l'écrire telle quelle, mettre \\{",
  ],
  [
    /Could not parse expression/,
    () =>
      "ce qui suit «\u00a0{\u00a0» n'est pas une expression valide\u00a0: pour écrire une accolade telle quelle, mettre \\{",
  ],
  [
    /to create a comment in MDX/,
    () => "«\u00a0<!--\u00a0» n'existe pas en MDX\u00a0: écrire un commentaire ainsi\u00a0: {/* commentaire */}",
  ],
  [
    /Unexpected character after `<`|before name/,
    () =>
      "«\u00a0<\u00a0» ouvre une balise en MDX\u00a0: pour un lien, écrire [texte](adresse)\u00a0; pour le signe inférieur à, mettre \\<",
  ],
];

/** « 12:3: Expected … (12:3) (mdx-jsx:…) » → its line and a French message. */
export function mdxSyntaxProblem(error: string): MdxProblem {
  const line = Number(/^(\d+):\d+/.exec(error)?.[1] ?? 1);
  for (const [pattern, say] of SYNTAX) {
    const match = error.match(pattern);
    if (match) return { line, message: say(match) };
  }
  const reason = error.replace(/^\d+:\d+:\s*/, "").replace(/(\s*\([^()]*\))+\s*$/, "");
  return { line, message: `MDX illisible\u00a0: ${reason}` };
}

interface Node {
  type: string;
  name?: string | null;
  value?: string;
  position?: { start: { line: number } };
  children?: Node[];
}

const IMPORT = /^import\s+(?:([A-Za-z_$][\w$]*)|\{([^}]*)\})\s+from\s+(["'])([^"'\n]+)\3\s*;?$/;

/** The names an `import` statement gives, and where from; undefined when it is not a plain import. */
export function readImport(statement: string): { names: string[]; from: string } | undefined {
  const match = IMPORT.exec(statement.trim());
  if (!match) return undefined;
  const names = match[1]
    ? [match[1]]
    : match[2]!
        .split(",")
        .map((part) =>
          part
            .trim()
            .split(/\s+as\s+/)
            .at(-1)!,
        )
        .filter(Boolean);
  return { names, from: match[4]! };
}

interface EsmStatement {
  line: number;
  text: string;
  import: ReturnType<typeof readImport>;
}

/** The statements of an MDX block of imports (one may run over several lines), each with its line. */
function esmStatements(value: string, firstLine: number): EsmStatement[] {
  const statements: EsmStatement[] = [];
  // A statement ends with « ; », where the next « import » or « export » line starts, or with the block.
  const pattern = /[^\s][\s\S]*?(?:;|(?=\n\s*(?:import|export)\b)|$)/g;
  for (const match of value.matchAll(pattern)) {
    const text = match[0].trim();
    const line = firstLine + (value.slice(0, match.index).match(/\n/g)?.length ?? 0);
    statements.push({ line, text, import: readImport(text) });
  }
  return statements;
}

/** `folder/../x` → `x`, without touching the disk. */
function joinPath(folder: string, relative: string): string {
  const parts: string[] = [];
  for (const part of `${folder}/${relative}`.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === ".." && parts.length > 0 && parts.at(-1) !== "..") parts.pop();
    else parts.push(part);
  }
  return parts.join("/");
}

/**
 * Every MDX problem of a lesson: its syntax (the first error only, since MDX stops there), then its
 * imports (each a plain `import X from "…"` whose file exists) and its components (each imported).
 * `file` is relative to the project; `text` is the whole file, frontmatter included. Without `disk`,
 * imports are read but not looked for.
 */
export function mdxProblems(file: string, text: string, disk?: MdxFiles): MdxProblem[] {
  let tree: Node;
  try {
    tree = mdxToMdast(text) as Node;
  } catch (error) {
    return [mdxSyntaxProblem(error instanceof Error ? error.message : String(error))];
  }
  const problems: MdxProblem[] = [];
  const imported = new Set<string>();
  const folder = file.replace(/\/[^/]*$/, "");
  const walk = (node: Node) => {
    const line = node.position?.start.line ?? 1;
    if (node.type === "mdxjsEsm") {
      for (const statement of esmStatements(node.value ?? "", line)) {
        if (!statement.import) {
          problems.push({
            line: statement.line,
            message: statement.text.startsWith("import") ? importMessage : exportMessage,
          });
          continue;
        }
        const { names, from } = statement.import;
        names.forEach((name) => imported.add(name));
        if (!disk || !from.startsWith(".")) continue;
        const target = joinPath(folder, from);
        const parent = target.replace(/\/[^/]*$/, "");
        const name = target.slice(parent.length + 1);
        const siblings = disk.filesIn(parent);
        // « ./parts » without its extension is found as Vite finds it: « parts.ts », « parts.astro »…
        if (siblings?.some((sibling) => sibling === name || sibling.startsWith(`${name}.`))) continue;
        const near = siblings && nearest(name, siblings);
        problems.push({
          line: statement.line,
          message: `import introuvable\u00a0: ${from}${didYouMeanName(near && `${from.slice(0, -name.length)}${near}`)}`,
        });
      }
    }
    if ((node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement") && node.name) {
      const component = node.name.split(".")[0]!;
      if (/^[A-Z]/.test(component) && !imported.has(component)) {
        problems.push({
          line,
          message: `le composant <${node.name}> est utilisé sans être importé\u00a0: ajouter une ligne import ${component} from "…" avant le texte`,
        });
      }
    }
    node.children?.forEach(walk);
  };
  // Imports come first in a lesson, but MDX accepts them anywhere: read them all before the components.
  const esm = (tree.children ?? []).filter((n) => n.type === "mdxjsEsm");
  esm.forEach(walk);
  (tree.children ?? []).filter((n) => n.type !== "mdxjsEsm").forEach(walk);
  return problems;
}

const importMessage = 'import illisible\u00a0: écrire import Nom from "…";';
const exportMessage =
  "seules des lignes import sont permises hors du texte\u00a0: une ligne qui commence par «\u00a0export\u00a0» ou du code n'a pas sa place dans une leçon";
