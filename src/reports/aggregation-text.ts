/**
 * How an aggregated value was made, in the words a report prints beside it: "summa av 12
 * enheter", "viktat medelvärde av 6 enheter, viktat med antal elever" — so a reader sees that a
 * division's count is a total and its share is weighted, not an average of averages.
 */
import type { AggregationMethod, HowAggregated, Language } from "../core";

const METHOD: Readonly<Record<Language, Readonly<Record<Exclude<AggregationMethod, "none">, string>>>> = {
  sv: { sum: "summa", mean: "medelvärde", weighted: "viktat medelvärde", min: "lägsta värdet", max: "högsta värdet" },
  en: { sum: "sum", mean: "mean", weighted: "weighted mean", min: "lowest value", max: "highest value" },
};

const units = (language: Language, count: number): string =>
  language === "sv" ? `${count} ${count === 1 ? "enhet" : "enheter"}` : `${count} ${count === 1 ? "unit" : "units"}`;

function weight(language: Language, by: NonNullable<HowAggregated["weightedBy"]>): string {
  if (by.kind === "indicator") return language === "sv" ? `viktat med ${by.name}` : `weighted by ${by.name}`;
  if (by.measure === "") return language === "sv" ? "viktat med enheternas storlek" : "weighted by the units' size";
  return language === "sv" ? `viktat med antal ${by.measure}` : `weighted by number of ${by.measure}`;
}

/** The words for how a value was aggregated; "" for a value an organisation reported itself. */
export function howAggregatedText(how: HowAggregated | null, language: Language): string {
  if (how === null || how.method === "none") return "";
  const made = `${METHOD[language][how.method]} ${language === "sv" ? "av" : "of"} ${units(language, how.count)}`;
  return how.weightedBy === null ? made : `${made}, ${weight(language, how.weightedBy)}`;
}
