/**
 * What a full-year forecast rests on, as the reports say it (docs/reports.md, *Prognos för
 * helåret*): the units' own forecasts, partly so, the seasonal profile or an even spread.
 */
import { SEASONAL_PROFILE_WORDS, type ForecastBasis, type Language } from "../core";
import { REPORT_TEXTS } from "./texts";

export function forecastSourceText(line: ForecastBasis, language: Language): string {
  const words = REPORT_TEXTS[language].forecastSource;
  switch (line.source) {
    case "units":
      return words.units;
    case "mixed":
      return words.mixed(line.given, line.of);
    case "profile": {
      const name = line.profile === "investments" ? SEASONAL_PROFILE_WORDS.investments[language === "sv" ? 0 : 1] : language === "sv" ? "egen" : "own";
      return `${words.profile} (${(name ?? "").toLowerCase()})`;
    }
    case "even":
      return words.even;
  }
}
