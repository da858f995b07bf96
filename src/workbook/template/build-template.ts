/**
 * A unit's report template for one period (docs/workbooks.md §2), prefilled from the plan: the unit's
 * indicators with their targets and previous outcomes (locked), the input cells (unlocked,
 * validated), a live status, the Handlingsplan and Analys sheets, and the very hidden `_puls`.
 * Optionally filled in (the example municipality's units use that), with the values as given.
 */
import {
  DIRECTION_LABELS,
  OrgTree,
  History,
  RELATIVE_TARGET_LABELS,
  STATUS_LABELS,
  TargetIndex,
  indicatorStatus,
  indicatorsReportedBy,
  isAmountIndicator,
  parseIsoDate,
  reportedValue,
  planFingerprint,
  templateSeal,
  samePeriodLastYear,
  type Indicator,
  type OrgUnit,
  type Plan,
  type TargetRow,
} from "../../core";
import { a1, columnLetters, type CellValue } from "../grid";
import type { CellOut, ConditionalOut, FormattedCell, SheetOut, ValidationOut, WorkbookOut } from "../output";
import { DATE_FORMAT, PERCENT_FORMAT, formatOfUnit, formatOfValue } from "../number-format";
import { STATUS_FILLS, statusColouring } from "../status-colours";
import { actualValueFormula, statusFormula } from "./status-formula";
import {
  ACTION_PLAN_SHEET,
  ACTION_STATUSES,
  ANALYSIS_SHEET,
  IMPROVEMENT_SHEET,
  INPUT_FILL,
  META_KEYS,
  META_SHEET_NAME,
  PDCA_WORDS,
  REPORT_SHEET,
  SHARED_META_COLUMNS,
  sealOfSharedSheet,
  sealOfUnitTemplate,
  SUBMISSION_MARK,
  swedishDay,
  TEMPLATE_TEXTS,
  TEMPLATE_FORMAT_VERSION,
  WHOLE_UNIT,
  WHY_KEYS,
} from "./template-format";
import { uniqueSheetNames } from "./file-name";
import { unitPulseBoard } from "./pulse-board";

/** What a unit wrote in one row of Inrapportering (for filled-in examples and tests). */
export interface FilledRow {
  readonly actual?: CellValue;
  readonly women?: CellValue;
  readonly men?: CellValue;
  /** The unit's *Prognos helår*, for an amount. */
  readonly forecast?: CellValue;
  readonly comment?: string;
}

/** One action of a unit's action plan. */
export interface FilledAction {
  readonly action: string;
  readonly about: string;
  readonly owner: string;
  readonly due: string;
  readonly newDate: string | null;
  readonly status: (typeof ACTION_STATUSES)[number];
  readonly comment: string;
}

/** One improvement item of a unit (*förbättringsförslag*). */
export interface FilledImprovement {
  readonly problem: string;
  readonly whys: readonly string[];
  readonly action: string;
  readonly stage: (typeof PDCA_WORDS)[number];
  readonly owner: string;
  readonly date: string;
}

export interface TemplateRequest {
  readonly plan: Plan;
  readonly unit: string;
  readonly period: string;
  /** When the template was made (ISO date-time): the core has no clock, the caller does. */
  readonly createdAt: string;
  readonly filled?: ReadonlyMap<string, FilledRow>;
  /** The unit's "Klar att lämna in" mark, as a unit fills it in (a day as ISO, or text as typed). */
  readonly mark?: { readonly by: string; readonly date: string | null };
  readonly actions?: readonly FilledAction[];
  readonly analyses?: ReadonlyMap<string, string>;
  readonly improvements?: readonly FilledImprovement[];
}


const ACTION_ROWS = 25;
const column = (key: (typeof REPORT_SHEET.columns)[number]["key"]) => REPORT_SHEET.columns.findIndex((c) => c.key === key);

