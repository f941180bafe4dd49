// The Learning Record Stores a page may talk to: the origins given at build time in
// RELAIS_LRS_ORIGINS (comma-separated) join 'self' in the policy's connect-src, on every page; in
// the browser, the cmi5 runtime reads them back from that policy (lrsOriginsOfPolicy), so the list a
// launch is checked against is the one the browser enforces, and no page carries it twice.

/** The origins of RELAIS_LRS_ORIGINS; the build stops, in French, on anything that is not one. */
export function parseLrsOrigins(value: string | undefined): string[] {
  const items = (value ?? "")
    .split(",")
    .map((item) => item.trim())
    .filter(Boolean);
  return [...new Set(items.map(lrsOrigin))];
}

function lrsOrigin(item: string): string {
  const refuse = (why: string): never => {
    throw new Error(`RELAIS_LRS_ORIGINS\u00a0: «\u00a0${item}\u00a0» n’est pas une origine permise (${why}).`);
  };
  let url: URL;
  try {
    url = new URL(item);
  } catch {
    return refuse("adresse illisible");
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") refuse("https:// attendu");
  if (url.protocol === "http:" && !/^(127\.0\.0\.1|localhost|\[::1\])$/.test(url.hostname)) {
    refuse("https:// attendu, http:// n’étant admis que sur la machine elle-même");
  }
  // An origin only: scheme, host and port, nothing after (a path would be silently widened by CSP).
  if (item.replace(/\/$/, "").toLowerCase() !== url.origin)
    refuse("une origine s’écrit sans chemin, ni paramètres, ni identifiants");
  return url.origin;
}

/** The policy's connect-src directive: the site itself and these LRS origins. */
export const connectSrc = (origins: readonly string[]): `connect-src ${string}` =>
  `connect-src 'self'${origins.map((origin) => ` ${origin}`).join("")}`;

/** The http(s) origins a policy's connect-src allows beyond 'self' (what the build put there). */
export function lrsOriginsOfPolicy(policy: string): string[] {
  const directive = policy
    .split(";")
    .map((d) => d.trim().split(/\s+/))
    .find(([name]) => name === "connect-src");
  return (directive ?? []).slice(1).filter((source) => /^https?:\/\/[^/]+$/.test(source));
}
