/**
 * Charts from SVG to PNG with resvg (no browser needed), with the DejaVu fonts from the
 * dejavu-fonts-ttf package, so a chart looks the same on every machine whatever fonts it has.
 * Rendered at one and a half times the drawn size: sharp in print, and small enough that a
 * report with a hundred charts stays light.
 */
import { Resvg } from "@resvg/resvg-js";
import path from "node:path";
import type { Chart } from "../reports/charts/svg";

const FONT_FOLDER = path.join(path.dirname(require.resolve("dejavu-fonts-ttf/package.json")), "ttf");
const FONT_FILES = ["DejaVuSans.ttf", "DejaVuSans-Bold.ttf"].map((file) => path.join(FONT_FOLDER, file));

export function renderPng(chart: Chart): Uint8Array {
  const resvg = new Resvg(chart.svg, {
    fitTo: { mode: "width", value: Math.round(chart.width * 1.5) },
    font: { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: "DejaVu Sans" },
  });
  return new Uint8Array(resvg.render().asPng());
}
