// A build's content check runs in a process of its own while Astro starts, and Astro's content loaders
// read beside it (src/lib/content-check/content-gate.ts): what they say or throw waits for the
// check, and a content problem fails them with the check's list, never with Astro's own words.
import { afterEach, describe, expect, test, vi } from "vitest";
import { cpSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { constants, enableCompileCache, getCompileCacheDir } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Loader, LoaderContext } from "astro/loaders";
import { heldUntilChecked, heldLogger, setContentCheck } from "../../src/lib/content-check/content-gate.ts";
import { ContentError, type ContentProblem } from "../../src/lib/course/content-problems.ts";
import {
  checkContentOnDisk,
  checkContentInProcess,
  checkProcessEnv,
  contentCheck,
} from "../../src/integrations/content-check.ts";
import { useAuthorMessages } from "../../src/schemas/messages.ts";
import { BASE_CONTENT } from "../support/content-files.ts";
import { ROOT } from "../support/paths.ts";

useAuthorMessages();

afterEach(() => {
  delete (globalThis as Record<symbol, unknown>)[Symbol.for("relais.content-check")];
});

/** A logger that writes down what it is told. */
function recorder() {
  const said: string[] = [];
  const logger = {
    label: "content",
    options: {},
    info: (message: string) => void said.push(`info ${message}`),
    warn: (message: string) => void said.push(`warn ${message}`),
    error: (message: string) => void said.push(`error ${message}`),
    debug: () => {},
    fork: () => logger,
  };
  return { said, logger: logger as unknown as LoaderContext["logger"] };
}

/** A check under way, finished when the test says. */
function checkUnderWay() {
  let finish!: (problems: readonly ContentProblem[]) => void;
  setContentCheck(new Promise((resolve) => (finish = resolve)));
  return (problems: readonly ContentProblem[]) => finish(problems);
}

/** A loader that reads (marks `read`), warns as Astro's glob loader does, then fails if asked. */
function astroLikeLoader(failure?: Error) {
  const state = { read: false };
  const loader: Loader = {
    name: "glob-loader",
    load: async ({ logger }) => {
      state.read = true;
      logger.warn("No contents found for vide.mdx");
      if (failure) throw failure;
    },
  };
  return { state, loader };
}

const PROBLEM: ContentProblem = {
  file: "content/lessons/a.mdx",
  line: 3,
  field: "title",
  message: "le titre est obligatoire",
};
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("content loaders beside the build's content check", () => {
  test("the loader reads while the check runs, and its words wait until the check has found nothing", async () => {
    const finish = checkUnderWay();
    const { said, logger } = recorder();
    const { state, loader } = astroLikeLoader();
    const loading = heldUntilChecked(loader).load({ logger } as LoaderContext);
    await settle();
    expect(state.read).toBe(true);
    expect(said).toEqual([]);
    finish([]);
    await loading;
    expect(said).toEqual(["warn No contents found for vide.mdx"]);
  });

  test("a content problem fails the load with the check's list; Astro's failure and words are dropped", async () => {
    const finish = checkUnderWay();
    const { said, logger } = recorder();
    const { loader } = astroLikeLoader(new Error("lessons → a data does not match collection schema"));
    const loading = heldUntilChecked(loader).load({ logger } as LoaderContext);
    finish([PROBLEM]);
    const error = await loading.then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ContentError);
    expect((error as ContentError).message).toContain("content/lessons/a.mdx:3  title: le titre est obligatoire");
    expect((error as ContentError).message).not.toContain("collection schema");
    expect(said).toEqual([]);
  });

  test("when the check finds nothing, the loader's own failure is the load's", async () => {
    const finish = checkUnderWay();
    const { logger } = recorder();
    const { loader } = astroLikeLoader(new Error("Astro a échoué"));
    const loading = heldUntilChecked(loader).load({ logger } as LoaderContext);
    finish([]);
    await expect(loading).rejects.toThrow("Astro a échoué");
  });

  test("without a check under way (`astro sync`, the dev server), the loader runs and speaks as it is", async () => {
    const { said, logger } = recorder();
    const { loader } = astroLikeLoader();
    await heldUntilChecked(loader).load({ logger } as LoaderContext);
    expect(said).toEqual(["warn No contents found for vide.mdx"]);
  });

  test("a held logger says what it kept in order on release, then passes every word straight on", () => {
    const { said, logger } = recorder();
    const held = heldLogger(logger);
    held.logger.info("un");
    held.logger.error("deux");
    expect(said).toEqual([]);
    held.release();
    held.logger.warn("trois");
    expect(said).toEqual(["info un", "error deux", "warn trois"]);
  });
});

