// The search's code, loaded only when someone searches (the header's launcher or /recherche/)
// or opens a page from a result: one file, at an address the launcher knows at build.
import "./search-box";
import { highlightSearched } from "./page-highlight";

if (new URLSearchParams(location.search).has("surligner")) highlightSearched();
