import { plural, quote } from "../french.ts";

// What the SCORM packages and their tools say: titles shown in the LMS, the launch page, the
// packager's errors, and the trainer space's how-to (what the runtime says in the LMS is in
// lms-wording.ts). French typography: no-break spaces before
// « : ; ! ? » and inside « ».

const NBSP = "\u00a0";

/** The title of the whole course's package. */
export const COURSE_PACKAGE_TITLE = `Relais${NBSP}: le métier de community manager, tout le cours`;

/** The title of a package of some modules: « Relais : Gérer une crise », « Relais : A, B ». */
export const modulesPackageTitle = (titles: readonly string[]) => `Relais${NBSP}: ${titles.join(", ")}`;

/** The packager's error for module ids the course does not have. */
export const unknownModules = (unknown: readonly string[], known: readonly string[]) =>
  `${unknown.length > 1 ? "Modules inconnus" : "Module inconnu"}${NBSP}: ${unknown.map(quote).join(", ")}. ` +
  `Modules du cours${NBSP}: ${known.join(", ")}.`;

/** The packager's error when no module is chosen. */
export const NO_MODULE = `Aucun module choisi${NBSP}: --modules crise,continuite (ou --modules tous).`;

/** The packager's error for a pass mark that is not a whole percentage. */
export const badPass = (value: string) =>
  `Seuil de réussite invalide${NBSP}: ${quote(value)}. Donnez un pourcentage entier de 0 à 100 (--pass 70).`;

/** The launch page: what the package holds, and what counts. */
export const launchIntro = (items: number, scored: number, passPercent: number) => {
  const counted =
    scored === items && items > 1 ? "toutes notées" : `dont ${plural(scored, "activité notée", "activités notées")}`;
  return (
    `Ce paquetage contient ${plural(items, "activité")}, ${counted}${NBSP}: le module est réussi à partir de ` +
    `${passPercent}${NBSP}% des points.`
  );
};
export const LAUNCH_KIND = { lecon: "Leçon", simulation: "Simulation" } as const;
export const LAUNCH_QUIZ = "avec quiz";
export const LAUNCH_GLOSSARY = "Glossaire";
/** Where the learner's answers go, on the launch page and at the foot of every packaged page. */
export const PACKAGE_PRIVACY =
  `Relais forme au métier de community manager. Vos réponses restent sur cet appareil${NBSP}; ouvert depuis ` +
  "votre plateforme de formation, ce module lui transmet aussi votre progression, et à elle seule.";

// ── The trainer space: the packages to download ──

export const PACKAGES_HEADING = "Dans votre plateforme de formation (SCORM)";
export const packagesIntro = (passPercent: number) =>
  `Chaque module, ou le cours entier, existe en paquetage SCORM${NBSP}1.2${NBSP}: un fichier .zip à importer ` +
  `dans Moodle, 360Learning, Docebo ou toute plateforme qui lit le SCORM${NBSP}1.2. Les apprenants y lisent les leçons, ` +
  `répondent aux quiz et jouent les simulations${NBSP}; la plateforme reçoit leur statut, leur score et leurs ` +
  `réponses. Le module est réussi à partir de ${passPercent}${NBSP}% des points.`;
/** The link to a module's package. */
export const modulePackageLink = (title: string) => `${title} (SCORM, .zip)`;
export const COURSE_PACKAGE_LINK = "Tout le cours, en un seul paquetage (SCORM, .zip)";
export const HOW_TO_HEADING = "Importer un paquetage";
export const HOW_TO = [
  `Importer dans Moodle${NBSP}: dans le cours, activez le mode édition, puis Ajouter une activité → Paquetage SCORM, ` +
    `et déposez le fichier .zip.`,
  `Dans 360Learning${NBSP}: Créer → Cours, puis ${quote("Import SCORM course")}, et choisissez le fichier .zip.`,
  `Dans Docebo${NBSP}: dans la gestion des cours, ouvrez le cours, puis son matériel de formation (${quote("Training Material")}), ` +
    `ajoutez un SCORM et téléversez le fichier .zip.`,
];
export const OTHER_SETS = `Un autre assemblage de modules ou un autre seuil de réussite se fabrique avec le site${NBSP}:`;
export const OTHER_SETS_COMMAND = "npm run package:scorm -- --modules crise,continuite --pass 70";
