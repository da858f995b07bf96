/**
 * A chart rendered to PNG, with its size and description: what documents and workbooks embed.
 */
import type { Chart, ChartRenderer } from "./svg";

export interface RenderedChart {
  readonly png: Uint8Array;
  readonly width: number;
  readonly height: number;
  readonly description: string;
}

export async function renderChart(chart: Chart, render: ChartRenderer): Promise<RenderedChart> {
  return { png: await render(chart), width: chart.width, height: chart.height, description: chart.description };
}
