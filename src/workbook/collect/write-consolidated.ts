/**
 * The consolidated workbook (docs/workbooks.md §3): Utfall, Inrapporteringsstatus, Avvikelser, Status
 * and Målbedömning, or the same sheets appended to a copy of the plan; both with the very hidden
 * metadata sheet that says which period and plan they are of.
 */
import {
  ASSESSMENT_LABELS,
  STATUS_LABELS,
  TREND_LABELS,
  planFingerprint,
  rowKey,
  problemMessage,
  withOutcomes,
  type Indicator,
  type Language,
  type Plan,
  type Problem,
  type Status,
  type StatusRow,
} from "../../core";
import type { SheetOut, WorkbookOut } from "../output";
import { wrappedHeight } from "../wrapped-height";
import { measuredCell, targetCell } from "../number-format";
import { AREA_PEER_GROUPS_SHEET, ASSESSMENTS_SHEET, GOALS_SHEET, INDICATORS_SHEET, ORGANISATION_SHEET, ORG_CHANGES_SHEET, PEERS_SHEET, PERIODS_SHEET, POLITICAL_ANALYSIS_SHEET, SETTINGS_SHEET, TARGETS_SHEET, UNIT_PEERS_SHEET } from "../plan/plan-sheets";
import { planWorkbook } from "../plan/write-plan";
import { HANDED_IN_BY_LABELS, REPORTING_STATE_WORDS, type CollectedPeriod, type HandedIn, type ReportingState } from "../../core";
import { improvementsSheet } from "./improvements-sheet";
import { CONSOLIDATED_FORMAT_VERSION, CONSOLIDATED_META_SHEET, PROBLEMS_SHEET, PROBLEM_COLUMN_WIDTHS, consolidatedMetaSheet, encodeValues, type ProblemColumn } from "./consolidated-format";

export const REPORTING_STATE_LABELS: Readonly<Record<ReportingState, string>> = REPORTING_STATE_WORDS.sv;

export const SEVERITY_LABELS = { error: "Fel", warning: "Varning" } as const;

/** How the day a unit handed in was judged, as the reporting sheet's *Enligt* column says it (always Swedish in workbooks). */
export const HANDED_IN_LABELS: Readonly<Record<HandedIn["by"], string>> = HANDED_IN_BY_LABELS.sv;

const measured = measuredCell;
const columns = (headers: readonly [string, number?, string?][]) => headers.map(([header, width, numFmt]) => ({ header, width, ...(numFmt === undefined ? {} : { numFmt }) }));

export function actualsSheet(plan: Plan, consolidation: CollectedPeriod): SheetOut {
  const unitOf = indicatorUnits(plan);
  return {
    name: "Utfall",
    columns: columns([["Nyckeltal"], ["Organisation", 14], ["Period"], ["Utfall", 12], ["Kvinnor"], ["Män"], ["Kommentar", 40], ["Källa", 34], ["Inläst", 18], ["Prognos helår", 14]]),
    rows: consolidation.actuals.map((a) => {
      const unit = unitOf(a.indicator);
      return [a.indicator, a.organisation, a.period, measured(a.actual, unit), measured(a.women, unit), measured(a.men, unit), a.comment, a.source, a.loadedAt, measured(a.forecast ?? null, unit)];
    }),
  };
}

function indicatorUnits(plan: Plan): (id: string) => string {
  const byId = new Map<string, Indicator>(plan.indicators.map((i) => [i.id, i]));
  return (id) => byId.get(id)?.unit ?? "";
}

export function reportingSheet(plan: Plan, consolidation: CollectedPeriod): SheetOut {
  const name = new Map(plan.organisation.map((o) => [o.id, o.name]));
  return {
    name: "Inrapporteringsstatus",
    columns: columns([["Organisation", 14], ["Namn", 28], ["Status", 16], ["Fil", 40], ["Senast ändrad", 18], ["Inlämnad", 12], ["Enligt", 20], ["Antal nyckeltal"], ["Ifyllda"], ["Fel"], ["Varningar"]]),
    // Inlämnad and Enligt: the day by which the unit is late or not, and whether its own mark or its file's time said so.
    rows: consolidation.reporting.map((r) => [
      r.organisation,
      name.get(r.organisation) ?? r.organisation,
      REPORTING_STATE_LABELS[r.state],
      r.file,
      r.modified,
      r.handedIn === undefined || r.handedIn === null ? null : { date: r.handedIn.day },
      r.handedIn === undefined || r.handedIn === null ? null : HANDED_IN_LABELS[r.handedIn.by],
      r.expected,
      r.filled,
      r.errors,
      r.warnings,
    ]),
  };
}

