/**
 * The charts of a report, made once from its model and shared by its Word document and its
 * workbook: the stacked bar of result goals per priority area and one history line per key
 * indicator.
 */
import type { AnnualReport, KeyIndicator, Language } from "../../core";
import { REPORT_TEXTS } from "../texts";
import { assessmentBarChart } from "./bar-chart";
import { historyLineChart } from "./line-chart";
import { chartGrid, type Chart } from "./svg";

export function overviewChart(report: AnnualReport, language: Language): Chart {
  const texts = REPORT_TEXTS[language];
  return assessmentBarChart(
    report.overview.areas.map(({ area, counts }) => ({ label: area?.name ?? texts.sentences.noArea, counts })),
    texts.sentences.barChart,
    language,
  );
}

/** The history chart of a key indicator at the organisation it is shown for. */
export function keyIndicatorChart(indicator: KeyIndicator, language: Language): Chart {
  return historyLineChart(
    // The municipality as a whole needs no naming; any other organisation does.
    indicator.organisation.type === "municipality" ? indicator.indicator.name : `${indicator.indicator.name} (${indicator.organisation.name})`,
    // The same period in earlier years only: a full-year reference is never a point of the line.
    indicator.history.map((point) => ({ label: point.name, value: point.value })),
    indicator.indicator.unit,
    typeof indicator.target === "number" ? indicator.target : null,
    REPORT_TEXTS[language].columns.target,
    language,
  );
}

/** How many history charts one picture holds (three rows of two). */
export const CHARTS_PER_PICTURE = 6;

/**
 * A result goal's key-indicator charts, six to a picture: each indicator has its own chart, and
 * a report renders a few pictures rather than one per indicator.
 */
export function keyIndicatorCharts(indicators: readonly KeyIndicator[], language: Language): Chart[] {
  const pictures: Chart[] = [];
  for (let i = 0; i < indicators.length; i += CHARTS_PER_PICTURE) {
    pictures.push(chartGrid(indicators.slice(i, i + CHARTS_PER_PICTURE).map((indicator) => keyIndicatorChart(indicator, language)), 2));
  }
  return pictures;
}
