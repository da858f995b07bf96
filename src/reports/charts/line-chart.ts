/**
 * A key indicator's history as a line chart (docs/reports.md §3): one point per year (and the report's
 * own period last), each labelled with its value, and the target as a dashed line with its key
 * under the title.
 */
import type { Language, Measured } from "../../core";
import { formatInTable, formatMeasured, nameWithUnit } from "../format";
import { clip, svgDocument, text, type Chart } from "./svg";

export interface LinePoint {
  readonly label: string;
  readonly value: Measured;
}

/** Round bounds for the value axis, with some air above and below the values. */
function axisBounds(values: readonly number[]): [number, number] {
  const low = Math.min(...values);
  const high = Math.max(...values);
  const span = high - low || Math.abs(high) || 1;
  const min = low - span * 0.25;
  const max = high + span * 0.25;
  return [low >= 0 && min < 0 ? 0 : min, max];
}

export function historyLineChart(title: string, points: readonly LinePoint[], unit: string, target: number | null, targetLabel: string, language: Language): Chart {
  const width = 520;
  const height = 240;
  const left = 20;
  const right = 20;
  const top = 44;
  const bottom = 36;
  const known = points.filter((point): point is { label: string; value: number } => point.value !== null && Number.isFinite(point.value));
  const values = [...known.map((point) => point.value), ...(target === null ? [] : [target])];
  const [min, max] = axisBounds(values.length > 0 ? values : [0, 1]);
  const x = (index: number) => left + 30 + (index * (width - left - right - 60)) / Math.max(1, points.length - 1);
  const y = (value: number) => top + (height - top - bottom) * (1 - (value - min) / (max - min || 1));
  // The unit once, in the title; the labels carry numbers only (per cent keeps its sign), so a
  // long unit ("barn per årsarbetare") never runs past the chart's edge or into a neighbour.
  const label = (value: number) => formatInTable(value, unit, language);
  const body: string[] = [text(10, 22, clip(nameWithUnit(title, unit), 64), { size: 12, weight: "bold" })];
  body.push(`<line x1="${left}" y1="${height - bottom}" x2="${width - right}" y2="${height - bottom}" stroke="#888" stroke-width="1"/>`);
  if (target !== null) {
    body.push(`<line x1="${left}" y1="${y(target).toFixed(1)}" x2="${width - right}" y2="${y(target).toFixed(1)}" stroke="#555" stroke-width="1.5" stroke-dasharray="6 4"/>`);
    // The target's key under the title, clear of the points' labels (which sit below the top margin).
    body.push(`<line x1="${width - right - 150}" y1="34" x2="${width - right - 126}" y2="34" stroke="#555" stroke-width="1.5" stroke-dasharray="6 4"/>`);
    body.push(text(width - right - 120, 38, `${targetLabel} ${label(target)}`, { size: 11, fill: "#444" }));
  }
  // The line breaks where a year has no value, rather than pretending to know it.
  let path = "";
  points.forEach((point, index) => {
    if (point.value === null) return;
    const previousKnown = index > 0 && points[index - 1]?.value !== null;
    path += `${previousKnown ? "L" : "M"}${x(index).toFixed(1)} ${y(point.value).toFixed(1)} `;
  });
  if (path !== "") body.push(`<path d="${path.trim()}" fill="none" stroke="#1f5fa8" stroke-width="2.5"/>`);
  points.forEach((point, index) => {
    body.push(text(x(index), height - bottom + 18, point.label, { anchor: "middle", size: 11 }));
    if (point.value === null) {
      body.push(text(x(index), height - bottom - 8, "–", { anchor: "middle", size: 12, fill: "#666" }));
      return;
    }
    body.push(`<circle cx="${x(index).toFixed(1)}" cy="${y(point.value).toFixed(1)}" r="4" fill="#1f5fa8"/>`);
    body.push(text(x(index), y(point.value) - 9, label(point.value), { anchor: "middle", size: 11 }));
  });
  const description = `${title}: ${points.map((point) => `${point.label} ${formatMeasured(point.value, unit, language)}`).join(", ")}`;
  return { svg: svgDocument(width, height, body), width, height, description };
}
