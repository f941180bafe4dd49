import { CORE_SCHEMA, YAMLException, load } from "js-yaml";
import { LineCounter, isMap, isScalar, isSeq, parseDocument, type Node } from "yaml";

// A YAML text read as an author wrote it: values as written (the YAML 1.2 core schema, so a date
// stays the text « 2026-02-30 » instead of silently becoming 2 March), and the line of every field,
// so a problem is reported where the author must look. Read with js-yaml, the reader Astro itself
// uses (three times faster than `yaml` on a thousand lessons); the lines come from `yaml`, which
// keeps every node's position, and only for a file that has a problem.

export interface YamlSource {
  /** The data, or undefined when the YAML cannot be read (see `errors`). */
  data: unknown;
  /** Lines (in the file) and messages of what makes the YAML unreadable. */
  errors: { line: number; message: string }[];
  /** The line of the field at `path` (["quiz", "questions", 2, "prompt"]), or of its nearest written parent. */
  lineOf(path: readonly PropertyKey[]): number;
}

/** `text` is the YAML; `firstLine` the line of the file it starts on (2 in a frontmatter after « --- »). */
export function readYaml(text: string, firstLine = 1): YamlSource {
  let lineOf: YamlSource["lineOf"] | undefined;
  const lines = (path: readonly PropertyKey[]) => (lineOf ??= fieldLines(text, firstLine))(path);
  try {
    return { data: load(text, { schema: CORE_SCHEMA }), errors: [], lineOf: lines };
  } catch (error) {
    if (!(error instanceof YAMLException)) throw error;
    const said = yamlMistake(text.split("\n"), error.mark?.line ?? 0, error.reason);
    return {
      data: undefined,
      errors: [{ line: firstLine + said.index, message: `YAML illisible\u00a0: ${said.message}` }],
      lineOf: lines,
    };
  }
}

/** How many « " » a line holds that are not escaped (« \" »). */
const doubleQuotes = (line: string) => line.replace(/\\./g, "").split('"').length - 1;

/** A line whose value opens with « " » and does not close it (a quote inside plain text is text). */
const opensQuote = (line: string) => /(?:^\s*|:\s+|-\s+|[[,]\s*)"/.test(line) && doubleQuotes(line) % 2 === 1;

/** The first line (index) of `lines` that opens a quote it does not close, or -1. */
export const quoteLeftOpen = (lines: readonly string[]) => lines.findIndex(opensQuote);

export const QUOTE_LEFT_OPEN =
  'guillemet «\u00a0"\u00a0» jamais fermé\u00a0: fermer le texte par un guillemet sur la même ligne';

/** The last line up to `index` that `opens`, where the reader's trouble began; the first line if none. */
function openedAt(lines: readonly string[], index: number, opens: (line: string) => boolean): number {
  let at = index;
  while (at > 0 && !opens(lines[at] ?? "")) at--;
  return at;
}

/**
 * js-yaml's reason, said for an author, and the line where the mistake is: a quote left open is
 * found on the line that opened it, not at the end of the file where the reader gave up.
 */
export function yamlMistake(
  lines: readonly string[],
  index: number,
  reason: string,
): { index: number; message: string } {
  // A quote left open swallows the lines after it, up to the next quote: whatever the reader then
  // says (a bad indentation, a key it cannot read, the end of the file), that quote is the mistake.
  const openQuote = quoteLeftOpen(lines.slice(0, index + 1));
  if (openQuote >= 0) return { index: openQuote, message: QUOTE_LEFT_OPEN };
  if (/within a double quoted scalar/.test(reason)) {
    return { index, message: QUOTE_LEFT_OPEN };
  }
  if (/within a single quoted scalar/.test(reason)) {
    // French text is full of apostrophes: the line that opened it is the one whose value starts with one.
    return {
      index: openedAt(lines, index, (l) => /(?:^|[:\-[,]\s*)'/.test(l)),
      message: "apostrophe droite «\u00a0'\u00a0» jamais fermée\u00a0: entourer plutôt le texte de guillemets doubles",
    };
  }
  if (/missed comma between flow collection entries|within a flow collection/.test(reason)) {
    return { index: openedAt(lines, index, (l) => l.split("[").length > l.split("]").length), message: FLOW };
  }
  const line = lines[index] ?? "";
  // « title: Le réflexe : capturer »: the second « : » reads as a second field on the line.
  if (/bad indentation of a mapping entry/.test(reason) && /:\s.*\S[ \u00a0]*:(\s|$)/.test(line)) {
    return {
      index,
      message:
        'un texte qui contient «\u00a0:\u00a0» s\'écrit entre guillemets doubles («\u00a0title: "Le réflexe\u00a0: capturer"\u00a0»)',
    };
  }
  for (const [pattern, message] of YAML_REASONS) if (pattern.test(reason)) return { index, message };
  return { index, message: reason };
}

const FLOW =
  "liste entre crochets mal fermée\u00a0: séparer les éléments par des virgules et fermer par «\u00a0]\u00a0» sur la même ligne";

const YAML_REASONS: readonly [RegExp, string][] = [
  [
    /bad indentation of a mapping entry/,
    "décalage incorrect\u00a0: aligner ce champ sur les champs de même niveau (des espaces, pas de tabulation)",
  ],
  [
    /bad indentation of a sequence entry/,
    "décalage incorrect\u00a0: aligner ce «\u00a0-\u00a0» sur les autres éléments de la liste",
  ],
  [/tab characters must not be used/, "tabulation dans le décalage\u00a0: décaler avec des espaces seulement"],
  [/duplicated mapping key/, "ce champ est écrit deux fois\u00a0: n'en garder qu'un"],
  [
    /unknown escape sequence/,
    "barre oblique inverse «\u00a0\\\u00a0» inconnue entre guillemets doubles\u00a0: écrire \\\\ pour en garder une",
  ],
  [
    /multiline key may not be an implicit key|implicit mapping pair/,
    "ligne illisible\u00a0: un champ s'écrit «\u00a0nom: valeur\u00a0», et un texte qui contient «\u00a0:\u00a0» ou des guillemets s'écrit entre guillemets doubles",
  ],
  [
    /end of the stream or a document separator is expected/,
    "texte inattendu\u00a0: un champ mal décalé, ou un texte qui contient «\u00a0:\u00a0» sans guillemets",
  ],
];

/** The line of each field, from the positions `yaml` keeps. */
function fieldLines(text: string, firstLine: number): YamlSource["lineOf"] {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, schema: "core", uniqueKeys: false });
  const lineAt = (offset: number) => firstLine - 1 + counter.linePos(offset).line;
  return (path) => {
    let node: unknown = doc.contents;
    let line = isNode(node) && node.range ? lineAt(node.range[0]) : firstLine;
    for (const key of path) {
      if (isMap(node)) {
        const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(key));
        if (!pair) break;
        if (isNode(pair.key) && pair.key.range) line = lineAt(pair.key.range[0]);
        node = pair.value;
      } else if (isSeq(node) && typeof key === "number" && node.items[key] !== undefined) {
        node = node.items[key];
        if (isNode(node) && node.range) line = lineAt(node.range[0]);
      } else break;
    }
    return line;
  };
}

const isNode = (value: unknown): value is Node => typeof value === "object" && value !== null && "range" in value;
