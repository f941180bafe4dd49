import type { APIRoute } from "astro";
import { href } from "../lib/urls";

// The web app manifest: Relais can be installed on a phone or a computer, in French, and
// opens on its home page, under whatever base path the site is served from.
export const GET: APIRoute = () =>
  new Response(
    JSON.stringify({
      name: "Relais — former et expliquer le métier de CM",
      short_name: "Relais",
      description:
        "Le métier de community manager, appris et expliqué\u00a0: leçons, fiches réflexes, quiz et simulations.",
      lang: "fr",
      dir: "ltr",
      start_url: href(),
      scope: href(),
      display: "standalone",
      background_color: "#faf8f3",
      theme_color: "#0b6e4f",
      icons: [
        { src: href("icon-192.png"), sizes: "192x192", type: "image/png", purpose: "any" },
        { src: href("icon-512.png"), sizes: "512x512", type: "image/png", purpose: "any" },
        { src: href("favicon.svg"), sizes: "any", type: "image/svg+xml" },
      ],
    }),
    { headers: { "Content-Type": "application/manifest+json" } },
  );