/** Problems, most serious first, in the order they were found within each severity. */
export function sortedProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === "error" ? -1 : 1));
}

/**
 * Avvikelser, in PROBLEMS_SHEET's column order. Meddelande is for people; Kod, Värden and the
 * location columns are the problem itself, which reading back turns into the same Problem.
 */
export function problemsSheet(problems: readonly Problem[], language: Language = "sv"): SheetOut {
  return {
    name: PROBLEMS_SHEET.names[0],
    // Värden is the problem's values for reading back (as JSON): hidden, so it neither clutters the
    // sheet nor, spilling its text to the right, shrinks the printed page.
    columns: PROBLEMS_SHEET.columns.map((c) => ({ header: c.headers[0] ?? c.key, width: PROBLEM_COLUMN_WIDTHS[c.key], hidden: c.key === "values" })),
    rows: sortedProblems(problems).map((p) => {
      const cells: Readonly<Record<ProblemColumn, string>> = {
        severity: SEVERITY_LABELS[p.severity],
        file: p.at.file ?? "",
        sheet: p.at.sheet ?? "",
        cell: p.at.cell ?? "",
        organisation: p.organisation ?? "",
        indicator: p.indicator ?? "",
        message: problemMessage(p, language),
        code: p.code,
        values: encodeValues(p.values),
      };
      return PROBLEMS_SHEET.columns.map((c) => cells[c.key]);
    }),
  };
}

/** A peer status as its word, or an empty cell where there is none. */
const peerWord = (status: Status | null): string | null => (status === null ? null : STATUS_LABELS.sv[status]);

/**
 * Where a row's peer figures come from, beside them: "Källa: Kolada (RKA), år 2025, 29 kommuner"
 * at the top, "Källa: Kolada (RKA), år 2025, 412 enheter" at a unit compared with the country's
 * units (and the same kind's count where that is a smaller group).
 */
function peerSource(s: StatusRow): string | null {
  const parts = [
    ...(s.peerBasis === null ? [] : [`år ${s.peerBasis.year}, ${s.peerBasis.count} kommuner`]),
    ...(s.peerGroupBasis === null ? [] : [`jämförelsegruppen ${s.peerGroupBasis.count} kommuner${s.peerGroupBasis.name === "" ? "" : ` (${s.peerGroupBasis.name})`}`]),
    ...(s.unitPeers === null ? [] : [`år ${s.unitPeers.basis.year}, ${s.unitPeers.basis.count} enheter`]),
    ...(s.unitPeers === null || s.unitPeers.sameKind === null ? [] : [`${s.unitPeers.sameKind.basis.count} av samma slag (${s.unitPeers.sameKind.kind})`]),
  ];
  return parts.length === 0 ? null : `Källa: Kolada (RKA), ${parts.join("; ")}`;
}

/**
 * A row without the empty cells at its end: a status row without peer figures (most of them) is
 * a dozen slots shorter, some 8 MiB over the 80,000 rows of 1,000 units. The writers write no cell
 * for an empty one, so the file is the same.
 */
function withoutTrailingEmpty<T>(row: T[]): T[] {
  let end = row.length;
  while (end > 0 && row[end - 1] === null) end -= 1;
  if (end < row.length) row.length = end;
  return row;
}

