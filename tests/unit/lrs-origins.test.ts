import { describe, expect, test } from "vitest";
import { connectSrc, lrsOriginsOfPolicy, parseLrsOrigins } from "../../src/lib/lms/lrs-origins.ts";

describe("parseLrsOrigins (RELAIS_LRS_ORIGINS)", () => {
  test("none by default", () => {
    expect(parseLrsOrigins(undefined)).toEqual([]);
    expect(parseLrsOrigins(" , ")).toEqual([]);
  });

  test("comma-separated origins, trimmed, a final slash dropped, duplicates once", () => {
    expect(parseLrsOrigins("https://lrs.example.org, https://lrs.example.org/ ,http://127.0.0.1:8080")).toEqual([
      "https://lrs.example.org",
      "http://127.0.0.1:8080",
    ]);
    expect(parseLrsOrigins("https://LRS.Example.org:8443")).toEqual(["https://lrs.example.org:8443"]);
  });

  test.each([
    ["lrs.example.org", /illisible/],
    ["ftp://lrs.example.org", /https:\/\/ attendu/],
    ["http://lrs.example.org", /que sur la machine/],
    ["https://lrs.example.org/xapi/", /sans chemin/],
    ["https://lrs.example.org?x=1", /sans chemin/],
    ["https://user:secret@lrs.example.org", /identifiants/],
    ["https://lrs.example.org:443", /sans chemin/],
  ])("refuses %s", (value, message) => {
    expect(() => parseLrsOrigins(`https://ok.example.org,${value}`)).toThrow(message);
    expect(() => parseLrsOrigins(value)).toThrow(/^RELAIS_LRS_ORIGINS\u00a0: «\u00a0/);
  });
});

describe("the policy", () => {
  test("connect-src is 'self' alone unless origins are given", () => {
    expect(connectSrc([])).toBe("connect-src 'self'");
    expect(connectSrc(["https://lrs.example.org", "http://127.0.0.1:9"])).toBe(
      "connect-src 'self' https://lrs.example.org http://127.0.0.1:9",
    );
  });

  test("the origins read back from a page's policy are those the build put there", () => {
    const policy = `default-src 'self'; img-src 'self' data:; ${connectSrc(["https://lrs.example.org"])}; worker-src 'self' blob:`;
    expect(lrsOriginsOfPolicy(policy)).toEqual(["https://lrs.example.org"]);
    expect(lrsOriginsOfPolicy("default-src 'self'; connect-src 'self'")).toEqual([]);
    expect(lrsOriginsOfPolicy("default-src https://lrs.example.org")).toEqual([]);
  });
});
