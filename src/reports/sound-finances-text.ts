/**
 * The conclusion on good financial management (*god ekonomisk hushållning*) in council words: the
 * conclusion, then two or three sentences on why — the goals met and the balance requirement.
 * Never an instruction: what is unconfirmed goes to the controller's checklist.
 */
import { forecastSourceText } from "./forecast-text";
import type { AssessmentCounts, BalanceRequirement, Language, SoundFinances, SoundFinancesProposal } from "../core";
import { formatMeasured } from "./format";

export const SOUND_FINANCES_LABELS: Readonly<Record<Language, Readonly<Record<SoundFinances, string>>>> = {
  sv: {
    consistent: "förenlig med god ekonomisk hushållning",
    partlyConsistent: "delvis förenlig med god ekonomisk hushållning",
    notConsistent: "inte förenlig med god ekonomisk hushållning",
    cannotAssess: "inte möjlig att bedöma mot god ekonomisk hushållning",
  },
  en: {
    consistent: "consistent with sound financial management",
    partlyConsistent: "partly consistent with sound financial management",
    notConsistent: "not consistent with sound financial management",
    cannotAssess: "not possible to assess against sound financial management",
  },
};

const assessed = (counts: AssessmentCounts) => counts.met + counts.partlyMet + counts.notMet + counts.cannotAssess;

/** "Kommunens ekonomi bedöms vara delvis förenlig med god ekonomisk hushållning." */
export function conclusionSentence(conclusion: SoundFinances, language: Language): string {
  return language === "sv" ? `Kommunens ekonomi bedöms vara ${SOUND_FINANCES_LABELS.sv[conclusion]}.` : `The municipality's finances are assessed as ${SOUND_FINANCES_LABELS.en[conclusion]}.`;
}

export function balanceSentence(balance: BalanceRequirement, language: Language): string {
  const tkr = (value: number) => formatMeasured(value, "tkr", language);
  // What the forecast rests on, as the forecast section says it: "enheternas prognos", "jämn fördelning".
  const basis = balance.source === null ? "" : ` ${language === "sv" ? "enligt" : "by"} ${forecastSourceText(balance.source, language).toLowerCase()}`;
  if (language === "sv") {
    const result = balance.forecast ? `prognos för årets resultat ${tkr(balance.result)}${basis}` : `årets resultat ${tkr(balance.result)}`;
    return `Balanskravsresultatet ${balance.forecast ? "beräknas till" : "är"} ${tkr(balance.balanceResult)} (${result}, justeringar ${tkr(balance.adjustments)}): balanskravet ${balance.met ? (balance.forecast ? "beräknas uppfyllas" : "är uppfyllt") : balance.forecast ? "beräknas inte uppfyllas" : "är inte uppfyllt"}.`;
  }
  const result = balance.forecast ? `forecast result for the year ${tkr(balance.result)}${basis}` : `result for the year ${tkr(balance.result)}`;
  return `The balance requirement result ${balance.forecast ? "is forecast at" : "is"} ${tkr(balance.balanceResult)} (${result}, adjustments ${tkr(balance.adjustments)}): the balance requirement ${balance.met ? (balance.forecast ? "is expected to be met" : "is met") : balance.forecast ? "is expected not to be met" : "is not met"}.`;
}

/** The proposed conclusion with why: the goals met and the balance requirement, in two or three sentences. */
export function proposalSentences(proposal: SoundFinancesProposal, language: Language): string[] {
  const { financialGoals: f, resultGoals: r } = proposal;
  const goals =
    language === "sv"
      ? `${f.met} av ${assessed(f)} finansiella mål och ${r.met} av ${assessed(r)} övriga resultatmål är uppfyllda${f.partlyMet + r.partlyMet > 0 ? `; ${f.partlyMet + r.partlyMet} är delvis uppfyllda` : ""}.`
      : `${f.met} of ${assessed(f)} financial goals and ${r.met} of ${assessed(r)} other result goals are met${f.partlyMet + r.partlyMet > 0 ? `; ${f.partlyMet + r.partlyMet} are partly met` : ""}.`;
  return [conclusionSentence(proposal.conclusion, language), goals, ...(proposal.balance === null ? [] : [balanceSentence(proposal.balance, language)])];
}
