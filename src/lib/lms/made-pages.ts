import type { PageContext } from "./package-page.ts";

// A page of the built site is in several packages of one build (a lesson in the whole course's
// and in its module's, the glossary in all of them). Made into a package page (packagePage), it
// comes out the same in each, unless it links to a page one package holds and another lacks: what
// it asked of the package's pages (PageContext.pages) is all that differs. So a page made is kept
// with the answers it got, and given as it is to the next package whose pages answer the same;
// it is let go once every package that lists it has had it. Kept pages are bounded in bytes: past
// the bound, a page is made again (the same bytes, only slower).

/** A page as a package holds it (encoded), and the files it loads. */
export interface MadePage {
  html: Uint8Array;
  assets: readonly string[];
}

interface KeptPage extends MadePage {
  /** What the page asked of the package's pages, and the answers. */
  asked: ReadonlyMap<string, string | undefined>;
}

export interface MadePages {
  kept: Map<string, KeptPage>;
  /** How many packages of the build list each page. */
  listed: ReadonlyMap<string, number>;
  /** How many packages have asked for each page so far. */
  turns: Map<string, number>;
  bytes: number;
  limit: number;
}

type Pages = PageContext["pages"];

/** No page kept yet, for packages listing pages `listed` times each (page → count). */
export const noMadePages = (listed: ReadonlyMap<string, number>, limit = 64 * 1024 * 1024): MadePages => ({
  kept: new Map(),
  listed,
  turns: new Map(),
  bytes: 0,
  limit,
});

/** The package's pages as packagePage reads them, and every question asked, with its answer. */
export function askedPages(pages: Pages): { pages: Pages; asked: Map<string, string | undefined> } {
  const asked = new Map<string, string | undefined>();
  return {
    asked,
    pages: {
      get: (file) => {
        const answer = pages.get(file);
        asked.set(file, answer);
        return answer;
      },
    },
  };
}

const answersSame = (asked: ReadonlyMap<string, string | undefined>, pages: Pages) =>
  [...asked].every(([file, answer]) => pages.get(file) === answer);

/**
 * A package asks for `page`: the one made for another package of this build, if it comes out the
 * same with this package's `pages`. A page kept is let go at the turn of the last package listing it.
 */
export function madeBefore(made: MadePages, page: string, pages: Pages): MadePage | undefined {
  const turn = (made.turns.get(page) ?? 0) + 1;
  made.turns.set(page, turn);
  const kept = made.kept.get(page);
  if (!kept) return undefined;
  if (turn >= (made.listed.get(page) ?? 0)) {
    made.kept.delete(page);
    made.bytes -= kept.html.length;
  }
  return answersSame(kept.asked, pages) ? kept : undefined;
}

/**
 * Keeps the page the asking package just made (`asked`: see askedPages) for the packages still to
 * ask for it, unless one is kept already, or none is left to ask, or it would pass the bound.
 */
export function keepMade(
  made: MadePages,
  page: string,
  result: MadePage,
  asked: ReadonlyMap<string, string | undefined>,
) {
  const left = (made.listed.get(page) ?? 0) - (made.turns.get(page) ?? 0);
  if (left <= 0 || made.kept.has(page) || made.bytes + result.html.length > made.limit) return;
  made.kept.set(page, { ...result, asked });
  made.bytes += result.html.length;
}
