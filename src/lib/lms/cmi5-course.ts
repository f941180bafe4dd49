// The cmi5 course structure (cmi5.xml) an LMS imports: the course, then a block per module holding
// one assignable unit (AU) per lesson, each launched on its lesson of the hosted site (absolute
// URLs: a course structure given without a zip must hold fully qualified URLs, cmi5 § 14.2).
// An AU per lesson, not per module: the runtime judges the page it runs on (its reading, its
// quiz), and a session does not follow the learner to the next page, so a module's AU would be
// passed on its first lesson alone. The block keeps the module together in the LMS. Pure: the
// page src/pages/lms/cmi5/cmi5.xml.ts gives it the course and the site's address.

export const CMI5_NAMESPACE = "https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd";

/** What an AU asks of the learner before the LMS counts it done (cmi5 § 13.1.4 moveOn). */
export type MoveOn = "Passed" | "Completed" | "CompletedAndPassed" | "CompletedOrPassed" | "NotApplicable";

export interface Cmi5Lesson {
  id: string;
  title: string;
  summary: string;
  /** Where its AU is launched: a site path such as "lecons/veille/". */
  launchPath: string;
  /** Has a quiz to pass; without one, the AU is done once the lesson is read (moveOn Completed). */
  scored: boolean;
}

export interface Cmi5Module {
  id: string;
  title: string;
  summary: string;
  lessons: readonly Cmi5Lesson[];
}

export interface Cmi5CourseOptions {
  /** The site's public address with its base path, ending with "/": "https://example.org/relais/". */
  siteRoot: string;
  title: string;
  description: string;
  modules: readonly Cmi5Module[];
  /** Default CompletedAndPassed: the lesson read and its quiz passed. */
  moveOn?: MoveOn;
  /** Share of the quiz (0–1) that passes; default 0.8, as the SCORM packages' 80 %. */
  masteryScore?: number;
}

const LANG = "fr-FR";
const escapeXml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const langstring = (text: string) => `<langstring lang="${LANG}">${escapeXml(text)}</langstring>`;

/** The course's IRI: the AUs' publisher ids are under it. */
export const cmi5CourseId = (siteRoot: string) => new URL("lms/cmi5/cours", siteRoot).href;
/** A module's block id. */
export const cmi5BlockId = (siteRoot: string, moduleId: string) =>
  new URL(`lms/cmi5/modules/${encodeURIComponent(moduleId)}`, siteRoot).href;
/** A lesson AU's publisher id (the LMS launches it under an activityId of its own). */
export const cmi5AuId = (siteRoot: string, lessonId: string) =>
  new URL(`lms/cmi5/lecons/${encodeURIComponent(lessonId)}`, siteRoot).href;

export function cmi5CourseStructure(options: Cmi5CourseOptions): string {
  const { siteRoot, modules, moveOn = "CompletedAndPassed", masteryScore = 0.8 } = options;
  if (!/^https?:\/\/[^/]+\/(.*\/)?$/.test(siteRoot)) {
    throw new Error(`cmi5.xml\u00a0: l’adresse du site doit être absolue et finir par «\u00a0/\u00a0» (${siteRoot})`);
  }
  if (!(masteryScore >= 0 && masteryScore <= 1)) {
    throw new Error(`cmi5.xml\u00a0: masteryScore doit être compris entre 0 et 1 (${masteryScore})`);
  }
  const withLessons = modules.filter((module) => module.lessons.length > 0);
  if (withLessons.length === 0) throw new Error("cmi5.xml\u00a0: aucun module, donc aucune unité à importer");
  const au = (lesson: Cmi5Lesson) =>
    `    <au id="${escapeXml(cmi5AuId(siteRoot, lesson.id))}" moveOn="${lesson.scored ? moveOn : "Completed"}"` +
    `${lesson.scored ? ` masteryScore="${masteryScore}"` : ""} launchMethod="AnyWindow">\n` +
    `      <title>${langstring(lesson.title)}</title>\n` +
    `      <description>${langstring(lesson.summary)}</description>\n` +
    `      <url>${escapeXml(new URL(lesson.launchPath.replace(/^\//, ""), siteRoot).href)}</url>\n` +
    `    </au>`;
  const aus = withLessons.map(
    (module) =>
      `  <block id="${escapeXml(cmi5BlockId(siteRoot, module.id))}">\n` +
      `    <title>${langstring(module.title)}</title>\n` +
      `    <description>${langstring(module.summary)}</description>\n` +
      `${module.lessons.map(au).join("\n")}\n` +
      `  </block>`,
  );
  return [
    `<?xml version="1.0" encoding="utf-8"?>`,
    `<courseStructure xmlns="${CMI5_NAMESPACE}">`,
    `  <course id="${escapeXml(cmi5CourseId(siteRoot))}">`,
    `    <title>${langstring(options.title)}</title>`,
    `    <description>${langstring(options.description)}</description>`,
    `  </course>`,
    ...aus,
    `</courseStructure>`,
    "",
  ].join("\n");
}
