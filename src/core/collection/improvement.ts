/**
 * Improvement work (*förbättringsarbete*) as Göingemodellen runs it on the pulse board: a problem,
 * its root cause found by asking "varför?" up to five times, the action taken, and where in the
 * PDCA cycle (Planera, Genomföra, Studera, Agera) the item is, with its owner and date. A unit
 * writes them in its template's Förbättringar sheet; collection carries them like the action plan.
 */
import type { Language } from "../labels";
import { normaliseWord } from "../words";

/** A stage of the improvement cycle: Plan, Do, Study, Act. */
export type PdcaStage = "plan" | "do" | "study" | "act";

/** The stages in the cycle's order, as the template lists them. */
export const PDCA_STAGES = ["plan", "do", "study", "act"] as const satisfies readonly PdcaStage[];

export const PDCA_LABELS = {
  sv: { plan: "Planera", do: "Genomföra", study: "Studera", act: "Agera" },
  en: { plan: "Plan", do: "Do", study: "Study", act: "Act" },
} as const satisfies Record<Language, Record<PdcaStage, string>>;

/** How many times the template asks "varför?". */
export const MAX_WHYS = 5;

const STAGE_BY_WORD = new Map<string, PdcaStage>((["sv", "en"] as const).flatMap((language) => PDCA_STAGES.map((stage) => [normaliseWord(PDCA_LABELS[language][stage]), stage] as const)));

/**
 * A stage from its cell text, Swedish or English in any case; a blank cell is the first stage
 * (Planera: an item is planned before anything else); other text is "unknown" and kept as written.
 */
export function parsePdcaStage(text: string): PdcaStage | "unknown" {
  const word = normaliseWord(text);
  if (word === "") return "plan";
  return STAGE_BY_WORD.get(word) ?? "unknown";
}

/** One improvement item of a unit, as typed (the date as ISO text where it was a date). */
export interface SubmittedImprovement {
  readonly problem: string;
  /** The answers to "varför?", in order, blanks left out (at most {@link MAX_WHYS}). */
  readonly whys: readonly string[];
  readonly action: string;
  readonly stage: string;
  readonly owner: string;
  readonly date: string;
}

/** An improvement item as collection keeps it. */
export interface ImprovementRow extends Omit<SubmittedImprovement, "stage"> {
  readonly stage: PdcaStage | "unknown";
  /** The stage as the unit wrote it (Planera when blank). */
  readonly stageText: string;
}

/** The item's root cause: the last answer to "varför?", or "" when none was given. */
export function rootCauseOf(item: Pick<ImprovementRow, "whys">): string {
  return item.whys.at(-1) ?? "";
}

/** The items collected from a unit's sheet: its stage read as a word of the cycle. */
export function checkImprovements(items: readonly SubmittedImprovement[]): ImprovementRow[] {
  return items.map((item) => {
    const stageText = item.stage.trim() || PDCA_LABELS.sv.plan;
    return { ...item, whys: item.whys.slice(0, MAX_WHYS), stage: parsePdcaStage(stageText), stageText };
  });
}

/** The stage as a report shows it: its label, or for an unknown stage the unit's own text. */
export function pdcaStageWord(item: Pick<ImprovementRow, "stage" | "stageText">, language: Language): string {
  return item.stage === "unknown" ? item.stageText : PDCA_LABELS[language][item.stage];
}
