// What the search islands say, in French (Pagefind's Component UI says some of it in English).
import { plural } from "./french";

/** The accessible name of a filter's dropdown button: « Filtre Public ». */
export const filterName = (label: string) => `Filtre ${label}`;

/** An option of a filter with how many results it has: « Proches, 3 résultats ». */
export const filterOption = (value: string, results: number) => `${value}, ${plural(results, "résultat")}`;
