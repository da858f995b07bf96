/**
 * The plan model as a plan workbook (docs/workbooks.md §1), with Swedish sheet names and headers in the
 * order of the sheet specs. Percentages are stored as fractions with a percent format.
 */
import {
  AGGREGATION_LABELS,
  ASSESSMENT_LABELS,
  DIRECTION_LABELS,
  ROLLUP_METHOD_LABELS,
  seasonalProfileText,
  type Indicator,
  type Plan,
} from "../../core";
import type { CellValue } from "../grid";
import type { CellOut, ColumnOut, SheetOut, WorkbookOut } from "../output";
import type { SheetSpec } from "../table";
import {
  ACTUALS_SHEET,
  ASSESSMENTS_SHEET,
  GOALS_SHEET,
  INDICATORS_SHEET,
  ORGANISATION_SHEET,
  AREA_PEER_GROUPS_SHEET,
  ORG_CHANGES_SHEET,
  PEERS_SHEET,
  PERIODS_SHEET,
  POLITICAL_ANALYSIS_SHEET,
  SETTING_KEYS,
  SETTINGS_SHEET,
  TARGETS_SHEET,
  UNIT_PEERS_SHEET,
} from "./plan-sheets";
import { measuredCell, targetCell } from "../number-format";
import { GOAL_LEVEL_WORDS, ORG_TYPE_WORDS, PERIOD_TYPE_WORDS, yesNoWord } from "./plan-words";


function sheet<K extends string>(spec: SheetSpec<K>, rows: readonly Readonly<Partial<Record<K, CellOut>>>[], widths: Partial<Record<K, number>> = {}): SheetOut {
  const columns: ColumnOut[] = spec.columns.map((column) => ({ header: column.headers[0] ?? column.key, width: widths[column.key] }));
  return { name: spec.names[0] ?? "", columns, rows: rows.map((row) => spec.columns.map((column) => row[column.key] ?? null)) };
}

const date = (iso: string | null): CellValue => (iso === null || iso === "" ? null : /^\d{4}-\d{2}-\d{2}/.test(iso) ? { date: iso.slice(0, 10) } : iso);


/** The plan as a workbook to write. */
export function planWorkbook(plan: Plan): WorkbookOut {
  const indicatorById = new Map<string, Indicator>(plan.indicators.map((indicator) => [indicator.id, indicator]));
  const unitOf = (indicator: string) => indicatorById.get(indicator)?.unit ?? "";
  const measured = (value: number | null, indicator: string): CellOut => measuredCell(value, unitOf(indicator));

  return {
    sheets: [
      settingsSheet(plan),
      sheet(PERIODS_SHEET, plan.periods.map((p) => ({ id: p.id, name: p.name, from: date(p.from), to: date(p.to), type: PERIOD_TYPE_WORDS[p.type] })), { name: 20, from: 12, to: 12 }),
      organisationSheet(plan),
      sheet(
        GOALS_SHEET,
        plan.goals.map((g) => ({
          id: g.id,
          name: g.name,
          level: GOAL_LEVEL_WORDS[g.level],
          parent: g.parent,
          organisation: g.organisation,
          financial: yesNoWord(g.financial),
          rollup: g.rollupMethod === null ? null : ROLLUP_METHOD_LABELS.sv[g.rollupMethod],
          description: g.description,
        })),
        { name: 50, level: 18, description: 40 },
      ),
      sheet(
        INDICATORS_SHEET,
        plan.indicators.map((i) => ({
          id: i.id,
          name: i.name,
          goal: i.goal,
          unit: i.unit,
          direction: DIRECTION_LABELS.sv[i.direction],
          weight: i.weight,
          yellowFrom: i.yellowFrom === null ? null : { value: i.yellowFrom, numFmt: "0%" },
          tolerance: i.tolerance,
          aggregation: AGGREGATION_LABELS.sv[i.aggregation],
          weightedBy: i.weightedBy,
          reportedBy: "level" in i.reportedBy ? ORG_TYPE_WORDS[i.reportedBy.level] : i.reportedBy.named.join(", "),
          genderSplit: yesNoWord(i.genderSplit),
          koladaId: i.koladaId,
          description: i.description,
          profile: seasonalProfileText(i.profile),
        })),
        { name: 50, aggregation: 16, reportedBy: 24, description: 40 },
      ),
      sheet(TARGETS_SHEET, plan.targets.map((t) => ({
        indicator: t.indicator,
        organisation: t.organisation,
        period: t.period,
        target: targetCell(t.target, unitOf(t.indicator)),
        targetMax: measured(t.targetMax, t.indicator),
        baseline: measured(t.baseline, t.indicator),
        budget: t.budget === null ? null : { value: t.budget, numFmt: "#,##0" },
      }))),
      sheet(ACTUALS_SHEET, plan.actuals.map((a) => ({
        indicator: a.indicator,
        organisation: a.organisation,
        period: a.period,
        actual: measured(a.actual, a.indicator),
        women: measured(a.women, a.indicator),
        men: measured(a.men, a.indicator),
        comment: a.comment,
        source: a.source,
        loadedAt: a.loadedAt,
        forecast: measured(a.forecast ?? null, a.indicator),
      })), { comment: 40, source: 24 }),
      assessmentsSheet(plan),
      sheet(POLITICAL_ANALYSIS_SHEET, plan.politicalAnalysis.map(({ goal, period, politicalAssessment, analysis, conclusions }) => ({ goal, period, politicalAssessment, analysis, conclusions })), { politicalAssessment: 30, analysis: 50, conclusions: 50 }),
      peersSheet(plan),
      unitPeersSheet(plan),
      orgChangesSheet(plan),
      areaPeerGroupsSheet(plan),
    ],
  };
}

