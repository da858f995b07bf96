/**
 * Next year's plan as a workbook: the plan sheets (written from the model, as `collect
 * --into-plan` writes a plan), Målvärden with a `Förslag` column saying where each new target came
 * from, and the sheet `Inför planeringen` first, with what the planning should take up.
 */
import type { Finding, Language, NextYearPlan, TargetRow } from "../../core";
import type { CellOut, SheetOut, WorkbookOut } from "../../workbook/output";
import { TARGETS_SHEET } from "../../workbook/plan/plan-sheets";
import { planWorkbook } from "../../workbook/plan/write-plan";
import { formatMeasured } from "../format";
import { PLANNING_TEXTS } from "./planning-texts";

const PLANNING_SHEET = "Inför planeringen";

/** The new plan's workbook. */
export function nextPlanWorkbook(result: NextYearPlan): WorkbookOut {
  const proposals = proposalTexts(result);
  const sheets = planWorkbook(result.plan).sheets.map((sheet) => (sheet.name === TARGETS_SHEET.names[0] ? withProposals(sheet, result.plan.targets, proposals) : sheet));
  return { sheets: [planningSheet(result), ...sheets] };
}

/** What the Förslag column says for each of the new year's target rows. */
function proposalTexts(result: NextYearPlan): Map<TargetRow, string> {
  const { plan, from } = result;
  const t = PLANNING_TEXTS[plan.settings.language];
  const units = new Map(plan.indicators.map((indicator) => [indicator.id, indicator.unit]));
  return new Map(
    result.proposals.map(({ row, previous, basis }) => {
      const unit = units.get(row.indicator) ?? "";
      const say = (value: number) => formatMeasured(value, unit, plan.settings.language);
      const budget = previous.budget === null ? "" : t.budget(from, plan.settings.year, formatMeasured(previous.budget, "", plan.settings.language));
      return [row, `${t.proposal(basis, from, say)}${budget}`];
    }),
  );
}

/** Målvärden with the Förslag column; planWorkbook writes its rows in the order of `targets`. */
function withProposals(sheet: SheetOut, targets: readonly TargetRow[], proposals: ReadonlyMap<TargetRow, string>): SheetOut {
  return {
    ...sheet,
    columns: [...sheet.columns, { header: PLANNING_TEXTS.sv.proposalColumn, width: 70 }],
    rows: sheet.rows.map((row, index) => {
      const target = targets[index];
      return [...row, target === undefined ? null : (proposals.get(target) ?? null)];
    }),
  };
}

/** What the planning sheet says first, about the new plan as a whole. */
export function planningNotes(result: NextYearPlan, language: Language = result.plan.settings.language): string[] {
  const t = PLANNING_TEXTS[language];
  const raised = result.proposals.filter((proposal) => proposal.basis.kind === "raised").length;
  return [
    t.notes.basis(result.followedUp),
    t.notes.proposals(raised, result.proposals.length - raised),
    ...(result.clearedDeadline === null ? [] : [t.notes.deadline(result.clearedDeadline, result.plan.settings.currentPeriod)]),
    t.notes.changes,
  ];
}

/** One finding as the planning sheet shows it. */
export interface FindingRow {
  readonly goal: string;
  readonly goalName: string;
  readonly kind: string;
  readonly about: string;
  readonly periods: string;
  readonly detail: string;
}

/** One row per finding, per goal in plan order. */
export function findingRows(result: NextYearPlan, language: Language = result.plan.settings.language): FindingRow[] {
  const { plan } = result;
  const t = PLANNING_TEXTS[language];
  const goals = new Map(plan.goals.map((goal) => [goal.id, goal.name]));
  const names = new Map<string, string>([...plan.indicators.map((i): [string, string] => [i.id, i.name]), ...plan.organisation.map((o): [string, string] => [o.id, o.name])]);
  const named = (id: string) => `${id} ${names.get(id) ?? ""}`.trim();
  return result.findings.flatMap(({ goal, findings }) =>
    findings.map((finding) => {
      const [about, periods, detail] = describe(finding, named);
      return { goal, goalName: goals.get(goal) ?? "", kind: t.kinds[finding.kind], about, periods, detail };
    }),
  );
}

function describe(finding: Finding, named: (id: string) => string): [about: string, periods: string, detail: string] {
  switch (finding.kind) {
    case "conclusion":
      return ["", finding.period, [finding.politicalAssessment, finding.conclusions].filter((part) => part !== "").join(": ")];
    case "notMetTwice":
      return ["", finding.periods.join(", "), ""];
    case "greenThreeYears":
    case "noDataTwoYears":
      return [named(finding.indicator), finding.periods.join(", "), ""];
    case "withoutTarget":
      return [named(finding.indicator), String(finding.year), ""];
    case "neverReported":
      return [named(finding.organisation), "", finding.indicators.join(", ")];
  }
}

/** Long text wraps in its column, so a row reads without widening it. */
const wrapped = (text: string): CellOut => (text === "" ? null : { value: text, style: "wrap" });

function planningSheet(result: NextYearPlan): SheetOut {
  const c = PLANNING_TEXTS.sv.columns;
  return {
    name: PLANNING_SHEET,
    columns: [
      { header: c.goal, width: 8 },
      { header: c.goalName, width: 40 },
      { header: c.kind, width: 50 },
      { header: c.about, width: 40 },
      { header: c.periods, width: 18 },
      { header: c.detail, width: 70 },
    ],
    rows: [
      ...planningNotes(result).map((note): CellOut[] => [null, PLANNING_TEXTS[result.plan.settings.language].plan, wrapped(note), null, null, null]),
      ...findingRows(result).map((row): CellOut[] => [row.goal, wrapped(row.goalName), wrapped(row.kind), wrapped(row.about), row.periods, wrapped(row.detail)]),
    ],
  };
}
