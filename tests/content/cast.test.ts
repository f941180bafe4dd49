// One first name = one person, everywhere (content/cast.yaml). Every lesson (frontmatter and body),
// simulation, glossary entry, checklist, trainer's guide and module is read for people: a given
// name of tests/support/first-names.ts (or of the cast) written as a whole capitalised word, with
// the surname that follows it, if any, and « M. », « Mme », « Madame », « Monsieur » followed by a
// surname. A person the cast does not list, or a cast first name given another surname, fails the
// test with the file and the line.
//
// Not people: accounts and labels in guillemets (« mr_crevaison », « Kiki », « Halo »), handles and
// hashtags (@lea.drome, #FermeDuCoteau), addresses, and the sources a lesson cites (real publishers
// and authors, not characters). Names that are also ordinary words (WORD_NAMES: Claire, Rose,
// Pierre…) count only in a « Prénom Nom » pair or when a verb follows them.
import { describe, expect, test } from "vitest";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "../support/paths.ts";
import { readYaml } from "../support/content-files.ts";
import { FIRST_NAMES, WORD_NAMES } from "../support/first-names.ts";

type Person = { id: string; name: string; role: string; company: string | null };
/** The cast as the test reads it: each first name and its surname (null: the cast gives none), and every surname. */
type Cast = { firstNames: Map<string, string | null>; surnames: Set<string> };
type Mention = { index: number; first?: string; title?: string; surname?: string };

const CONTENT = join(ROOT, "content");
const SPACE = "[ \\u00a0]";
const TITLE = /^(?:M\.|Mme|Madame|Monsieur) (.+)$/u;
const initial = (surname: string) => /^\p{Lu}\.$/u.test(surname);

/** The real people a lesson names because its sources do: the applicant in Sanchez c. France (CEDH, 2023). */
const REAL_PEOPLE = new Set(["Sanchez"]);

function castOf(people: readonly Pick<Person, "name">[]): Cast {
  const firstNames = new Map<string, string | null>();
  const surnames = new Set<string>();
  for (const { name } of people) {
    const titled = TITLE.exec(name);
    if (titled) {
      surnames.add(titled[1]!);
      continue;
    }
    const [first = "", ...rest] = name.split(" ");
    const surname = rest.join(" ") || null;
    firstNames.set(first, surname);
    if (surname && !initial(surname)) surnames.add(surname);
  }
  return { firstNames, surnames };
}

/** Blanks (keeping line ends, so indexes still give lines) what names no person: addresses, one-word spans in guillemets. */
const mask = (text: string, pattern: RegExp) => text.replace(pattern, (span) => span.replace(/[^\n]/g, " "));
const NOT_PEOPLE = [
  /https?:\/\/\S+/g,
  // « mr_crevaison », « Kiki », « Halo »: an account, a keyword or a product, never a person acting.
  /«[\s\u00a0\u202f]*[^\s\u00a0\u202f«»]+[\s\u00a0\u202f]*»/g,
];

