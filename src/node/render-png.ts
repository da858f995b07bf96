/**
 * Charts from SVG to PNG with resvg (no browser needed), with the DejaVu fonts from the
 * dejavu-fonts-ttf package, so a chart looks the same on every machine whatever fonts it has.
 * Rendered at about 1 200 pixels wide at most (one and a half times a single chart's drawn
 * size; a grid of charts at about its own size): some 150 dpi across a printed page, and quick to
 * encode (the pixels, not the drawing, are what PNG encoding costs).
 */
import type { Resvg as ResvgClass } from "@resvg/resvg-js";
import path from "node:path";
import type { Chart } from "../reports/charts/svg";

const FONT_FOLDER = path.join(path.dirname(require.resolve("dejavu-fonts-ttf/package.json")), "ttf");
const FONT_FILES = ["DejaVuSans.ttf", "DejaVuSans-Bold.ttf"].map((file) => path.join(FONT_FOLDER, file));

const MAX_WIDTH = 1200;

/** resvg's native module, loaded with the first chart: some 6 MiB that a process which draws no chart never needs. */
function resvgClass(): typeof ResvgClass {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- lazy on purpose (above); Node only
  return (require("@resvg/resvg-js") as { Resvg: typeof ResvgClass }).Resvg;
}

export function renderPng(chart: Chart): Uint8Array {
  const Resvg = resvgClass();
  const resvg = new Resvg(chart.svg, {
    fitTo: { mode: "width", value: Math.max(chart.width, Math.min(Math.round(chart.width * 1.5), MAX_WIDTH)) },
    font: { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: "DejaVu Sans" },
  });
  return new Uint8Array(resvg.render().asPng());
}