/** The status the live formula shows, as its cached result: the status of the number collection reads, nothing where it reads none. */
function cachedStatus(plan: Plan, indicator: Indicator, target: TargetRow | undefined, previous: number | null, value: number | null): string {
  if (value === null) return "";
  const status = indicatorStatus(plan.settings, indicator, value, target, previous);
  return status === undefined ? "" : STATUS_LABELS.sv[status];
}

/** The organisation at the top of the tree (the municipality), whose manager the units ask; none when the tree has no single top. */
function topOrganisation(plan: Plan): OrgUnit | undefined {
  const tops = plan.organisation.filter((o) => o.parent === null);
  return tops.length === 1 ? tops[0] : tops.find((o) => o.type === "municipality");
}

const shaded = (cell: Omit<FormattedCell, "unlocked" | "fill">): FormattedCell => ({ ...cell, unlocked: true, fill: INPUT_FILL });

/**
 * The title block above the report's header (docs/workbooks.md §2): the unit, period, deadline and
 * whom to ask; what to fill in; and the "Klar att lämna in" mark. Returns the rows and the 0-based
 * row of the mark's date cell (for its validation).
 */
function titleBlock(plan: Plan, unit: string, period: string, mark: TemplateRequest["mark"]): { rows: CellOut[][]; markDateRow: number } {
  const unitName = plan.organisation.find((o) => o.id === unit)?.name ?? unit;
  const periodName = plan.periods.find((p) => p.id === period)?.name || period;
  const top = topOrganisation(plan);
  const contact = [top?.manager.trim() ?? "", top?.email.trim() ?? ""].filter((part) => part !== "").join(", ");
  const rows: CellOut[][] = [
    [{ value: unitName, style: "title" }],
    [TEMPLATE_TEXTS.period(periodName, period)],
    ...(plan.settings.deadline === null ? [] : [[TEMPLATE_TEXTS.deadline(swedishDay(plan.settings.deadline))]]),
    ...(contact === "" ? [] : [[TEMPLATE_TEXTS.contact(contact)]]),
    [],
    [{ value: TEMPLATE_TEXTS.howTo, style: "bold" }],
    ...TEMPLATE_TEXTS.steps.map((step) => [step]),
    [],
    [{ value: SUBMISSION_MARK.heading, style: "bold" }],
    [SUBMISSION_MARK.by[0], shaded({ value: mark?.by || null })],
  ];
  const markDateRow = rows.length;
  const day = mark?.date ?? null;
  rows.push([SUBMISSION_MARK.date[0], shaded({ value: day === null ? null : parseIsoDate(day) === undefined ? day : { date: day }, numFmt: DATE_FORMAT })], []);
  return { rows, markDateRow };
}

