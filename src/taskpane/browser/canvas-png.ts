/**
 * Charts to PNG in the browser: the SVG drawn by Puls is loaded as an image (a data: URL, which the
 * page's Content-Security-Policy allows) and painted on a canvas. Node uses resvg instead.
 */
import type { Chart } from "../../reports/charts/svg";

/** Largest picture width, as in Node: enough for a printed page, small enough to encode quickly. */
const MAX_WIDTH = 1200;

export async function renderPngInBrowser(chart: Chart): Promise<Uint8Array> {
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(chart.svg)}`;
  await image.decode();
  const scale = Math.min(2, MAX_WIDTH / chart.width);
  const canvas = document.createElement("canvas");
  canvas.width = Math.round(chart.width * scale);
  canvas.height = Math.round(chart.height * scale);
  const context = canvas.getContext("2d");
  if (context === null) throw new Error("No 2D canvas in this browser");
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, "image/png"));
  if (blob === null) throw new Error("The chart could not be encoded as PNG");
  return new Uint8Array(await blob.arrayBuffer());
}
