// The cmi5 course structure (cmi5.xml) an LMS imports: the course, then one assignable unit (AU)
// per module, launched on the module's first lesson of the hosted site (absolute URLs: a course
// structure given without a zip must hold fully qualified URLs, cmi5 § 14.2). Pure: the page
// src/pages/lms/cmi5/cmi5.xml.ts gives it the course and the site's address.

export const CMI5_NAMESPACE = "https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd";

/** What an AU asks of the learner before the LMS counts it done (cmi5 § 13.1.4 moveOn). */
export type MoveOn = "Passed" | "Completed" | "CompletedAndPassed" | "CompletedOrPassed" | "NotApplicable";

export interface Cmi5Module {
  id: string;
  title: string;
  summary: string;
  /** The module's first lesson, where its AU is launched: a site path such as "lecons/veille/". */
  launchPath: string;
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
/** An AU's publisher id (the LMS launches it under an activityId of its own). */
export const cmi5AuId = (siteRoot: string, moduleId: string) =>
  new URL(`lms/cmi5/modules/${encodeURIComponent(moduleId)}`, siteRoot).href;

export function cmi5CourseStructure(options: Cmi5CourseOptions): string {
  const { siteRoot, modules, moveOn = "CompletedAndPassed", masteryScore = 0.8 } = options;
  if (!/^https?:\/\/[^/]+\/(.*\/)?$/.test(siteRoot)) {
    throw new Error(`cmi5.xml : l’adresse du site doit être absolue et finir par « / » (${siteRoot})`);
  }
  if (!(masteryScore >= 0 && masteryScore <= 1)) {
    throw new Error(`cmi5.xml : masteryScore doit être compris entre 0 et 1 (${masteryScore})`);
  }
  if (modules.length === 0) throw new Error("cmi5.xml : aucun module, donc aucune unité à importer");
  const aus = modules.map(
    (module) =>
      `  <au id="${escapeXml(cmi5AuId(siteRoot, module.id))}" moveOn="${moveOn}" masteryScore="${masteryScore}" launchMethod="AnyWindow">\n` +
      `    <title>${langstring(module.title)}</title>\n` +
      `    <description>${langstring(module.summary)}</description>\n` +
      `    <url>${escapeXml(new URL(module.launchPath.replace(/^\//, ""), siteRoot).href)}</url>\n` +
      `  </au>`,
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