function reportSheet(request: TemplateRequest, indicators: readonly Indicator[], name: string = REPORT_SHEET.names[0]): SheetOut {
  const { plan, unit, period } = request;
  const goalName = new Map(plan.goals.map((goal) => [goal.id, goal.name]));
  const previousPeriod = samePeriodLastYear(period);
  const targets = new TargetIndex(plan.targets);
  const history = new History(plan.actuals, plan.orgChanges, plan.organisation);
  const title = titleBlock(plan, unit, period, request.mark);
  // 0-based sheet rows: the title block, the header, then one row per indicator.
  const firstRow = title.rows.length + 1;
  const validations: ValidationOut[] = [{ range: a1(title.markDateRow, 1), type: "date", title: TEMPLATE_TEXTS.dateTitle, message: TEMPLATE_TEXTS.markDate }];
  const rows: CellOut[][] = indicators.map((indicator, index) => {
    const excelRow = firstRow + index;
    const target = targets.find(indicator.id, unit, period);
    const previous = history.value(indicator, unit, previousPeriod);
    const percent = indicator.unit.trim() === "%";
    const filled = request.filled?.get(indicator.id);
    const ref = (key: Parameters<typeof column>[0]) => a1(excelRow, column(key));
    const formula = statusFormula(
      { actual: ref("actualValue"), target: ref("target"), targetMax: ref("targetMax"), previous: ref("previous") },
      { direction: indicator.direction, target: target?.target ?? null, yellowFrom: indicator.yellowFrom ?? plan.settings.yellowFrom, tolerance: indicator.tolerance, band: plan.settings.trendBand },
    );
    // Input cells take the indicator's format, so 85 typed in a share's cell is 85 % (stored 0,85).
    const input = (value: CellValue | undefined): CellOut => shaded({ value: value ?? null, numFmt: typeof value === "number" ? formatOfValue(indicator.unit, value) : percent ? PERCENT_FORMAT : undefined });
    // Kvinnor and Män are open only where the indicator is split by gender.
    const gender = (value: CellValue | undefined): CellOut => (indicator.genderSplit ? input(value) : TEMPLATE_TEXTS.notSplit);
    // Prognos helår is open only for an amount (rules.md §9), in the indicator's format.
    const amount = isAmountIndicator(indicator, plan.targets);
    const forecastCell: CellOut = amount ? shaded({ value: filled?.forecast ?? null, numFmt: formatOfUnit(indicator.unit) ?? "#,##0" }) : TEMPLATE_TEXTS.notSplit;
    if (amount) validations.push({ range: ref("forecast"), type: "decimal", title: TEMPLATE_TEXTS.forecastTitle, message: TEMPLATE_TEXTS.forecast });
    validations.push({
      range: indicator.genderSplit ? `${ref("actual")}:${ref("men")}` : ref("actual"),
      type: "decimal",
      ...(percent ? { min: 0, max: 1 } : {}),
      title: TEMPLATE_TEXTS.actualTitle,
      message: percent ? TEMPLATE_TEXTS.actualShare : TEMPLATE_TEXTS.actualNumber,
    });
    const targetValue = target?.target ?? null;
    const targetMax = target?.targetMax ?? null;
    const typed = filled?.actual;
    const actualValue = typeof typed === "number" || typeof typed === "string" ? reportedValue(typed, indicator) : null;
    return [
      indicator.id,
      indicator.name,
      goalName.get(indicator.goal) ?? indicator.goal,
      indicator.unit,
      DIRECTION_LABELS.sv[indicator.direction],
      typeof targetValue === "string" ? RELATIVE_TARGET_LABELS.sv[targetValue] : { value: targetValue, numFmt: formatOfValue(indicator.unit, targetValue) },
      { value: targetMax, numFmt: formatOfValue(indicator.unit, targetMax) },
      { value: previous, numFmt: formatOfValue(indicator.unit, previous) },
      input(filled?.actual),
      gender(filled?.women),
      gender(filled?.men),
      forecastCell,
      shaded({ value: filled?.comment ?? null }),
      formula === undefined ? "" : { value: cachedStatus(plan, indicator, target, previous, actualValue), formula },
      { value: actualValue ?? "", formula: actualValueFormula(ref("actual"), percent) },
    ];
  });
  const first = firstRow + 1;
  const last = Math.max(first, firstRow + indicators.length);
  const statusColumn = columnLetters(column("status"));
  const actualColumn = columnLetters(column("actual"));
  const { green, yellow, red } = STATUS_LABELS.sv;
  const conditional = (range: string): ConditionalOut => statusColouring(range, statusColumn, first, { green, yellow, red });
  return {
    name,
    columns: REPORT_SHEET.columns.map((c) => ({
      header: c.headers[0] ?? c.key,
      width: { indicator: 46, goal: 36, comment: 40 }[c.key as string] ?? Math.max(11, (c.headers[0] ?? c.key).length + 3),
      hidden: c.key === "actualValue",
    })),
    intro: title.rows,
    rows,
    protect: true,
    validations,
    conditionalFormats: [conditional(`${actualColumn}${first}:${actualColumn}${last}`), conditional(`${statusColumn}${first}:${statusColumn}${last}`)],
  };
}

/** The rows a list sheet offers: its default, or more where a filled-in example has more. */
const rowsOffered = (rows: number, filled: readonly unknown[] | undefined) => Math.max(rows, (filled?.length ?? 0) + 5);

