// The words of the lesson ticks (components/progress/lesson-ticks.ts). Plain constants that
// import nothing, not even ../french: that island is inlined in list pages only while its
// code imports no shared chunk (the budget test checks it stays inline and under 2 KB).

export const TICK_READ = "Lue";
export const TICK_QUIZ_PASSED = "Quiz réussi";
/** For an explainer (data-check on the slot): its « Pour vérifier » answered right, no quiz. */
export const TICK_CHECKED = "Vérifié";
/** Before the lesson's link: "Reprendre : <leçon>". */
export const RESUME = "Reprendre\u00a0: ";