export function statusSheet(plan: Plan, consolidation: CollectedPeriod): SheetOut {
  const unitOf = indicatorUnits(plan);
  return {
    name: "Status",
    columns: columns([["Organisation", 14], ["Nyckeltal"], ["Period"], ["Utfall", 12], ["Målvärde", 12], ["Måluppfyllelse", 14, "0.0%"] /* the column's format, not one object per row's cell */, ["Status"], ["Föregående", 12], ["Trend", 12], ["Jämförelse", 12], ["Jämförelsegrupp", 16], ["Jämförelse kvinnor", 18], ["Jämförelse män", 15], ["Jämförelse enheter", 18], ["Jämförelse enheter samma slag", 28], ["Antal enheter", 13], ["Jämförelse Kolada-år", 20], ["Jämförelse antal kommuner", 25], ["Jämförelsegrupp antal kommuner", 30], ["Jämförelse antal enheter", 24], ["Jämförelsens källa", 50]]),
    rows: consolidation.evaluation.statuses.map((s) => {
      const unit = unitOf(s.indicator);
      return withoutTrailingEmpty([
        s.organisation,
        s.indicator,
        s.period,
        measured(s.actual, unit),
        targetCell(s.target, unit),
        s.attainment ?? null,
        STATUS_LABELS.sv[s.status],
        measured(s.previous, unit),
        TREND_LABELS.sv[s.trend],
        peerWord(s.peerStatus),
        peerWord(s.peerGroupStatus),
        peerWord(s.peerStatusByGender?.women ?? null),
        peerWord(s.peerStatusByGender?.men ?? null),
        // A unit with a Kolada id among the country's units of the indicator (schools among schools).
        peerWord(s.unitPeers?.status ?? null),
        peerWord(s.unitPeers?.sameKind?.status ?? null),
        s.unitCount,
        // What the peer statuses were judged against: the Kolada year and how many municipalities (or units).
        s.peerBasis?.year ?? s.peerGroupBasis?.year ?? s.unitPeers?.basis.year ?? null,
        s.peerBasis?.count ?? null,
        s.peerGroupBasis?.count ?? null,
        s.unitPeers?.basis.count ?? null,
        peerSource(s),
      ]);
    }),
  };
}

/**
 * The goals' assessments, with Puls's proposed justification beside the controllers' own (to copy
 * into Bedömningar, or rewrite there). `proposals` is keyed by rowKey(goal, organisation).
 */
export function goalsSheet(consolidation: CollectedPeriod, proposals: ReadonlyMap<string, string> = new Map()): SheetOut {
  return {
    name: "Målbedömning",
    columns: columns([["Mål"], ["Organisation", 14], ["Period"], ["Beräknad bedömning", 20], ["Poäng"], ["Täckning"], ["Bedömning", 18], ["Motivering", 60], ["Avviker"], ["Förslag till motivering", 80]]),
    // The proposals wrap in their column: each row as tall as its text (LibreOffice does not fit rows itself).
    rowHeights: consolidation.evaluation.goals.flatMap((g, index) => {
      const height = wrappedHeight(proposals.get(rowKey(g.goal, g.organisation)) ?? "", 80);
      return height === undefined ? [] : [{ row: index + 2, height }];
    }),
    rows: consolidation.evaluation.goals.map((g) => [
      g.goal,
      g.organisation,
      g.period,
      ASSESSMENT_LABELS.sv[g.computed.assessment],
      g.computed.score === null ? null : { value: g.computed.score, numFmt: "0.00" },
      { value: g.computed.coverage, numFmt: "0%" },
      ASSESSMENT_LABELS.sv[g.effective],
      g.manual?.justification ?? "",
      g.differs ? "Ja" : "Nej",
      { value: proposals.get(rowKey(g.goal, g.organisation)) ?? "", style: "wrap" },
    ]),
  };
}

/** The units' action plans, so the operational report can be made from the consolidated workbook. */
export function actionsSheet(consolidation: CollectedPeriod): SheetOut {
  return {
    name: "Handlingsplaner",
    columns: columns([["Organisation", 14], ["Aktivitet", 40], ["Mål/Nyckeltal", 14], ["Ansvarig", 18], ["Klart senast", 13], ["Nytt datum", 13], ["Status", 13], ["Kommentar", 40], ["Försenad"]]),
    rows: [...consolidation.actions].flatMap(([unit, actions]) =>
      actions.map((a) => [unit, a.action, a.about, a.owner, dateCell(a.due), dateCell(a.newDate), a.statusText, a.comment, a.overdue ? "Ja" : "Nej"]),
    ),
  };
}

