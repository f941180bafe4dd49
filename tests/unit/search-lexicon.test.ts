// What the build writes beside Pagefind's index for the French search: the course's vocabulary
// (the words « Vouliez-vous dire » may propose) and the synonyms, checked so none points nowhere.
import { expect, test } from "vitest";
import { countWords, emptiedIgnored, indexedText, vocabularyOf, withoutIgnored } from "../../src/lib/search/vocabulary";
import { readSynonyms } from "../../src/lib/search/synonym-file";
import { filterValues } from "../../src/integrations/search-lexicon";
import { formatProblems } from "../../src/lib/course/content-problems";

const page = `<html><body><header>Accueil Catalogue</header><main><article data-pagefind-body>
<h1>L’hygiène des accès</h1><p>Un accès par personne &amp; un mot de passe&nbsp;: l&#8217;accès.</p>
<nav data-pagefind-ignore><a>Suivante</a><div><p>Leçon précédente</p></div></nav>
<img data-pagefind-ignore src="x.png"><p>Après l’image, toujours lue.</p>
<section class="quiz" data-pagefind-ignore><section><p>Faux</p></section><p>Juste</p></section>
<script>const secret = "invisible";</script><p>Révocation</p></article></main><footer>Mentions légales</footer></body></html>`;

test("the text search reads: the indexed element to the end of <main>, ignored parts and scripts out, entities decoded", () => {
  const text = indexedText(page).replace(/\s+/g, " ").trim();
  expect(text).toBe(
    "L’hygiène des accès Un accès par personne & un mot de passe : l’accès. Après l’image, toujours lue. Révocation",
  );
  expect(indexedText("<main><p>Pas indexée</p></main>")).toBe("");
});

test("an ignored element nested in its own kind is removed whole, and a void one alone", () => {
  expect(withoutIgnored("<div>a<div data-pagefind-ignore>b<div>c</div>d</div>e</div>")).toBe(
    "<div>a e</div>".replace(" ", ""),
  );
  expect(withoutIgnored("<p>a<br data-pagefind-ignore>b</p>")).toBe("<p>ab</p>");
});

test("an ignored element is emptied, its tags kept, unless it holds a filter or metadata Pagefind reads", () => {
  expect(emptiedIgnored("<p>a<span data-pagefind-ignore>b<span>c</span></span>d<br data-pagefind-ignore>e</p>")).toBe(
    "<p>a<span data-pagefind-ignore></span>d<br data-pagefind-ignore>e</p>",
  );
  const holding = `<div data-pagefind-ignore><p>Quiz</p><span data-pagefind-filter="type:Cas"></span></div>`;
  expect(emptiedIgnored(`<main>${holding}<nav data-pagefind-ignore>Menu</nav></main>`)).toBe(
    `<main>${holding}<nav data-pagefind-ignore></nav></main>`,
  );
});

test("the vocabulary: each word once in its commonest spelling, most frequent first, rare and short words out", () => {
  const counts = countWords(["Accès, accès, ACCÈS et acces", "Révocation révocation", "Unique", "mot 2026 crise12"]);
  expect(vocabularyOf(counts)).toEqual([
    ["accès", 4],
    ["révocation", 2],
  ]);
  expect(vocabularyOf(counts, 1)).toContainEqual(["unique", 1]);
});

const course = new Set(["patron", "dirigeant", "malade", "absence"]);
const holds = (word: string) => course.has(word);

test("synonyms: groups read as written; a group meets the course through one member", () => {
  const { groups, problems } = readSynonyms("- [patron, boss]\n- [malade, souffrant, arrêt maladie]\n", holds);
  expect(problems).toEqual([]);
  expect(groups).toEqual([
    ["patron", "boss"],
    ["malade", "souffrant", "arrêt maladie"],
  ]);
});

test("synonyms: every mistake at once, each on its line, with the file named", () => {
  const text = [
    "- [patron, boss]",
    "- [Dirigeant, chef]",
    "- [tartempion, zigoto]",
    "- solitaire",
    "- [absence, patron]",
    "- [malade, 12]",
  ].join("\n");
  const { problems } = readSynonyms(text, holds);
  expect(formatProblems(problems).split("\n")).toEqual([
    "Contenu invalide (5 problèmes)\u00a0:",
    "  content/synonymes.yaml:2  «\u00a0Dirigeant\u00a0»\u00a0: écrivez les synonymes en minuscules",
    "  content/synonymes.yaml:3  aucun mot du groupe [tartempion, zigoto] n’apparaît dans le cours\u00a0: ce groupe ne mènerait nulle part",
    "  content/synonymes.yaml:4  un groupe est une liste d’au moins deux mots («\u00a0[patron, dirigeant]\u00a0»)",
    "  content/synonymes.yaml:5  «\u00a0patron\u00a0» est déjà dans le groupe de la ligne 1\u00a0: un mot, un seul groupe",
    "  content/synonymes.yaml:6  «\u00a012\u00a0» n’est pas un mot ni une expression",
  ]);
});

test("synonyms: unreadable YAML or a file that is not a list is said, not thrown", () => {
  expect(readSynonyms("- [patron, boss", holds).problems[0]?.message).toMatch(/^YAML illisible/);
  expect(readSynonyms("patron: boss", holds).problems[0]?.message).toMatch(/une liste de groupes est attendue/);
});

test("the filters' values, grouped by filter and in French order", () => {
  expect(
    filterValues(new Set(["type:Leçon", "public:Proches", "type:Fiche", "module:Éthique", "module:Crise"])),
  ).toEqual({
    public: ["Proches"],
    module: ["Crise", "Éthique"],
    type: ["Fiche", "Leçon"],
  });
});

test("a word in two groups names the line of the group that has it first, not its rank", () => {
  const text = "# Les synonymes du cours\n\n- [patron, dirigeant]\n- [chef, patron]\n";
  expect(readSynonyms(text, () => true).problems).toEqual([
    expect.objectContaining({
      line: 4,
      message: "«\u00a0patron\u00a0» est déjà dans le groupe de la ligne 3\u00a0: un mot, un seul groupe",
    }),
  ]);
});
