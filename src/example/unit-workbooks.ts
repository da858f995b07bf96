/**
 * The example units' filled-in workbooks for the current period, with the problems real units
 * make, planted where a controller can find them:
 * - two units that have not reported (UTB07 Lärkans förskola, SAM12 Kundcenter);
 * - text in number cells (OMS02 Hemtjänst Syd: "12,5", "n/a", "ungefär 80");
 * - a template from an older version (UTB03 Ekbackens skola);
 * - an overdue action (SAM02 Gatuenheten);
 * - a duplicate submission (OMS05 Lindgårdens äldreboende, two files);
 * - a percentage typed as 85 (UTB02 Södra skolan), red statuses without the required comment
 *   (UTB04 Björkhagens skola) and a file sent after the deadline (SAM05 Miljöenheten: its
 *   own Klar att lämna in mark says 2026-09-18, after the deadline of 2026-09-15).
 * Most units fill in the Klar att lämna in mark with the day they finished; a few forget (their
 * file's change time then says when they handed in). One unit's file was saved again by the
 * controller after the deadline (OMS03 Hemtjänst Öst), but its mark says it was on time.
 */
import { STATUS_LABELS, indicatorsByReporter, isAmountIndicator, type Indicator, type Plan } from "../core";
import { isFormattedCell, type SheetOut, type WorkbookOut } from "../workbook/output";
import { buildTemplate, type FilledAction, type FilledImprovement, type FilledRow } from "../workbook/template/build-template";
import { templateFileName } from "../workbook/template/file-name";
import { IMPROVEMENT_SHEET, META_KEYS, META_SHEET_NAME, PULSE_BOARD_SHEET, REPORT_SHEET } from "../workbook/template/template-format";
import { EXAMPLE_PERIOD, HISTORY_PERIODS, exampleIndicators, exampleOutcome, shareOfYear, unitOffset } from "./generate-plan";
import { Random } from "./random";

export interface ExampleUnitFile {
  readonly fileName: string;
  readonly book: WorkbookOut;
  /** When the unit saved it (ISO): set as the file's change time, as a real submission would have. */
  readonly modified: string;
}

export const NOT_REPORTED = ["UTB07", "SAM12"] as const;
export const PLANTED = { textInNumbers: "OMS02", oldTemplate: "UTB03", overdueAction: "SAM02", duplicate: "OMS05", percentAs85: "UTB02", noComments: "UTB04", late: "SAM05", savedLater: "OMS03" } as const;

/** The current period's outcome step in the example's history (after the periods of HISTORY_PERIODS). */
const CURRENT_STEP = HISTORY_PERIODS.length;

/**
 * A template as an older version of Puls made it: the header on row 1 (no title block, no mark), no
 * Målvärde max, Status or Utfall som tal columns, version 1.
 */
export function asOldTemplate(book: WorkbookOut): WorkbookOut {
  const dropped = new Set(["Målvärde max", "Prognos helår", "Status", "Utfall som tal"]);
  // Version 1 had neither the Pulstavla nor the Förbättringar sheet.
  const newer = new Set<string>([PULSE_BOARD_SHEET, IMPROVEMENT_SHEET.names[0]]);
  const sheets = book.sheets.filter((sheet) => !newer.has(sheet.name)).map((sheet): SheetOut => {
    if (sheet.name === REPORT_SHEET.names[0]) {
      const keep = sheet.columns.map((column, index) => (dropped.has(column.header) ? -1 : index)).filter((index) => index >= 0);
      const { intro: _intro, ...withoutTitle } = sheet;
      return { ...withoutTitle, columns: keep.map((i) => sheet.columns[i]!), rows: sheet.rows.map((row) => keep.map((i) => row[i] ?? null)), conditionalFormats: [], validations: [] };
    }
    if (sheet.name === META_SHEET_NAME) {
      return { ...sheet, rows: sheet.rows.map((row) => (row[0] === META_KEYS.version ? [row[0], 1] : row)) };
    }
    return sheet;
  });
  return { ...book, sheets };
}