/** The units' analyses per goal. */
export function analysesSheet(consolidation: CollectedPeriod): SheetOut {
  return {
    name: "Analyser",
    columns: columns([["Organisation", 14], ["Mål", 10], ["Analys", 100]]),
    rows: [...consolidation.analyses].flatMap(([unit, analyses]) => analyses.map((a) => [unit, a.goal, a.text])),
  };
}

const dateCell = (iso: string) => (/^\d{4}-\d{2}-\d{2}$/.test(iso) ? { value: { date: iso } } : iso);

/** The metadata sheet of a collection: what a command reading the workbook back checks it against. */
export function collectionMetaSheet(plan: Plan, consolidation: CollectedPeriod): SheetOut {
  return consolidatedMetaSheet({
    version: CONSOLIDATED_FORMAT_VERSION,
    municipality: plan.settings.municipality,
    year: plan.settings.year,
    period: consolidation.period,
    fingerprint: planFingerprint(plan),
    collectedAt: consolidation.collectedAt,
  });
}

/** The consolidated workbook on its own. */
export function consolidatedWorkbook(plan: Plan, consolidation: CollectedPeriod, proposals: ReadonlyMap<string, string> = new Map()): WorkbookOut {
  return {
    sheets: [
      actualsSheet(plan, consolidation),
      reportingSheet(plan, consolidation),
      problemsSheet(consolidation.problems),
      statusSheet(plan, consolidation),
      goalsSheet(consolidation, proposals),
      actionsSheet(consolidation),
      analysesSheet(consolidation),
      improvementsSheet(consolidation),
      collectionMetaSheet(plan, consolidation),
    ],
  };
}

/**
 * The sheets collection adds to a plan: its Utfall with the period's outcomes (replacing earlier
 * rows for the same indicator, organisation and period), then the other sheets of collection.
 * What the task pane writes into a plan open in Excel.
 */
export function collectionSheetsForPlan(plan: Plan, consolidation: CollectedPeriod, proposals: ReadonlyMap<string, string> = new Map()): SheetOut[] {
  return planWithConsolidation(plan, consolidation, proposals).sheets.filter((sheet) => !PLAN_SHEETS_LEFT_AS_THEY_ARE.has(sheet.name));
}

/**
 * The plan's sheets that collection does not change (all but Utfall): never rewritten in the
 * user's plan. Nor the metadata sheet: the plan open in Excel is the user's own, kept across
 * periods, not a file of one collection (a workbook without it is read as before).
 */
const PLAN_SHEETS_LEFT_AS_THEY_ARE: ReadonlySet<string> = new Set<string>([
  ...[SETTINGS_SHEET, PERIODS_SHEET, ORGANISATION_SHEET, GOALS_SHEET, INDICATORS_SHEET, TARGETS_SHEET, ASSESSMENTS_SHEET, POLITICAL_ANALYSIS_SHEET, PEERS_SHEET, UNIT_PEERS_SHEET, ORG_CHANGES_SHEET, AREA_PEER_GROUPS_SHEET].map((spec) => spec.names[0]),
  CONSOLIDATED_META_SHEET,
]);

/**
 * A copy of the plan with the period's outcomes appended to its Utfall (replacing earlier rows for
 * the same indicator, organisation and period), the other sheets of collection after it, and the
 * metadata sheet (a copy of the plan written by `collect --into-plan` is one collection's file).
 */
export function planWithConsolidation(plan: Plan, consolidation: CollectedPeriod, proposals: ReadonlyMap<string, string> = new Map()): WorkbookOut {
  const planSheets = planWorkbook(withOutcomes(plan, consolidation.actuals)).sheets;
  return {
    sheets: [...planSheets, reportingSheet(plan, consolidation), problemsSheet(consolidation.problems), statusSheet(plan, consolidation), goalsSheet(consolidation, proposals), actionsSheet(consolidation), analysesSheet(consolidation), improvementsSheet(consolidation), collectionMetaSheet(plan, consolidation)],
  };
}
