// The cmi5 launch parameters: a genuine launch is read; a missing, malformed or forged parameter is
// refused and named, before anything is sent; the French message says what still works.
import { describe, expect, test } from "vitest";
import { checkLaunch, isCmi5Launch, type LaunchProblem } from "../../src/lib/lms/cmi5-launch.ts";
import { cmi5LaunchRefused, CMI5_UNREACHABLE } from "../../src/lib/lms/lms-wording.ts";

const LRS = "https://lrs.example.org";
const LMS = "https://lms.example.org";
const actor = { objectType: "Agent", name: "Léa", account: { homePage: LMS, name: "lea-42" } };
const genuine = {
  endpoint: `${LRS}/xapi`,
  fetch: `${LMS}/cmi5/fetch/abc?one=time`,
  actor: JSON.stringify(actor),
  registration: "0c3fa0b4-5d3f-4b9b-9c1e-2b1f0f3a8e11",
  activityId: "https://lms.example.org/activities/7f2e",
};
const search = (changes: Record<string, string | null> = {}) => {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries({ ...genuine, ...changes })) if (value !== null) params.set(name, value);
  return params;
};
const refused = (changes: Record<string, string | null>, origins = [LRS, LMS]) => {
  const check = checkLaunch(search(changes), origins);
  if (check.ok) throw new Error("accepted");
  return check.problem;
};

describe("checkLaunch", () => {
  test("a genuine launch, in any order, gives the endpoint ending with a slash", () => {
    const reversed = new URLSearchParams([...search().entries()].reverse());
    const check = checkLaunch(reversed, [LRS, LMS]);
    expect(check).toEqual({
      ok: true,
      launch: { ...genuine, endpoint: `${LRS}/xapi/`, actor },
    });
  });

  test("an actor without objectType is an Agent; its other properties are dropped", () => {
    const check = checkLaunch(
      search({ actor: JSON.stringify({ account: { homePage: LMS, name: "x" }, mbox: "mailto:x@y.z" }) }),
      [LRS, LMS],
    );
    expect(check.ok && check.launch.actor).toEqual({ objectType: "Agent", account: { homePage: LMS, name: "x" } });
  });

  test.each(["endpoint", "fetch", "actor", "registration", "activityId"])("%s missing or empty", (name) => {
    expect(refused({ [name]: null })).toEqual({ kind: "missing", parameter: name });
    expect(refused({ [name]: "" })).toEqual({ kind: "missing", parameter: name });
  });

  test.each([
    ["actor", "{not json"],
    ["actor", JSON.stringify({ mbox: "mailto:lea@example.org" })],
    ["actor", JSON.stringify({ objectType: "Group", account: { homePage: LMS, name: "x" } })],
    ["actor", JSON.stringify({ account: { homePage: "javascript:alert(1)", name: "x" } })],
    ["actor", JSON.stringify({ account: { homePage: LMS, name: "" } })],
    ["actor", "null"],
    ["registration", "42"],
    ["registration", "0c3fa0b4-5d3f-4b9b-9c1e-2b1f0f3a8e1"],
    ["activityId", "not an iri"],
    ["activityId", "/relative/path"],
    ["endpoint", "javascript:alert(1)"],
    ["endpoint", "lrs.example.org/xapi"],
    ["endpoint", "https://user:pass@lrs.example.org/xapi"],
    ["fetch", "data:text/plain,token"],
  ])("%s malformed: %s", (parameter, value) => {
    expect(refused({ [parameter]: value })).toEqual({ kind: "invalid", parameter });
  });

  test("a parameter given twice is refused", () => {
    const params = search();
    params.append("endpoint", "https://evil.example.net/xapi");
    expect(checkLaunch(params, [LRS, LMS])).toEqual({ ok: false, problem: { kind: "invalid", parameter: "endpoint" } });
  });

  test("an endpoint or fetch URL on an origin the site was not built for is refused, named", () => {
    expect(refused({ endpoint: "https://evil.example.net/xapi/" })).toEqual({
      kind: "origin",
      parameter: "endpoint",
      origin: "https://evil.example.net",
    });
    expect(refused({ fetch: "https://lms.example.org.evil.net/fetch" })).toEqual({
      kind: "origin",
      parameter: "fetch",
      origin: "https://lms.example.org.evil.net",
    });
    // Same host, another port or scheme: another origin.
    expect(refused({ endpoint: "http://lrs.example.org/xapi" })).toMatchObject({ kind: "origin" });
    expect(refused({ endpoint: "https://lrs.example.org:8443/xapi" })).toMatchObject({ kind: "origin" });
    // No origin allowed at all (the default build): every launch is refused.
    expect(refused({}, [])).toEqual({ kind: "origin", parameter: "endpoint", origin: LRS });
  });
});

test("isCmi5Launch: any one parameter makes a launch to honour or refuse", () => {
  expect(isCmi5Launch(new URLSearchParams(""))).toBe(false);
  expect(isCmi5Launch(new URLSearchParams("q=crise"))).toBe(false);
  expect(isCmi5Launch(new URLSearchParams("fetch=x"))).toBe(true);
  expect(isCmi5Launch(new URLSearchParams("actor=x"))).toBe(true);
});

describe("what the page says", () => {
  const problems: LaunchProblem[] = [
    { kind: "missing", parameter: "actor" },
    { kind: "invalid", parameter: "registration" },
    { kind: "origin", parameter: "endpoint", origin: "https://evil.example.net" },
  ];
  test.each(problems)("$kind $parameter: why, and that progress stays on the device", (problem) => {
    const text = cmi5LaunchRefused(problem);
    expect(text).toMatch(/^Suivi par la plateforme impossible\. Le lien envoyé par votre plateforme de formation /);
    expect(text).toContain(`(${problem.parameter})`);
    expect(text).toContain("restent enregistrées sur cet appareil, dans «\u00a0Mon parcours\u00a0»\u00a0;");
    expect(text).not.toMatch(/ [:;!?»]/);
  });
  test("a forged origin is named", () => {
    expect(cmi5LaunchRefused(problems[2]!)).toContain(
      "https://evil.example.net, que ce site n’est pas autorisé à joindre",
    );
  });
  test("an unreachable platform", () => {
    expect(CMI5_UNREACHABLE).toMatch(/^Suivi par la plateforme interrompu\u00a0: /);
  });
});
