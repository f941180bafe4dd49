// What the offline worker's registration says when a new release takes over the page.

export const UPDATE_AVAILABLE = "Nouvelle version disponible\u00a0: ";
export const RELOAD_PAGE = "Recharger la page";
