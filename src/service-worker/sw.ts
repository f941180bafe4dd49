// The service worker's code: Workbox's precaching, as workbox-build's generateSW used to write
// it. The build (integrations/service-worker.ts) bundles this file with esbuild and puts the list
// of built files, each with its revision, where `self.__WB_MANIFEST` stands.
import { clientsClaim, setCacheNameDetails } from "workbox-core";
import { cleanupOutdatedCaches, precacheAndRoute, type PrecacheEntry } from "workbox-precaching";

// What this file uses of a service worker's global scope (the project's types are the page's).
declare const self: { skipWaiting(): Promise<void>; __WB_MANIFEST: PrecacheEntry[] };

setCacheNameDetails({ prefix: "relais" });
// A new release takes over at once, and the page says so (components/offline/offline.ts).
void self.skipWaiting();
clientsClaim();
// The certificate, the search page and received links carry their state in the query or the fragment.
precacheAndRoute(self.__WB_MANIFEST, { ignoreURLParametersMatching: [/.*/] });
cleanupOutdatedCaches();
