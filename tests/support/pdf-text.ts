// The text of each page of a PDF that Chromium printed (page.pdf()), enough for a test to say
// what a printed page shows: streams inflated, glyphs read back through each font's ToUnicode
// map, one line per text object. Made for Chromium's own output (Skia), not for any PDF.
import { inflateSync } from "node:zlib";

/** The text of each page, in page order, NFKC-normalised (a printed « ﬁ » ligature reads « fi »). */
export function pdfPages(pdf: Buffer): string[] {
  const source = pdf.toString("latin1");
  const objects = new Map([...source.matchAll(/(\d+) 0 obj([\s\S]*?)endobj/g)].map((m) => [m[1]!, m[2]!]));
  const object = (ref: string | undefined) => objects.get(ref ?? "") ?? "";
  const stream = (ref: string | undefined) => {
    const body = object(ref);
    const start = body.indexOf("stream") + "stream".length;
    const raw = Buffer.from(body.slice(start, body.lastIndexOf("endstream")).replace(/^\r?\n/, ""), "latin1");
    return (/FlateDecode/.test(body.slice(0, start)) ? inflateSync(raw) : raw).toString("latin1");
  };
  const ref = (body: string, key: string) => body.match(new RegExp(`/${key} (\\d+) 0 R`))?.[1];
  const hex = (code: string) => String.fromCodePoint(...(code.match(/.{4}/g) ?? []).map((u) => parseInt(u, 16)));

  /** Glyph code (4 hex digits) → text, from a font's ToUnicode CMap. */
  const glyphs = (font: string) => {
    const cmap = stream(ref(object(font), "ToUnicode"));
    const map = new Map<string, string>();
    for (const [, code, text] of cmap.matchAll(/^<(\w{4})> <(\w+)>$/gm)) map.set(code!.toUpperCase(), hex(text!));
    for (const [, from, to, text] of cmap.matchAll(/^<(\w{4})> <(\w{4})> <(\w+)>$/gm)) {
      for (let g = parseInt(from!, 16); g <= parseInt(to!, 16); g++) {
        const code = g.toString(16).toUpperCase().padStart(4, "0");
        map.set(code, String.fromCodePoint(parseInt(text!, 16) + g - parseInt(from!, 16)));
      }
    }
    return map;
  };

  const root = [...objects.values()].find((body) => /\/Type \/Pages\b/.test(body) && /\/Kids/.test(body)) ?? "";
  const kids = [...(root.match(/\/Kids \[([^\]]*)\]/)?.[1] ?? "").matchAll(/(\d+) 0 R/g)].map((m) => m[1]!);
  return kids.map((page) => {
    const body = object(page);
    const resources = ref(body, "Resources") ? object(ref(body, "Resources")) : body;
    const fontList = resources.match(/\/Font\s*(<<[^>]*>>|\d+ 0 R)/)?.[1] ?? "";
    const fontDict = /^\d+ 0 R$/.test(fontList) ? object(fontList.split(" ")[0]) : fontList;
    const fonts = new Map([...fontDict.matchAll(/\/(\w+) (\d+) 0 R/g)].map((m) => [m[1]!, glyphs(m[2]!)]));
    let font = new Map<string, string>();
    let text = "";
    for (const [, name, array, single, end] of stream(ref(body, "Contents")).matchAll(
      /\/(\w+) [\d.]+ Tf|\[(.*?)\]\s*TJ|<(\w*)>\s*Tj|(ET)/g,
    )) {
      if (name) font = fonts.get(name) ?? new Map();
      else if (end) text += "\n";
      else {
        const codes = single !== undefined ? [single] : [...array!.matchAll(/<(\w*)>/g)].map((m) => m[1]!);
        for (const code of codes.join("").match(/.{4}/g) ?? []) text += font.get(code.toUpperCase()) ?? "\ufffd";
      }
    }
    return text.normalize("NFKC").replace(/\n+/g, "\n").trim();
  });
}
