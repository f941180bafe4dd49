// content/synonymes.yaml, read and checked at build: a list of groups, each a list of words or
// short phrases in lower case, no member in two groups, and every group meeting the course's text
// through at least one member (a group no page holds would point nowhere).
import type { ContentProblem } from "../course/content-problems.ts";
import { readYaml } from "../content-check/yaml-source.ts";
import { foldWord, wordsOf } from "./fold.ts";
import { STOP_WORDS } from "./stop-words.ts";
import type { SynonymGroups } from "./query.ts";

export const SYNONYMS_FILE = "content/synonymes.yaml";

export interface SynonymFile {
  groups: SynonymGroups;
  problems: ContentProblem[];
}

/** Reads the file's text; `hasWord(folded)` says whether the course's text holds a word. */
export function readSynonyms(text: string, hasWord: (folded: string) => boolean, file = SYNONYMS_FILE): SynonymFile {
  const source = readYaml(text);
  const problems: ContentProblem[] = source.errors.map((e) => ({ file, line: e.line, message: e.message }));
  const at = (path: PropertyKey[], message: string) => problems.push({ file, line: source.lineOf(path), message });
  if (problems.length > 0) return { groups: [], problems };
  if (!Array.isArray(source.data)) {
    at([], "une liste de groupes est attendue («\u00a0- [patron, dirigeant, boss]\u00a0»)");
    return { groups: [], problems };
  }
  const groups: string[][] = [];
  const owner = new Map<string, number>();
  source.data.forEach((group: unknown, g) => {
    if (!Array.isArray(group) || group.length < 2) {
      at([g], "un groupe est une liste d’au moins deux mots («\u00a0[patron, dirigeant]\u00a0»)");
      return;
    }
    const members: string[] = [];
    group.forEach((member: unknown, m) => {
      if (typeof member !== "string" || wordsOf(member).length === 0) {
        at([g, m], `«\u00a0${String(member)}\u00a0» n’est pas un mot ni une expression`);
      } else if (member !== member.toLocaleLowerCase("fr")) {
        at([g, m], `«\u00a0${member}\u00a0»\u00a0: écrivez les synonymes en minuscules`);
      } else {
        const key = wordsOf(member).map(foldWord).join(" ");
        const first = owner.get(key);
        if (first !== undefined)
          at(
            [g, m],
            `«\u00a0${member}\u00a0» est déjà dans le groupe de la ligne ${source.lineOf([first])}\u00a0: un mot, un seul groupe`,
          );
        else owner.set(key, g);
        members.push(member);
      }
    });
    const meaningful = (member: string) =>
      wordsOf(member)
        .map(foldWord)
        .filter((word) => word.length >= 4 && !STOP_WORDS.has(word));
    const anchored = members.some((member) => {
      const words = meaningful(member);
      return words.length > 0 && words.every(hasWord);
    });
    if (members.length === group.length && !anchored) {
      at(
        [g],
        `aucun mot du groupe [${members.join(", ")}] n’apparaît dans le cours\u00a0: ce groupe ne mènerait nulle part`,
      );
    }
    groups.push(members);
  });
  return { groups, problems };
}