/** A copy of the fixture content whose first lesson has no title and an impossible date. */
function brokenContent() {
  const content = mkdtempSync(join(tmpdir(), "relais-process-check-"));
  cpSync(BASE_CONTENT, content, { recursive: true });
  const lesson = join(content, "lessons/alpha/premiere.mdx");
  writeFileSync(
    lesson,
    readFileSync(lesson, "utf8")
      .replace(/^title: .*\n/m, "")
      .replace(/^checked: .*$/m, "checked: 2026-02-30"),
  );
  return content;
}

test("the check in its own process finds what the check finds in this one", async () => {
  const content = brokenContent();
  const inProcess = await checkContentInProcess(ROOT, content);
  expect(inProcess.map((p) => p.message)).toEqual([
    "le titre est obligatoire",
    "date de vérification\u00a0: «\u00a02026-02-30\u00a0» n'est pas un jour du calendrier",
  ]);
  expect(inProcess).toEqual(checkContentOnDisk(ROOT, content));
});

test("the check's process keeps Node's compile cache where the building process keeps one, and only then", async () => {
  expect(checkProcessEnv({ LANG: "fr" }, undefined)).toEqual({ LANG: "fr" });
  expect(checkProcessEnv({ LANG: "fr" }, "/tmp/cache/v24-x64")).toEqual({
    LANG: "fr",
    NODE_COMPILE_CACHE: "/tmp/cache",
  });
  // This test's process keeps one in a folder of its own: the check's process writes its modules' code there.
  const cache = mkdtempSync(join(tmpdir(), "relais-compile-cache-"));
  expect(enableCompileCache(cache).status).toBe(constants.compileCacheStatus.ENABLED);
  const kept = getCompileCacheDir()!;
  expect(kept.startsWith(cache)).toBe(true);
  expect(readdirSync(kept)).toEqual([]);
  // This process writes its own only as it ends: what comes there, the check's process wrote (as it
  // ended, just after its answer).
  await checkContentInProcess(ROOT, BASE_CONTENT);
  await vi.waitFor(() => expect(readdirSync(kept).length).toBeGreaterThan(10), { timeout: 20_000, interval: 50 });
});

describe("which commands start the check in a process", () => {
  /** The integration for `content`, set up as `command` sets it up. */
  const setup = async (command: string, content = BASE_CONTENT) => {
    const integration = contentCheck(content);
    await integration.hooks["astro:config:setup"]!({
      config: { root: pathToFileURL(`${ROOT}/`) },
      command,
      logger: recorder().logger,
      updateConfig: () => {},
    } as never);
    return integration;
  };

  test("`astro build` and `astro sync` (which `astro check` runs) leave the check's answer for the loaders", async () => {
    for (const command of ["build", "sync"]) {
      await setup(command);
      const gate = (globalThis as Record<symbol, Promise<readonly ContentProblem[]> | undefined>)[
        Symbol.for("relais.content-check")
      ];
      expect(await gate).toEqual([]);
    }
  });

  test("`astro dev` leaves no check at the gate, even one a build of the same process left there", async () => {
    await setup("build");
    await setup("dev");
    expect((globalThis as Record<symbol, unknown>)[Symbol.for("relais.content-check")]).toBeUndefined();
  });

  test("a build whose loaders did not stop it stops at its start, with the check's list", async () => {
    const integration = await setup("build", brokenContent());
    await expect(integration.hooks["astro:build:start"]!({} as never)).rejects.toThrow(
      "title: le titre est obligatoire",
    );
  });

  test("`astro preview` serves what was built: no check is started", async () => {
    await setup("preview");
    expect((globalThis as Record<symbol, unknown>)[Symbol.for("relais.content-check")]).toBeUndefined();
  });
});
