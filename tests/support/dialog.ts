// Answers a confirmation dialog (components/ConfirmDialog.astro) and waits for its close event:
// the page acts on the answer in that event's handler, which runs a task after the click. What a
// test reads after this is what the page did with the answer, never what it had not done yet.
import type { ElementHandle, Locator } from "playwright-core";

type Watched = HTMLDialogElement & { relaisClosed?: Promise<string> };

/** Clicks the dialog's button named `button` and returns the dialog's returnValue once it has closed. */
export async function answerDialog(dialog: Locator, button: string): Promise<string> {
  // The element itself: once closed, the dialog no longer matches a locator by role.
  const element = (await dialog.elementHandle()) as ElementHandle<Watched>;
  await element.evaluate((d) => {
    d.relaisClosed = new Promise((resolve) =>
      d.addEventListener("close", () => resolve(d.returnValue), { once: true }),
    );
  });
  await dialog.getByRole("button", { name: button, exact: true }).click();
  const value = await element.evaluate((d) => d.relaisClosed!);
  await element.dispose();
  return value;
}
