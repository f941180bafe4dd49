// What a build leaves is set aside before the next one, and deleted once the bench is over.
// Deleting it just before a build slows that build down on these machines: their disk is ext4
// without a journal, where the kernel gives a new file none of the inodes freed in the last
// minute (five more while the inode's block is not yet on the disk), checking each on its way
// (fs/ext4/ialloc.c, find_inode_bit and recently_deleted). A build that writes thousands of files
// right after thousands were deleted spent 3 to 4 s of processor time in that search at a
// thousand lessons (`perf record`: 6.6 and 8.2 % of the samples, against 0.9 % with the old output
// moved away), a cost that varied with what was deleted when: the spread between runs narrowed
// once outputs were set aside (README, « Performance and benchmark »). A renamed folder frees
// nothing.
import { existsSync, mkdirSync, renameSync, rmSync } from "node:fs";
import { basename, join } from "node:path";
import { ROOT } from "../tests/support/paths.ts";

/** Where outputs wait, on the same disk as the sites built (a rename moves no file). */
export const TRASH = join(ROOT, "tmp/bench/trash");

let count = 0;

/** Moves `path`, when it exists, into `trash` under a name of its own; frees no inode. */
export function setAside(path: string, trash = TRASH): void {
  if (!existsSync(path)) return;
  mkdirSync(trash, { recursive: true });
  let target: string;
  do target = join(trash, `${process.pid}-${count++}-${basename(path)}`);
  while (existsSync(target));
  renameSync(path, target);
}

/** Deletes what was set aside: once no build is measured any more. */
export function emptyTrash(trash = TRASH): void {
  rmSync(trash, { recursive: true, force: true });
}