/** The plan's Inställningar sheet (what `puls kolada groups` writes anew with the peer group chosen). */
export function settingsSheet(plan: Plan): SheetOut {
  const { settings } = plan;
  const settingRows: [readonly string[], CellOut][] = [
    [SETTING_KEYS.municipality, settings.municipality],
    [SETTING_KEYS.municipalityCode, settings.municipalityCode],
    [SETTING_KEYS.year, settings.year],
    [SETTING_KEYS.currentPeriod, settings.currentPeriod],
    [SETTING_KEYS.yellowFrom, { value: settings.yellowFrom, numFmt: "0%" }],
    [SETTING_KEYS.trendBand, { value: settings.trendBand, numFmt: "0.0%" }],
    [SETTING_KEYS.rollupMethod, ROLLUP_METHOD_LABELS.sv[settings.rollupMethod]],
    [SETTING_KEYS.minCoverage, { value: settings.minCoverage, numFmt: "0%" }],
    [SETTING_KEYS.deadline, date(settings.deadline)],
    [SETTING_KEYS.commentRequiredOnRed, yesNoWord(settings.commentRequiredOnRed)],
    [SETTING_KEYS.language, settings.language],
    [SETTING_KEYS.peerGroup, settings.peerGroup.join(", ")],
    [SETTING_KEYS.peerGroupName, settings.peerGroupName === "" ? null : settings.peerGroupName],
    [SETTING_KEYS.resultIndicator, settings.resultIndicator],
    [SETTING_KEYS.balanceAdjustments, settings.balanceAdjustments === 0 ? null : { value: settings.balanceAdjustments, numFmt: "#,##0" }],
  ];
  return sheet(SETTINGS_SHEET, settingRows.map(([keys, value]) => ({ key: keys[0] ?? "", value })), { key: 26, value: 24 });
}

/** The plan's Organisation sheet (what `puls kolada units` writes anew with the units' Kolada ids). */
export function organisationSheet(plan: Plan): SheetOut {
  return sheet(
    ORGANISATION_SHEET,
    plan.organisation.map((o) => ({
      id: o.id,
      name: o.name,
      parent: o.parent,
      type: ORG_TYPE_WORDS[o.type],
      manager: o.manager,
      email: o.email,
      category: o.category,
      size: o.size,
      sizeMeasure: o.sizeMeasure,
      koladaId: o.koladaId ?? null,
    })),
    { name: 28, type: 18, manager: 22, email: 30, category: 18, sizeMeasure: 14, koladaId: 16 },
  );
}

/** The plan's Bedömningar sheet (what the task pane writes into a plan open in Excel when an assessment is set). */
export function assessmentsSheet(plan: Plan): SheetOut {
  return sheet(ASSESSMENTS_SHEET, plan.assessments.map((a) => ({
        goal: a.goal,
        organisation: a.organisation,
        period: a.period,
        assessment: ASSESSMENT_LABELS.sv[a.assessment],
        justification: a.justification,
        assessedBy: a.assessedBy,
        date: date(a.date),
      })), { assessment: 18, justification: 50 });
}

/** The plan's Jämförelse sheet: peer values in the indicator's own format (a % indicator's as percent). */
export function peersSheet(plan: Plan): SheetOut {
  const units = new Map(plan.indicators.map((indicator) => [indicator.id, indicator.unit]));
  return sheet(
    PEERS_SHEET,
    plan.peers.map((p) => ({
      indicator: p.indicator,
      koladaId: p.koladaId,
      municipalityCode: p.municipalityCode,
      year: p.year,
      gender: p.gender,
      value: measuredCell(p.value, units.get(p.indicator ?? "") ?? ""),
    })),
  );
}

/** The plan's Jämförelse enheter sheet: the country's units' values, in the indicator's own format. */
export function unitPeersSheet(plan: Plan): SheetOut {
  const units = new Map(plan.indicators.map((indicator) => [indicator.id, indicator.unit]));
  return sheet(
    UNIT_PEERS_SHEET,
    plan.unitPeers.map((p) => ({
      indicator: p.indicator,
      koladaId: p.koladaId,
      unit: p.unit,
      year: p.year,
      gender: p.gender,
      value: measuredCell(p.value, units.get(p.indicator ?? "") ?? ""),
      count: p.count,
    })),
    { unit: 16 },
  );
}

/** The plan's Jämförelsegrupper sheet: the group chosen per area (empty with its headers when the plan has one group for all). */
export function areaPeerGroupsSheet(plan: Plan): SheetOut {
  const rows = (plan.areaPeerGroups ?? []).map(({ area, groupId, name, members }) => ({ area, groupId, name, members: members.join(", ") }));
  return sheet(AREA_PEER_GROUPS_SHEET, rows, { area: 14, groupId: 12, name: 50, members: 60 });
}

/** The plan's Organisationsförändringar sheet: old id → new id from a period (empty with its headers when nothing changed). */
export function orgChangesSheet(plan: Plan): SheetOut {
  return sheet(ORG_CHANGES_SHEET, plan.orgChanges.map(({ oldId, newId, from, comment }) => ({ oldId, newId, from, comment })), { oldId: 14, newId: 14, from: 12, comment: 50 });
}