function statusOfRow(book: WorkbookOut, indicator: string): string {
  const report = book.sheets[0];
  const row = report?.rows.find((r) => r[0] === indicator);
  const status = row?.[REPORT_SHEET.columns.findIndex((c) => c.key === "status")];
  return status !== undefined && status !== null && isFormattedCell(status) && typeof status.value === "string" ? status.value : "";
}

/**
 * Who leaves *Prognos helår* blank in the example: the municipality for its net investments (the
 * report then projects them by the investment profile) and one division for its budget deviation
 * (the whole's forecast then rests on three divisions' own and one by the even spread).
 */
export const NO_FORECAST: readonly { readonly unit: string; readonly indicator: string }[] = [
  { unit: "K", indicator: "Nettoinvesteringar" },
  { unit: "SAM", indicator: "Budgetavvikelse, verksamheterna" },
];

/**
 * A unit's own full-year forecast of an amount in the example: its outcome so far projected over the
 * year (by the share of the year it covers), then what the unit knows that a projection does not —
 * a deviation so far is expected to be partly recovered by the measures taken (a quarter of it), a
 * result a little lower (autumn's costs). Rounded to hundreds.
 */
export function exampleForecast(indicator: Indicator, actual: number, share: number): number {
  const projected = actual / share;
  const known = indicator.name.startsWith("Budgetavvikelse") ? projected * 0.75 : projected * 0.98;
  return Math.round(known / 100) * 100;
}

/**
 * The example's improvement items (*förbättringsförslag*): every third unit works on one, asked
 * "varför?" until a cause it can act on, at a stage of the PDCA cycle that varies between units.
 */
export function exampleImprovements(indicators: readonly Indicator[], index: number): FilledImprovement[] {
  if (index % 3 !== 0) return [];
  const stages = ["Planera", "Genomföra", "Studera", "Agera"] as const;
  return [
    {
      problem: `${indicators[0]?.name ?? "Nyckeltalet"}: sämre än samma period förra året`,
      whys: [
        "Fler ärenden har inte hunnits med i tid",
        "Personalen har inte haft tid för uppföljning",
        "Schemat lämnar ingen tid för gemensam planering",
        index % 2 === 0 ? "Vikarier har ersatt ordinarie personal under hösten" : "",
      ].filter((why) => why !== ""),
      action: "Avsätta en timme i veckan för gemensam planering och uppföljning",
      stage: stages[(index / 3) % stages.length] ?? "Planera",
      owner: "Enhetschef",
      date: "2026-11-30",
    },
  ];
}

