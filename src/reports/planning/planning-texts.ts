/**
 * The words of next year's plan: the `Förslag` column of Målvärden and the `Inför planeringen`
 * sheet, in Swedish (default) and English. Sheet names and headers are Swedish in both, as every
 * plan sheet's are (docs/workbooks.md).
 */
import type { Finding, Language, PlanningErrorCode, ProposalBasis } from "../../core";

type Said = (value: number) => string;

const sv = {
  errors: {
    "year-not-later": (v: Readonly<Record<string, string | number>>) => `Året ${v.year} är inte senare än planens år ${v.planYear}: ange ett senare år, t.ex. ${Number(v.planYear) + 1}.`,
    "no-periods": (v: Readonly<Record<string, string | number>>) => `Planen har inga perioder för sitt år ${v.planYear} på bladet Perioder, så det finns inget mönster att göra nästa års perioder efter. Lägg till årets perioder (t.ex. ${v.planYear}-D och ${v.planYear}).`,
  } satisfies Record<PlanningErrorCode, unknown>,
  proposal: (basis: ProposalBasis, from: number, say: Said): string => {
    switch (basis.kind) {
      case "raised":
        return `Förslag: höjt till utfallet ${basis.year} (${say(basis.actual)}), som slog målvärdet; grönt ${basis.greenFrom}–${basis.year}.`;
      case "missed":
        return `Samma målvärde som ${from}: inte nått ${basis.year} (utfall ${say(basis.actual)}).`;
      case "met":
        return `Samma målvärde som ${from}: nått ${basis.year} (utfall ${say(basis.actual)}), men inte grönt tre år i rad.`;
      case "noOutcome":
        return `Samma målvärde som ${from}: inget utfall att bedöma.`;
      case "relative":
        return `Samma relativa målvärde som ${from}.`;
    }
  },
  budget: (from: number, year: number, budget: string) => ` Budget ${from}: ${budget}; fyll i budgeten för ${year}.`,
  kinds: {
    conclusion: "Politisk analys: slutsatser",
    notMetTwice: "Ej uppfyllt två uppföljningar i rad",
    greenThreeYears: "Grönt tre år i rad (målvärdet kan vara för lätt att nå)",
    noDataTwoYears: "Utan utfall två år i rad",
    withoutTarget: "Utan målvärde för det nya året",
    neverReported: "Enheten har aldrig rapporterat",
  } satisfies Record<Finding["kind"], string>,
  plan: "Planen",
  notes: {
    basis: (period: string | null) => (period === null ? "Planen har inga utfall med målvärden: iakttagelserna bygger inte på någon uppföljning." : `Iakttagelserna bygger på uppföljningen ${period} (den senaste perioden med utfall och målvärden).`),
    proposals: (raised: number, kept: number) => `${raised} målvärden höjda till utfallet (förslag, se kolumnen Förslag på bladet Målvärden), ${kept} oförändrade.`,
    deadline: (deadline: string, period: string) => `Sista inlämningsdag (${deadline}) gällde förra året och är tom: fyll i den inför ${period}.`,
    changes: "Slås enheter ihop, delas, byter id eller läggs ned: ändra bladet Organisation och skriv ändringen på bladet Organisationsförändringar (gammalt id, nytt id, från period), så följer historiken med.",
  },
  columns: { goal: "Mål", goalName: "Målnamn", kind: "Iakttagelse", about: "Avser", periods: "Perioder", detail: "Detalj" },
  proposalColumn: "Förslag",
};

const en: typeof sv = {
  errors: {
    "year-not-later": (v) => `The year ${v.year} is not after the plan's year ${v.planYear}: give a later year, e.g. ${Number(v.planYear) + 1}.`,
    "no-periods": (v) => `The plan has no periods for its year ${v.planYear} on the Perioder sheet, so there is no pattern for next year's periods. Add the year's periods (e.g. ${v.planYear}-D and ${v.planYear}).`,
  },
  proposal: (basis, from, say) => {
    switch (basis.kind) {
      case "raised":
        return `Proposal: raised to the outcome of ${basis.year} (${say(basis.actual)}), which beat the target; green ${basis.greenFrom}–${basis.year}.`;
      case "missed":
        return `The same target as ${from}: not reached in ${basis.year} (outcome ${say(basis.actual)}).`;
      case "met":
        return `The same target as ${from}: reached in ${basis.year} (outcome ${say(basis.actual)}), but not green three years running.`;
      case "noOutcome":
        return `The same target as ${from}: no outcome to judge by.`;
      case "relative":
        return `The same relative target as ${from}.`;
    }
  },
  budget: (from, year, budget) => ` Budget ${from}: ${budget}; fill in the budget for ${year}.`,
  kinds: {
    conclusion: "Political analysis: conclusions",
    notMetTwice: "Not met at two follow-ups running",
    greenThreeYears: "Green three years running (the target may be too easy to reach)",
    noDataTwoYears: "No outcome two years running",
    withoutTarget: "No target for the new year",
    neverReported: "The unit has never reported",
  },
  plan: "The plan",
  notes: {
    basis: (period) => (period === null ? "The plan has no outcomes with targets: the findings rest on no follow-up." : `The findings rest on the follow-up of ${period} (the latest period with outcomes and targets).`),
    proposals: (raised, kept) => `${raised} targets raised to the outcome (proposals, see the Förslag column on the Målvärden sheet), ${kept} unchanged.`,
    deadline: (deadline, period) => `The deadline (${deadline}) was last year's and is blank: fill it in before ${period}.`,
    changes: "When units merge, split, change id or close: change the Organisation sheet and record the change on the Organisationsförändringar sheet (old id, new id, from period), and history follows.",
  },
  columns: sv.columns,
  proposalColumn: sv.proposalColumn,
};

export const PLANNING_TEXTS: Readonly<Record<Language, typeof sv>> = { sv, en };
