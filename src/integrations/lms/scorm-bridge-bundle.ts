// STUB until the runtime (helper "scorm-runtime": src/components/lms/scorm-bridge.ts) lands: the
// code of relais-scorm.js, the SCORM runtime every packaged page loads. This one does nothing.

/** The code of relais-scorm.js. */
export async function bundleScormBridge(): Promise<string> {
  return "// relais-scorm.js : le pont SCORM (à venir)\n";
}
