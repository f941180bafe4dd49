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
    const line = firstLine + (error.mark?.line ?? 0);
    return { data: undefined, errors: [{ line, message: `YAML illisible\u00a0: ${error.reason}` }], lineOf: lines };
  }
}

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
