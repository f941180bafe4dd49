// The zip writer of the SCORM packages (src/integrations/lms/zip.ts), read back by another zip
// reader (fflate), byte for byte. (The browser test serves a package unpacked from it.)
import { unzipSync } from "fflate";
import { expect, test } from "vitest";
import { zipFiles } from "../../src/integrations/lms/zip.ts";

const encode = (text: string) => new TextEncoder().encode(text);
const files = new Map<string, Uint8Array>([
  ["index.html", encode(`<!doctype html><p>${"Leçon ".repeat(500)}</p>`)],
  ["lecons/l-ia/index.html", encode("<p>Déjà l’IA « ici »</p>")],
  // Random bytes do not deflate: stored as they are.
  ["favicon.png", Uint8Array.from({ length: 300 }, (_, i) => (i * 7919) % 251)],
  ["vide.txt", new Uint8Array()],
]);

test("every file comes back whole, with its path", async () => {
  const zip = await zipFiles(files);
  const back = unzipSync(zip);
  expect(Object.keys(back)).toEqual([...files.keys()]);
  for (const [path, bytes] of files) expect(back[path]).toEqual(bytes);
  // Text is deflated.
  expect(zip.length).toBeLessThan([...files.values()].reduce((sum, b) => sum + b.length, 0));
});

test("the same files give the same bytes (no date of the day inside)", async () => {
  expect(Buffer.from(await zipFiles(files)).equals(Buffer.from(await zipFiles(new Map(files))))).toBe(true);
});