function actionPlanSheet(actions: readonly FilledAction[] | undefined): SheetOut {
  const rows: CellOut[][] = [];
  for (let i = 0; i < rowsOffered(ACTION_ROWS, actions); i++) {
    const action = actions?.[i];
    const date = (iso: string | null | undefined): CellOut => ({ value: iso === null || iso === undefined ? null : { date: iso }, unlocked: true });
    rows.push([
      { value: action?.action ?? null, unlocked: true },
      { value: action?.about ?? null, unlocked: true },
      { value: action?.owner ?? null, unlocked: true },
      date(action?.due),
      date(action?.newDate),
      { value: action?.status ?? null, unlocked: true },
      { value: action?.comment ?? null, unlocked: true },
    ]);
  }
  const last = rows.length + 1;
  return {
    name: ACTION_PLAN_SHEET.names[0],
    columns: ACTION_PLAN_SHEET.columns.map((c) => ({ header: c.headers[0] ?? c.key, width: { action: 40, about: 22, owner: 20, comment: 40 }[c.key as string] ?? 14 })),
    rows,
    validations: [
      { range: `D2:E${last}`, type: "date", title: TEMPLATE_TEXTS.dateTitle, message: TEMPLATE_TEXTS.date },
      { range: `F2:F${last}`, type: "list", list: ACTION_STATUSES, title: TEMPLATE_TEXTS.statusTitle, message: TEMPLATE_TEXTS.status },
    ],
    // A slipped plan keeps its original date, shown red beside the new one (docs/workbooks.md §2).
    conditionalFormats: [{ range: `D2:D${last}`, rules: [{ formula: 'AND($D2<>"",$E2<>"")', ...STATUS_FILLS.red }] }],
  };
}

/** The rows the Förbättringar sheet offers (more when a filled-in example has more items). */
export const IMPROVEMENT_ROWS = 15;

function improvementSheet(items: readonly FilledImprovement[] | undefined): SheetOut {
  const rows: CellOut[][] = [];
  const open = (value: string | null | undefined): CellOut => ({ value: value ?? null, unlocked: true, style: "wrap" });
  for (let i = 0; i < rowsOffered(IMPROVEMENT_ROWS, items); i++) {
    const item = items?.[i];
    rows.push([
      open(item?.problem),
      ...WHY_KEYS.map((_, index) => open(item?.whys[index])),
      open(item?.action),
      open(item?.stage),
      open(item?.owner),
      { value: item === undefined ? null : { date: item.date }, unlocked: true, style: "top" },
    ]);
  }
  const last = rows.length + 1;
  const letter = (key: (typeof IMPROVEMENT_SHEET.columns)[number]["key"]) => columnLetters(IMPROVEMENT_SHEET.columns.findIndex((c) => c.key === key));
  return {
    name: IMPROVEMENT_SHEET.names[0],
    columns: IMPROVEMENT_SHEET.columns.map((c) => ({ header: c.headers[0] ?? c.key, width: { problem: 34, action: 34, stage: 12, owner: 18, date: 12 }[c.key as string] ?? 24 })),
    rows,
    validations: [
      { range: `${letter("stage")}2:${letter("stage")}${last}`, type: "list", list: PDCA_WORDS, title: TEMPLATE_TEXTS.stageTitle, message: TEMPLATE_TEXTS.stage },
      { range: `${letter("date")}2:${letter("date")}${last}`, type: "date", title: TEMPLATE_TEXTS.dateTitle, message: TEMPLATE_TEXTS.date },
    ],
  };
}

