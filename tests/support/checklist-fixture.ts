// A small checklist the checklist unit tests share: two sections, owners suggested on some items.
import type { ChecklistShape } from "../../src/lib/checklist/checklist-answers.ts";

export const checklist: ChecklistShape = {
  title: "Fiche de poste CM",
  labels: { included: "Retenu", owner: "Responsable", note: "Note" },
  sections: [
    {
      id: "veille",
      title: "Veille",
      items: [
        { id: "mentions", label: "Surveiller les mentions", owner: "cm" },
        { id: "avis", label: "Répondre aux avis" },
        { id: "publier", label: "Publier", owner: "direction" },
      ],
    },
    {
      id: "crise",
      title: "Crise",
      items: [
        { id: "alerter", label: "Alerter" },
        { id: "porte-parole", label: "Porte-parole" },
      ],
    },
  ],
};
