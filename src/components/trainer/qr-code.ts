// A QR code as an SVG built node by node (uqr computes the matrix): one path of
// dark modules on a white quiet zone, crisp at any print size. Low error
// correction keeps a whole-course link to fewer, larger modules: it is shown on
// a screen or printed, not worn on a badge.
import { encode } from "uqr";

const SVG = "http://www.w3.org/2000/svg";

/** The modules of `text`'s QR code, or null when it holds more than a QR code can (2,953 bytes). */
export function qrMatrix(text: string): { data: boolean[][]; size: number } | null {
  try {
    return encode(text, { ecc: "L", border: 2 });
  } catch {
    return null; // uqr throws "Data too long" past version 40
  }
}

/** The QR code of `text` as SVG, or null when it does not fit in one. */
export function qrSvg(text: string, label: string): SVGSVGElement | null {
  const matrix = qrMatrix(text);
  if (!matrix) return null;
  const { data, size } = matrix;
  let path = "";
  data.forEach((row, y) =>
    row.forEach((dark, x) => {
      if (dark) path += `M${x} ${y}h1v1h-1z`;
    }),
  );
  const svg = document.createElementNS(SVG, "svg");
  svg.setAttribute("viewBox", `0 0 ${size} ${size}`);
  svg.setAttribute("role", "img");
  svg.setAttribute("aria-label", label);
  svg.setAttribute("shape-rendering", "crispEdges");
  const background = document.createElementNS(SVG, "rect");
  background.setAttribute("width", String(size));
  background.setAttribute("height", String(size));
  background.setAttribute("fill", "#fff");
  const modules = document.createElementNS(SVG, "path");
  modules.setAttribute("d", path);
  modules.setAttribute("fill", "#000");
  svg.append(background, modules);
  return svg;
}