function analysisSheet(plan: Plan, indicators: readonly Indicator[], analyses: ReadonlyMap<string, string> | undefined): SheetOut {
  const goalIds = [...new Set(indicators.map((indicator) => indicator.goal))];
  const goalName = new Map(plan.goals.map((goal) => [goal.id, goal.name]));
  const rows: CellOut[][] = [...goalIds, WHOLE_UNIT].map((goal) => [goal, goal === WHOLE_UNIT ? TEMPLATE_TEXTS.wholeUnit : (goalName.get(goal) ?? goal), { value: analyses?.get(goal) ?? null, unlocked: true }]);
  return { name: ANALYSIS_SHEET.names[0], columns: ANALYSIS_SHEET.columns.map((c) => ({ header: c.headers[0] ?? c.key, width: { goal: 10, goalName: 40, analysis: 90 }[c.key] })), rows };
}

/** The very hidden `_puls` sheet of a unit's own workbook. */
function metaSheet(request: TemplateRequest): SheetOut {
  const unitName = request.plan.organisation.find((o) => o.id === request.unit)?.name ?? request.unit;
  const rows: CellOut[][] = [
    [META_KEYS.version, TEMPLATE_FORMAT_VERSION],
    [META_KEYS.plan, `${request.plan.settings.municipality} ${request.plan.settings.year}`],
    [META_KEYS.fingerprint, planFingerprint(request.plan)],
    [META_KEYS.unit, request.unit],
    [META_KEYS.unitName, unitName],
    [META_KEYS.period, request.period],
    [META_KEYS.createdAt, request.createdAt],
    [META_KEYS.seal, templateSeal(sealOfUnitTemplate(request.unit, unitName, request.period, planFingerprint(request.plan), request.createdAt))],
  ];
  return { name: META_SHEET_NAME, state: "veryHidden", columns: [{ header: TEMPLATE_TEXTS.metaKey }, { header: TEMPLATE_TEXTS.metaValue }], rows, headerTools: false };
}

/** The indicators a unit reports, in the plan's order. */
export function indicatorsOfUnit(plan: Plan, unit: string): Indicator[] {
  return indicatorsReportedBy(plan, unit, new OrgTree(plan.organisation));
}

/** A unit's template for a period. */
export function buildTemplate(request: TemplateRequest): WorkbookOut {
  const indicators = indicatorsOfUnit(request.plan, request.unit);
  const report = reportSheet(request, indicators);
  const board = unitPulseBoard({
    plan: request.plan,
    unit: request.unit,
    period: request.period,
    indicators,
    report,
    actionRows: rowsOffered(ACTION_ROWS, request.actions),
    improvementRows: rowsOffered(IMPROVEMENT_ROWS, request.improvements),
    actions: request.actions ?? [],
    improvements: request.improvements ?? [],
    today: request.createdAt.slice(0, 10),
  });
  return {
    calculateOnOpen: true,
    sheets: [report, board, actionPlanSheet(request.actions), improvementSheet(request.improvements), analysisSheet(request.plan, indicators, request.analyses), metaSheet(request)],
  };
}

/**
 * The shared-workbook variant (docs/workbooks.md §2): one workbook, one report sheet per unit named by
 * the unit, and `_puls` listing each sheet's unit, period, plan fingerprint and format version.
 */
export function buildSharedTemplate(plan: Plan, period: string, units: readonly string[], createdAt: string): WorkbookOut {
  const names = uniqueSheetNames(units.map((unit) => plan.organisation.find((o) => o.id === unit)?.name ?? unit), units);
  const fingerprint = planFingerprint(plan);
  const sheets = units.map((unit, index) => reportSheet({ plan, unit, period, createdAt }, indicatorsOfUnit(plan, unit), names[index]));
  const meta: SheetOut = {
    name: META_SHEET_NAME,
    state: "veryHidden",
    columns: SHARED_META_COLUMNS.map((header) => ({ header })),
    rows: units.map((unit, index) => {
      const sheet = names[index] ?? unit;
      return [sheet, unit, period, fingerprint, TEMPLATE_FORMAT_VERSION, templateSeal(sealOfSharedSheet(sheet, unit, period, fingerprint))];
    }),
    headerTools: false,
  };
  return { calculateOnOpen: true, sheets: [...sheets, meta] };
}
