import type { Audience } from "../../schemas/vocabulary.ts";

/** One of the four doors on the home page, and the page it opens. */
export interface Door {
  audience: Audience;
  /** The words on the home page. */
  label: string;
  /** Heading and introduction of the door's page. */
  title: string;
  intro: string;
  /** Modules in the order this reader should meet them; unlisted ones follow in course order. */
  moduleOrder: readonly string[];
  /** What the door lists: the lessons written for this reader, or the trainer's guides of every module. */
  lists: "lessons" | "guides";
  /** A checklist (its id in content/checklists) this reader's path leads to, with why (no final colon), shown under the intro. */
  checklist?: { id: string; why: string };
}

export const DOORS: readonly Door[] = [
  {
    audience: "cm-junior",
    label: "Je débute comme CM",
    title: "Votre parcours de CM débutant",
    intro:
      "Neuf modules, dans l'ordre où le terrain vous les demandera : le métier, les crises, les clashs entre pros, les absences, la direction, l'art d'expliquer ce que vous faites, puis les plateformes, le cadre légal et la création.",
    moduleOrder: [],
    lists: "lessons",
  },
  {
    audience: "parent",
    label: "Je suis un proche",
    title: "Comprendre le métier d'un proche",
    intro:
      "Votre fille, votre ami ou votre conjoint est community manager et vous vous demandez ce que cela recouvre ? Ces textes courts, sans jargon, sont écrits pour vous.",
    moduleOrder: ["expliquer", "metier"],
    lists: "lessons",
  },
  {
    audience: "dirigeant",
    label: "Je dirige une entreprise",
    title: "Travailler avec votre community manager",
    intro:
      "Ce que rapporte un CM, pourquoi vos publications gagnent à passer par lui, et comment organiser validation, accès et continuité sans ralentir personne.",
    moduleOrder: ["direction", "expliquer", "metier", "continuite", "crise"],
    lists: "lessons",
    checklist: {
      id: "role-du-cm",
      why: "Au bout de ces lectures, une heure avec votre CM suffit pour écrire ce que recouvre son rôle, et ce qui revient à d’autres",
    },
  },
  {
    audience: "formateur",
    label: "Je forme des CM",
    title: "Former une équipe de CM",
    intro:
      "Un guide par module pour animer une séance en groupe : objectifs, déroulé minuté, activité, questions de discussion, simulation à jouer ensemble et idées reçues à défaire.",
    moduleOrder: [],
    lists: "guides",
  },
];

/** Module ids sorted for a door: its preferred ones first, then the course order. */
export function sortModulesForDoor<T extends { id: string }>(door: Door, modules: readonly T[]): T[] {
  const rank = (id: string) => {
    const i = door.moduleOrder.indexOf(id);
    return i === -1 ? door.moduleOrder.length : i;
  };
  return modules
    .map((m, i) => ({ m, i }))
    .toSorted((a, b) => rank(a.m.id) - rank(b.m.id) || a.i - b.i)
    .map(({ m }) => m);
}