/** The example units' filled-in workbooks. */
export function exampleUnitFiles(plan: Plan, createdAt: string): ExampleUnitFile[] {
  const catalogue = new Map(exampleIndicators().map((entry) => [entry.indicator.id, entry.example]));
  const files: ExampleUnitFile[] = [];
  [...indicatorsByReporter(plan)].forEach(([unit, indicators], index) => {
    if ((NOT_REPORTED as readonly string[]).includes(unit)) return;
    const random = new Random(7000 + index);
    const filled = new Map<string, FilledRow>();
    for (const indicator of indicators) {
      const example = catalogue.get(indicator.id);
      if (example === undefined) continue;
      const actual = exampleOutcome(example, unitOffset(example, unit, indicator.id), CURRENT_STEP, random, shareOfYear(example, EXAMPLE_PERIOD));
      const split = indicator.genderSplit && indicator.unit === "%";
      const forecasts = isAmountIndicator(indicator, plan.targets) && !NO_FORECAST.some((blank) => blank.unit === unit && blank.indicator === indicator.name);
      filled.set(indicator.id, {
        actual,
        women: split ? Math.min(1, Math.round((actual + 0.03) * 1000) / 1000) : null,
        men: split ? Math.max(0, Math.round((actual - 0.03) * 1000) / 1000) : null,
        ...(forecasts ? { forecast: exampleForecast(indicator, actual, indicator.name.startsWith("Budgetavvikelse") ? 8 / 12 : shareOfYear(example, EXAMPLE_PERIOD)) } : {}),
      });
    }
    const first = (predicate: (unitOfMeasure: string) => boolean) => indicators.find((i) => predicate(i.unit))?.id;
    if (unit === PLANTED.textInNumbers) {
      const counts = indicators.filter((i) => i.unit !== "%").map((i) => i.id);
      const shares = indicators.filter((i) => i.unit === "%").map((i) => i.id);
      if (counts[0] !== undefined) filled.set(counts[0], { actual: "12,5" });
      if (shares[0] !== undefined) filled.set(shares[0], { actual: "n/a" });
      if (shares[1] !== undefined) filled.set(shares[1], { actual: "ungefär 80" });
    }
    if (unit === PLANTED.percentAs85) {
      const share = first((u) => u === "%");
      if (share !== undefined) filled.set(share, { actual: 85 });
    }
    const actions: FilledAction[] = [
      { action: "Följa upp resultaten på arbetsplatsträff", about: indicators[0]?.id ?? "", owner: "Enhetschef", due: "2026-12-15", newDate: null, status: "Pågår", comment: "" },
      { action: "Revidera rutiner efter förra årets analys", about: indicators[1]?.id ?? "", owner: "Enhetschef", due: "2026-05-31", newDate: null, status: "Klar", comment: "" },
    ];
    if (unit === PLANTED.overdueAction) actions.push({ action: "Byta ut gatubelysning på Storgatan", about: indicators[0]?.id ?? "", owner: "Gatuchef", due: "2026-06-30", newDate: null, status: "Pågår", comment: "Leveransen försenad" });
    const improvements = exampleImprovements(indicators, index);
    const analyses = new Map([["Helhet", "Verksamheten har i stort nått sina mål under perioden. Personalomsättning och sjukfrånvaro påverkar resultaten."]]);
    const modified =
      unit === PLANTED.late ? "2026-09-20T16:45:00" : unit === PLANTED.savedLater ? "2026-09-17T09:05:00" : `2026-09-${String(8 + (index % 7)).padStart(2, "0")}T${String(8 + (index % 9)).padStart(2, "0")}:15:00`;
    // The day the unit marked its report done: the day it saved it, or (one unit) the day before a late save by the controller; a few forget.
    const markDay = unit === PLANTED.late ? "2026-09-18" : unit === PLANTED.savedLater ? "2026-09-14" : index % 5 === 4 ? null : modified.slice(0, 10);
    const manager = plan.organisation.find((o) => o.id === unit)?.manager ?? "";
    const mark = markDay === null ? undefined : { by: manager, date: markDay };
    let book = buildTemplate({ plan, unit, period: EXAMPLE_PERIOD, createdAt, filled, mark, actions, analyses, improvements });
    if (unit !== PLANTED.noComments) {
      // Units write a comment where they are red, as the plan requires; one unit forgets.
      for (const indicator of indicators) {
        if (statusOfRow(book, indicator.id) === STATUS_LABELS.sv.red) filled.set(indicator.id, { ...filled.get(indicator.id), comment: "Resultatet är lägre än målet; åtgärder finns i handlingsplanen." });
      }
      book = buildTemplate({ plan, unit, period: EXAMPLE_PERIOD, createdAt, filled, mark, actions, analyses, improvements });
    }
    if (unit === PLANTED.oldTemplate) book = asOldTemplate(book);
    const name = plan.organisation.find((o) => o.id === unit)?.name ?? unit;
    files.push({ fileName: templateFileName(EXAMPLE_PERIOD, name), book, modified });
    if (unit === PLANTED.duplicate) {
      const corrected = new Map(filled);
      const share = first((u) => u === "%");
      if (share !== undefined) corrected.set(share, { ...filled.get(share), actual: 0.91 });
      files.push({
        fileName: templateFileName(EXAMPLE_PERIOD, `${name} (2)`),
        book: buildTemplate({ plan, unit, period: EXAMPLE_PERIOD, createdAt, filled: corrected, mark: { by: manager, date: "2026-09-14" }, actions, analyses, improvements }),
        modified: "2026-09-14T11:30:00",
      });
    }
  });
  return files;
}

