/**
 * The drafted justification (*förslag till motivering*) of a goal, in two to five sentences made
 * only of the facts in {@link GoalReasoning}: the sub-goals' and indicators' counts, the weakest and
 * the strongest indicator with outcome and target, and the widest gap between women and men. The
 * controller accepts it (writes it into Bedömningar) or rewrites it; a test holds every number it
 * names against the data.
 */
import type { AssessmentCounts, GoalLevel, GoalReasoning, IndicatorFact, Language, StatusCounts } from "../core";
import { assessmentWord, formatMeasured, formatTarget } from "./format";

/** Goal levels as a count of them reads ("3 verksamhetsmål"); Swedish goals are "mål" in the plural too. */
const LEVEL_PLURAL: Readonly<Record<Language, Readonly<Record<GoalLevel, string>>>> = {
  sv: { vision: "visioner", priorityArea: "prioriterade områden", resultGoal: "resultatmål", administrationGoal: "förvaltningsmål", divisionGoal: "verksamhetsmål" },
  en: { vision: "visions", priorityArea: "priority areas", resultGoal: "result goals", administrationGoal: "administration goals", divisionGoal: "division goals" },
};

const join = (parts: readonly string[], language: Language): string => {
  if (parts.length <= 1) return parts[0] ?? "";
  const and = language === "sv" ? " och " : " and ";
  return `${parts.slice(0, -1).join(", ")}${and}${parts[parts.length - 1] ?? ""}`;
};

function subGoalSentence(counts: AssessmentCounts, level: string, language: Language): string {
  const total = counts.met + counts.partlyMet + counts.notMet + counts.cannotAssess;
  const parts: string[] = [];
  if (language === "sv") {
    if (counts.met > 0) parts.push(`${counts.met} ${counts.met === 1 ? "uppfyllt" : "uppfyllda"}`);
    if (counts.partlyMet > 0) parts.push(`${counts.partlyMet} delvis ${counts.partlyMet === 1 ? "uppfyllt" : "uppfyllda"}`);
    if (counts.notMet > 0) parts.push(`${counts.notMet} inte ${counts.notMet === 1 ? "uppfyllt" : "uppfyllda"}`);
    if (counts.cannotAssess > 0) parts.push(`${counts.cannotAssess} kan inte bedömas`);
    // One sub-goal: "Målets enda verksamhetsmål är uppfyllt" (the count of one left out).
    return total === 1 ? `Målets enda ${level} är ${(parts[0] ?? "").replace(/^1 /, "")}.` : `Av målets ${total} ${level} är ${join(parts, language)}.`;
  }
  if (counts.met > 0) parts.push(`${counts.met} met`);
  if (counts.partlyMet > 0) parts.push(`${counts.partlyMet} partly met`);
  if (counts.notMet > 0) parts.push(`${counts.notMet} not met`);
  if (counts.cannotAssess > 0) parts.push(`${counts.cannotAssess} cannot be assessed`);
  return `Of the goal's ${total} ${level}, ${join(parts, language)}.`;
}

function indicatorSentence(counts: StatusCounts, language: Language): string {
  const total = counts.green + counts.yellow + counts.red + counts.missing;
  const parts: string[] = [];
  if (language === "sv") {
    if (counts.green > 0) parts.push(`${counts.green} ${counts.green === 1 ? "grönt" : "gröna"}`);
    if (counts.yellow > 0) parts.push(`${counts.yellow} ${counts.yellow === 1 ? "gult" : "gula"}`);
    if (counts.red > 0) parts.push(`${counts.red} ${counts.red === 1 ? "rött" : "röda"}`);
    if (counts.missing > 0) parts.push(`${counts.missing} utan utfall`);
    return `Av ${total === 1 ? "målets enda nyckeltal" : `målets ${total} nyckeltal`} är ${join(parts, language)}.`;
  }
  if (counts.green > 0) parts.push(`${counts.green} green`);
  if (counts.yellow > 0) parts.push(`${counts.yellow} yellow`);
  if (counts.red > 0) parts.push(`${counts.red} red`);
  if (counts.missing > 0) parts.push(`${counts.missing} without an outcome`);
  return `Of the goal's ${total} ${total === 1 ? "indicator" : "indicators"}, ${join(parts, language)}.`;
}

