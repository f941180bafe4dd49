// The bench sets a build's outputs aside instead of deleting them before the next build
// (bench/set-aside.ts): each build starts clean, and nothing is freed until the bench is over.
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, expect, test } from "vitest";
import { emptyTrash, setAside } from "../../bench/set-aside.ts";

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function site() {
  const root = mkdtempSync(join(tmpdir(), "relais-set-aside-"));
  made.push(root);
  const dist = join(root, "dist");
  mkdirSync(join(dist, "lecons"), { recursive: true });
  writeFileSync(join(dist, "lecons/index.html"), "<h1>Leçons</h1>");
  return { root, dist, trash: join(root, "trash") };
}

test("an output set aside leaves its place empty and keeps its files, the same inodes, in the trash", () => {
  const { dist, trash } = site();
  const inode = statSync(join(dist, "lecons/index.html")).ino;
  setAside(dist, trash);
  expect(existsSync(dist)).toBe(false);
  const [kept, ...others] = readdirSync(trash);
  expect(others).toEqual([]);
  const file = join(trash, kept!, "lecons/index.html");
  expect(readFileSync(file, "utf8")).toBe("<h1>Leçons</h1>");
  // Moved, not copied: no inode freed, none taken.
  expect(statSync(file).ino).toBe(inode);
});

test("outputs of the same name, set aside build after build, are all kept until the trash is emptied", () => {
  const { root, dist, trash } = site();
  setAside(dist, trash);
  mkdirSync(dist);
  writeFileSync(join(dist, "sw.js"), "// deuxième construction");
  setAside(dist, trash);
  setAside(join(root, "absent"), trash);
  expect(readdirSync(trash)).toHaveLength(2);
  emptyTrash(trash);
  expect(existsSync(trash)).toBe(false);
  expect(readdirSync(root)).toEqual([]);
});
