/**
 * Small helpers for writing SVG by hand: text is always escaped (goal and indicator names come
 * from workbooks), numbers are rounded so the markup stays small.
 */

/** A chart as SVG markup with the size it is drawn at (pixels). */
export interface Chart {
  readonly svg: string;
  readonly width: number;
  readonly height: number;
  /** What the chart shows, for the image's alternative text. */
  readonly description: string;
}

/**
 * Turns a chart into PNG bytes: resvg in Node, a canvas in the browser (which is asynchronous).
 * Injected, so the reports need neither native code nor a DOM.
 */
export type ChartRenderer = (chart: Chart) => Uint8Array | Promise<Uint8Array>;

export function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");
}

const round = (n: number) => Math.round(n * 10) / 10;

export const FONT = "DejaVu Sans, Arial, sans-serif";

export function text(x: number, y: number, content: string, options: { size?: number; anchor?: "start" | "middle" | "end"; weight?: "bold"; fill?: string } = {}): string {
  return `<text x="${round(x)}" y="${round(y)}" font-family="${FONT}" font-size="${options.size ?? 12}" text-anchor="${options.anchor ?? "start"}"${options.weight === undefined ? "" : ` font-weight="${options.weight}"`} fill="${options.fill ?? "#222"}">${escapeXml(content)}</text>`;
}

export function rect(x: number, y: number, width: number, height: number, fill: string, stroke = "none"): string {
  return `<rect x="${round(x)}" y="${round(y)}" width="${round(Math.max(0, width))}" height="${round(Math.max(0, height))}" fill="${fill}" stroke="${stroke}"/>`;
}

export function svgDocument(width: number, height: number, body: readonly string[]): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${rect(0, 0, width, height, "#ffffff")}${body.join("")}</svg>`;
}

/** Shortens a label to fit about `max` characters. */
export function clip(label: string, max: number): string {
  return label.length <= max ? label : `${label.slice(0, max - 1)}…`;
}

/** The statuses' colours, as Excel's good/neutral/bad fills, darkened enough to print. */
export const STATUS_COLOURS = { green: "#4caf50", yellow: "#f2c200", red: "#d9443a", missing: "#a6a6a6" } as const;

/**
 * Charts side by side in a grid, as one picture: small multiples of the same kind of chart.
 * Each chart keeps its own drawing (a nested SVG placed at its cell).
 */
export function chartGrid(charts: readonly Chart[], columns: number): Chart {
  const cellWidth = Math.max(...charts.map((chart) => chart.width));
  const cellHeight = Math.max(...charts.map((chart) => chart.height));
  const rows = Math.ceil(charts.length / columns);
  const width = cellWidth * Math.min(columns, charts.length);
  const height = cellHeight * rows;
  const body = charts.map((chart, index) => chart.svg.replace("<svg ", `<svg x="${(index % columns) * cellWidth}" y="${Math.floor(index / columns) * cellHeight}" `));
  return { svg: svgDocument(width, height, body), width, height, description: charts.map((chart) => chart.description).join(". ") };
}
