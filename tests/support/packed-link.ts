// A link fragment packed by hand as src/lib/fragment-codec.ts packs one (JSON, deflate-raw,
// base64url, behind a prefix such as "a1." or "r1."), with Node's zlib rather than the code
// under test: tests craft what the encoder never writes (tampered, oversized, foreign ids).
import { deflateRawSync } from "node:zlib";

export const packedLink = (prefix: string, json: string): string => prefix + deflateRawSync(json).toString("base64url");