// A capitalised word, hyphenated parts allowed (Jean-Pierre, Saint-Martin), that is not part of a
// handle, a hashtag, an address or a longer word (McCann, TikTok, lea.drome, Kiki_lampes).
const WORD = /(?<![\p{L}\p{M}\p{N}_@#./\\-])\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)*(?![\p{L}\p{M}\p{N}_@]|[-.][\p{L}\p{N}])/gu;
// What follows a first name to make a « Prénom Nom » pair: a capitalised word or an initial (« Camille D. »).
const SURNAME = new RegExp(
  `^${SPACE}(\\p{Lu}\\p{Ll}+(?:[-’']\\p{Lu}\\p{Ll}+)*|\\p{Lu}\\.)(?![\\p{L}\\p{M}\\p{N}_@])`,
  "u",
);
const TITLED = new RegExp(`(?<![\\p{L}\\p{N}])(M\\.|Mme|Madame|Monsieur)${SPACE}(\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)*)`, "gu");
// The word after a name, past the pronouns a verb carries (« Rose n’a », « Claire lui répond »).
const NEXT_WORD = new RegExp(
  `^${SPACE}+(?:(?:ne|se|lui|leur|y|en|le|la|les|me|nous|vous)${SPACE}+|[nslm][’'])*(\\p{Ll}+)`,
  "u",
);
const FUNCTION_WORDS = new Set(
  "de du des le la les un une et ou en à au aux que qui ce cette comme entre contre même notre votre sur sous pour par avec sans dans chez pas plus très bien elle".split(
    " ",
  ),
);
const VERBS = new Set("a as est va fait dit doit peut veut sait voit prend met vient part lit écrit suit vit dort".split(" "));
/** « répond », « appelle », « avait », « publiera »…: a lowercase word that looks like a verb in the third person. */
const verbLike = (word: string) =>
  VERBS.has(word) ||
  (!FUNCTION_WORDS.has(word) && word.length > 2 && /(?:e|ent|it|ait|aient|ra|ront|ond|end|ut|é|ée)$/u.test(word));

const WORD_NAME_SET = new Set(WORD_NAMES);

/** The people named in `text`: a first name among `names` (with its surname, if one follows), or a title and a surname. */
function findPeople(text: string, names: ReadonlySet<string>): Mention[] {
  const clean = NOT_PEOPLE.reduce(mask, text.normalize("NFC"));
  const found: Mention[] = [];
  let pairedUntil = 0; // the surname of a pair is not read again as a first name (« Léa Martin »)
  for (const match of clean.matchAll(WORD)) {
    const word = match[0];
    if (match.index < pairedUntil) continue;
    if (!word.split("-").every((part) => names.has(part))) continue;
    const after = clean.slice(match.index + word.length);
    const surname = SURNAME.exec(after)?.[1];
    if (WORD_NAME_SET.has(word) && !surname) {
      const next = NEXT_WORD.exec(after)?.[1];
      if (!next || !verbLike(next)) continue;
    }
    if (surname) pairedUntil = match.index + word.length + 1 + surname.length;
    found.push({ index: match.index, first: word, ...(surname ? { surname } : {}) });
  }
  for (const match of clean.matchAll(TITLED)) {
    // « Loïc M. Dupont »: an initial after a first name, not « Monsieur ».
    const before = /(\p{L}+)[ \u00a0]$/u.exec(clean.slice(0, match.index))?.[1];
    if (before && names.has(before)) continue;
    found.push({ index: match.index, title: match[1]!, surname: match[2]! });
  }
  return found.toSorted((a, b) => a.index - b.index);
}

/** Why a mention does not match the cast, or null when it does. */
function castProblem(mention: Mention, cast: Cast): string | null {
  const { first, title, surname } = mention;
  if (title) {
    return cast.surnames.has(surname!) || REAL_PEOPLE.has(surname!)
      ? null
      : `« ${title} ${surname} » is not in content/cast.yaml`;
  }
  if (!cast.firstNames.has(first!)) return `« ${first} » is not in content/cast.yaml`;
  const expected = cast.firstNames.get(first!) ?? null;
  if (!surname) return null;
  if (expected === null) return `« ${first} ${surname} »: the cast gives ${first} no surname`;
  const same = surname === expected || (initial(surname) && !initial(expected) && expected.startsWith(surname[0]!));
  return same ? null : `« ${first} ${surname} »: the cast's ${first} is ${first} ${expected}`;
}

/** The text of a content file the test reads: a lesson without the sources it cites (lines kept blank). */
function readable(file: string): string {
  const text = readFileSync(file, "utf8");
  if (!file.endsWith(".mdx")) return text;
  let inSources = false;
  return text
    .split("\n")
    .map((line, i) => {
      if (i > 0 && /^\S/.test(line)) inSources = /^sources:/.test(line);
      return inSources ? "" : line;
    })
    .join("\n");
}

const cast = castOf(readYaml<{ people: Person[] }>(readFileSync(join(CONTENT, "cast.yaml"), "utf8")).people);
const NAMES: ReadonlySet<string> = new Set([...FIRST_NAMES, ...cast.firstNames.keys()]);

const filesIn = (dir: string, ext: string) =>
  (readdirSync(join(CONTENT, dir), { recursive: true }) as string[])
    .filter((f) => f.endsWith(ext))
    .map((f) => join(dir, f))
    .toSorted();

/** « file:line: problem (the line) », for each person in the files that the cast does not account for. */
function findings(files: readonly string[]): string[] {
  return files.flatMap((file) => {
    const text = readable(join(CONTENT, file));
    return findPeople(text, NAMES).flatMap((mention) => {
      const problem = castProblem(mention, cast);
      if (!problem) return [];
      const line = text.slice(0, mention.index).split("\n").length;
      const excerpt = text.split("\n")[line - 1]!.trim().slice(0, 140);
      return [`${file}:${line}: ${problem} — ${excerpt}`];
    });
  });
}

describe("the detector", () => {
  const people = (text: string) => findPeople(text, NAMES).map(({ index: _, ...person }) => person);

  test("finds a first name, a « Prénom Nom » pair, an initial and a title", () => {
    expect(people("Jérôme répond au client.")).toEqual([{ first: "Jérôme" }]);
    expect(people("Léa Martin appelle la boutique.")).toEqual([{ first: "Léa", surname: "Martin" }]);
    expect(people("Merci, Camille D. : nous regardons.")).toEqual([{ first: "Camille", surname: "D." }]);
    expect(people("La réponse d’Inès arrive vite.")).toEqual([{ first: "Inès" }]);
    expect(people("Jean-Pierre relit la note.")).toEqual([{ first: "Jean-Pierre" }]);
    expect(people("Bonjour Mme Durand,")).toEqual([{ title: "Mme", surname: "Durand" }]);
  });

  test("finds a name that is also a word only as a person: with a surname or a verb", () => {
    expect(people("Claire répond à 9 h.")).toEqual([{ first: "Claire" }]);
    expect(people("Rose n’a pas vu le message.")).toEqual([{ first: "Rose" }]);
    expect(people("Pierre Durand écrit.")).toEqual([{ first: "Pierre", surname: "Durand" }]);
    expect(people("Claire et nette, la réponse rassure.")).toEqual([]);
    expect(people("Pierre de taille, rose des vents, bleu Marine.")).toEqual([]);
  });

  test("finds no one in places, brands, accounts, handles or addresses", () => {
    for (const text of [
      "Il travaille en France, pour la France.",
      "Programmez depuis Meta Business Suite.",
      "Signalez le contenu sur Pharos.",
      "Le compte « mr_crevaison » recommence.",
      "Ajouter « Kiki » au filtre de mots-clés.",
      "Le compte Kiki_lampes et @lea.drome, sous #FermeDuCoteau.",
      "Voir https://example.org/Julie.",
      "Place Saint-Martin, à TikTok et chez McCann.",
    ]) {
      expect(people(text), text).toEqual([]);
    }
  });

  test("against the cast: a stranger, another surname and a surname the cast does not give are flagged", () => {
    const small = castOf([{ name: "Jérôme" }, { name: "Léa" }, { name: "Yasmine Haddad" }, { name: "Mme Morel" }]);
    const problems = (text: string) =>
      findPeople(text, NAMES)
        .map((mention) => castProblem(mention, small))
        .filter(Boolean);
    expect(problems("Jérôme répond au client.")).toEqual([]);
    expect(problems("Kevin répond au client.")).toEqual(["« Kevin » is not in content/cast.yaml"]);
    expect(problems("Léa Martin appelle")).toEqual(["« Léa Martin »: the cast gives Léa no surname"]);
    expect(problems("Yasmine Haddad, puis Yasmine H., puis Yasmine Benali.")).toEqual([
      "« Yasmine Benali »: the cast's Yasmine is Yasmine Haddad",
    ]);
    expect(problems("Mme Morel, M. Sanchez et M. Durand.")).toEqual(["« M. Durand » is not in content/cast.yaml"]);
  });
});

test("the cast gives each first name to one person only", () => {
  const firsts = readYaml<{ people: Person[] }>(readFileSync(join(CONTENT, "cast.yaml"), "utf8"))
    .people.map((p) => p.name)
    .filter((name) => !TITLE.test(name))
    .map((name) => name.split(" ")[0]);
  expect(firsts.filter((first, i) => firsts.indexOf(first) !== i)).toEqual([]);
});

test.each([
  ["lessons", ".mdx"],
  ["simulations", ".yaml"],
  ["glossary", ".yaml"],
  ["checklists", ".yaml"],
  ["guides", ".yaml"],
  ["modules", ".yaml"],
])("content/%s names no one outside the cast, and each cast person with the cast's surname", (dir, ext) => {
  const files = filesIn(dir, ext);
  expect(files.length).toBeGreaterThan(0);
  expect(findings(files)).toEqual([]);
});