/** "87,0 % mot målvärdet 89,0 %, en förbättring mot samma period i fjol" */
function result(fact: IndicatorFact, language: Language): string {
  const { row, indicator } = fact;
  const outcome = formatMeasured(row.actual, indicator.unit, language);
  const target = formatTarget(row.target, indicator.unit, language);
  const trend =
    language === "sv"
      ? { improving: ", en förbättring mot samma period i fjol", worsening: ", en försämring mot samma period i fjol", stable: ", i stort sett oförändrat mot samma period i fjol", missing: "" }[row.trend]
      : { improving: ", better than the same period last year", worsening: ", worse than the same period last year", stable: ", about the same as the same period last year", missing: "" }[row.trend];
  const peers =
    row.peerStatus === "green"
      ? language === "sv" ? "; bland de bästa kommunerna i landet" : "; among the best municipalities in the country"
      : row.peerStatus === "red"
        ? language === "sv" ? "; bland de svagaste kommunerna i landet" : "; among the weakest municipalities in the country"
        : "";
  return language === "sv" ? `${outcome} mot målvärdet ${target}${trend}${peers}` : `${outcome} against the target of ${target}${trend}${peers}`;
}

function genderSentence(fact: IndicatorFact, language: Language): string {
  const women = formatMeasured(fact.row.byGender?.women ?? null, fact.indicator.unit, language);
  const men = formatMeasured(fact.row.byGender?.men ?? null, fact.indicator.unit, language);
  return language === "sv"
    ? `Störst skillnad mellan kvinnor och män har ${fact.indicator.name}: kvinnor ${women}, män ${men}.`
    : `The widest gap between women and men is in ${fact.indicator.name}: women ${women}, men ${men}.`;
}

/** The drafted justification of a goal. */
export function draftJustification(reasoning: GoalReasoning, language: Language): string {
  const sentences: string[] = [];
  const verdict = assessmentWord(reasoning.assessment, language);
  sentences.push(language === "sv" ? `Målet bedöms som ${verdict.toLowerCase()}.` : `The goal is assessed as ${verdict.toLowerCase()}.`);
  if (reasoning.subGoals !== null) sentences.push(subGoalSentence(reasoning.subGoals.counts, LEVEL_PLURAL[language][reasoning.subGoals.level], language));
  const total = reasoning.indicators.green + reasoning.indicators.yellow + reasoning.indicators.red + reasoning.indicators.missing;
  if (total > 0) sentences.push(indicatorSentence(reasoning.indicators, language));
  if (reasoning.weakest !== null) {
    sentences.push(language === "sv" ? `Längst från målet är ${reasoning.weakest.indicator.name}: ${result(reasoning.weakest, language)}.` : `Furthest from its target is ${reasoning.weakest.indicator.name}: ${result(reasoning.weakest, language)}.`);
  }
  if (reasoning.strongest !== null && reasoning.strongest !== reasoning.weakest) {
    sentences.push(language === "sv" ? `Bäst går ${reasoning.strongest.indicator.name}: ${result(reasoning.strongest, language)}.` : `Best is ${reasoning.strongest.indicator.name}: ${result(reasoning.strongest, language)}.`);
  }
  if (reasoning.gender !== null) sentences.push(genderSentence(reasoning.gender, language));
  if (reasoning.assessment === "cannotAssess" && reasoning.missing.length > 0) {
    sentences.push(
      language === "sv"
        ? `Underlaget räcker inte: ${reasoning.missing.length} av nyckeltalen saknar utfall.`
        : `The data does not suffice: ${reasoning.missing.length} of the indicators have no outcome.`,
    );
  }
  return sentences.join(" ");
}
