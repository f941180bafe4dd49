// What the offline worker's registration says (src/lib/offline-wording.ts).
import { expect, test } from "vitest";
import { RELOAD_PAGE, UPDATE_AVAILABLE } from "../../src/lib/offline-wording.ts";

test("update notice", () => {
  expect(UPDATE_AVAILABLE).toBe("Nouvelle version disponible\u00a0: ");
  expect(RELOAD_PAGE).toBe("Recharger la page");
});
