import type { PackageDescription } from "./package-description.ts";

// imsmanifest.xml, SCORM 1.2: one organization holding one SCO, the launch page (index.html),
// whose resource lists every file of the package. The LMS passes or fails the learner against
// adlcp:masteryscore, the package's pass mark; the runtime in the package reports the score.
// Checked against the ADL and IMS schemas by tests/built/scorm-packages.test.ts (xmllint).

const IMSCP = "http://www.imsproject.org/xsd/imscp_rootv1p1p2";
const ADLCP = "http://www.adlnet.org/xsd/adlcp_rootv1p2";
const IMSMD = "http://www.imsglobal.org/xsd/imsmd_rootv1p2p1";
/** The schemas' limit on a <title> (imscp titleType). */
export const TITLE_LIMIT = 200;

const escapeXml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** A title the schemas accept: at most 200 characters, cut with « … ». */
export const manifestTitle = (title: string) =>
  [...title].length <= TITLE_LIMIT ? title : `${[...title].slice(0, TITLE_LIMIT - 1).join("")}…`;

/** A path of the package as a URI reference (anyURI): each segment percent-encoded. */
const fileHref = (path: string) => path.split("/").map(encodeURIComponent).join("/");

/** The manifest of a package holding `files` (paths from its root, index.html among them). */
export function scormManifest(description: PackageDescription, files: readonly string[]): string {
  if (!files.includes("index.html"))
    throw new Error("Paquetage SCORM\u00a0: index.html manque à la liste des fichiers");
  const title = escapeXml(manifestTitle(description.title));
  const listed = [...new Set(files)]
    .toSorted()
    .map((file) => `      <file href="${escapeXml(fileHref(file))}"/>`)
    .join("\n");
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${description.id}" version="${description.version}" xmlns="${IMSCP}" xmlns:adlcp="${ADLCP}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="${IMSCP} imscp_rootv1p1p2.xsd ${IMSMD} imsmd_rootv1p2p1.xsd ${ADLCP} adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="${description.id}-organisation">
    <organization identifier="${description.id}-organisation">
      <title>${title}</title>
      <item identifier="${description.id}-sco" identifierref="${description.id}-ressource" isvisible="true">
        <title>${title}</title>
        <adlcp:masteryscore>${description.passPercent}</adlcp:masteryscore>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="${description.id}-ressource" type="webcontent" adlcp:scormtype="sco" href="index.html">
${listed}
    </resource>
  </resources>
</manifest>
`;
}
