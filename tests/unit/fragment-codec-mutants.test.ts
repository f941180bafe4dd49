import { describe, expect, test } from "vitest";
import { packFragment, unpackFragment } from "../../src/lib/fragment-codec.ts";

// Mutation-testing companions: each case pins a behaviour a surviving mutant broke.
const roomy = { maxLength: 10_000, maxJsonBytes: 10_000 };

/** Raw bytes deflated and written as packFragment writes them, to send what it never would. */
async function packBytes(prefix: string, bytes: Uint8Array): Promise<string> {
  const deflated = new Uint8Array(
    await new Response(
      new Blob([bytes as BlobPart]).stream().pipeThrough(new CompressionStream("deflate-raw")),
    ).arrayBuffer(),
  );
  const base64 = btoa(String.fromCharCode(...deflated));
  return prefix + base64.replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

describe("unpackFragment", () => {
  test("a fragment exactly at the length limit is read", async () => {
    const fragment = await packFragment("a1.", { n: "x".repeat(50) });
    const value = { n: "x".repeat(50) };
    expect(await unpackFragment("a1.", fragment, { ...roomy, maxLength: fragment.length })).toEqual({
      ok: true,
      value,
    });
    expect(await unpackFragment("a1.", fragment, { ...roomy, maxLength: fragment.length - 1 })).toEqual({
      ok: false,
      failure: "too-long",
    });
  });

  test("JSON exactly at the size limit is read", async () => {
    const value = { n: "y".repeat(100) };
    const bytes = JSON.stringify(value).length;
    const fragment = await packFragment("a1.", value);
    expect(await unpackFragment("a1.", fragment, { ...roomy, maxJsonBytes: bytes })).toEqual({ ok: true, value });
    expect(await unpackFragment("a1.", fragment, { ...roomy, maxJsonBytes: bytes - 1 })).toEqual({
      ok: false,
      failure: "too-big",
    });
  });

  test("another version is told from another kind, whatever the digits in the prefix", async () => {
    expect(await unpackFragment("a1.", "zzz", roomy)).toEqual({ ok: false, failure: "broken" });
    expect(await unpackFragment("a12.", "a2.abc", roomy)).toEqual({ ok: false, failure: "other-version" });
    expect(await unpackFragment("v2.a1.", "v2.a2.abc", roomy)).toEqual({ ok: false, failure: "other-version" });
  });

  test("bytes that are not UTF-8 are broken, not read with replacement characters", async () => {
    const fragment = await packBytes("a1.", new Uint8Array([0x22, 0xff, 0x22]));
    expect(await unpackFragment("a1.", fragment, roomy)).toEqual({ ok: false, failure: "broken" });
    const good = await packBytes("a1.", new TextEncoder().encode('"é"'));
    expect(await unpackFragment("a1.", good, roomy)).toEqual({ ok: true, value: "é" });
  });
});
