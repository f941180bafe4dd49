// The zip writer of the SCORM packages (src/integrations/lms/zip.ts), read back by another zip
// reader (fflate), byte for byte. (The browser test serves a package unpacked from it.)
import { unzipSync } from "fflate";
import { expect, test } from "vitest";
import { zipFiles, type DeflatedFiles } from "../../src/integrations/lms/zip.ts";

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

/** Files of very different sizes: deflated side by side, they finish out of order. */
function* manyFiles(count: number): Generator<[string, Uint8Array]> {
  for (let i = 0; i < count; i++)
    yield [`f/${i}.html`, encode(`<p>${`mot ${i} `.repeat(i % 7 === 0 ? 20000 : 3)}</p>`)];
}

test("files taken one by one from a generator keep their order, as from a list", async () => {
  const zip = await zipFiles(manyFiles(40));
  expect(Buffer.from(zip).equals(Buffer.from(await zipFiles(new Map(manyFiles(40)))))).toBe(true);
  expect(Object.keys(unzipSync(zip))).toEqual([...manyFiles(40)].map(([path]) => path));
});

test("the files are asked for as they are deflated, not all before (a package is never held whole)", async () => {
  let asked = 0;
  const files = (function* () {
    for (const file of manyFiles(40)) {
      asked += 1;
      yield file;
    }
  })();
  const zipping = zipFiles(files);
  // Whatever zlib's speed: right after the call, before any deflation could end, only the first few were taken.
  const askedAtOnce = asked;
  await zipping;
  expect(askedAtOnce).toBeLessThanOrEqual(8);
  expect(asked).toBe(40);
});

test("a file that cannot be made stops the zip with its reason", async () => {
  const files = (function* () {
    yield* manyFiles(3);
    throw new Error("Paquetage SCORM cours : lecons/x/index.html manque au site construit");
  })();
  await expect(zipFiles(files)).rejects.toThrow("lecons/x/index.html manque au site construit");
});

test("zips sharing their deflated files: a file two of them hold the same is deflated once, each zip as without sharing", async () => {
  const shared: DeflatedFiles = new Map();
  const course = new Map([...files, ["lecons/autre/index.html", encode("<p>Autre</p>")]]);
  // The module's own page under another path has the course's bytes; its index differs.
  const module = new Map<string, Uint8Array>([
    ["lecons/l-ia/index.html", files.get("lecons/l-ia/index.html")!],
    ["copie.html", files.get("index.html")!],
    ["index.html", encode("<p>Le module</p>")],
  ]);
  const [withCourse, withModule] = await Promise.all([zipFiles(course, shared), zipFiles(module, shared)]);
  expect(Buffer.from(withCourse).equals(Buffer.from(await zipFiles(course)))).toBe(true);
  expect(Buffer.from(withModule).equals(Buffer.from(await zipFiles(module)))).toBe(true);
  // Five different contents in the course, one more in the module.
  expect(shared.size).toBe(6);
  expect(unzipSync(withModule)["copie.html"]).toEqual(files.get("index.html"));
});
