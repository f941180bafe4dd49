// Data carried in a URL fragment (never sent to any server): compact JSON,
// deflated, base64url, behind a prefix naming what it is and its version
// ("r1." a checklist, "a1." an assignment). Unpacking trusts nothing: the
// length is checked before inflating and the size while inflating, so a short
// link cannot unpack into a huge one. What the JSON must look like is the
// caller's business.

export type UnpackFailure = "too-long" | "broken" | "other-version" | "too-big";
export type Unpacked = { ok: true; value: unknown } | { ok: false; failure: UnpackFailure };

interface Limits {
  /** Longer fragments are refused unread. */
  maxLength: number;
  /** Inflated JSON beyond this many bytes is refused. */
  maxJsonBytes: number;
}

class TooBig extends Error {}

const toBase64Url = (bytes: Uint8Array) => {
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
};

function fromBase64Url(text: string): Uint8Array {
  const binary = atob(text.replace(/-/g, "+").replace(/_/g, "/"));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

async function transform(
  bytes: Uint8Array,
  stream: CompressionStream | DecompressionStream,
  limit = Infinity,
): Promise<Uint8Array> {
  const reader = new Blob([bytes as BlobPart]).stream().pipeThrough(stream).getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > limit) {
      await reader.cancel();
      throw new TooBig();
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) out.set(chunk, (at += chunk.length) - chunk.length);
  return out;
}

/** The fragment (without "#") carrying `value` as JSON behind `prefix` (e.g. "a1."). */
export async function packFragment(prefix: string, value: unknown): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(value));
  return prefix + toBase64Url(await transform(json, new CompressionStream("deflate-raw")));
}

/** The parsed JSON of a fragment made by packFragment with the same prefix. */
export async function unpackFragment(prefix: string, fragment: string, limits: Limits): Promise<Unpacked> {
  if (fragment.length > limits.maxLength) return { ok: false, failure: "too-long" };
  if (!fragment.startsWith(prefix)) {
    // Same kind, another version ("a2." where "a1." is expected): say so rather than "broken".
    const kind = prefix.replace(/\d+\.$/, "");
    const otherVersion = new RegExp(`^${kind}\\d+\\.`).test(fragment);
    return { ok: false, failure: otherVersion ? "other-version" : "broken" };
  }
  try {
    const json = await transform(
      fromBase64Url(fragment.slice(prefix.length)),
      new DecompressionStream("deflate-raw"),
      limits.maxJsonBytes,
    );
    return { ok: true, value: JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(json)) };
  } catch (error) {
    return { ok: false, failure: error instanceof TooBig ? "too-big" : "broken" };
  }
}
