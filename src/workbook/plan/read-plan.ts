/**
 * Reading the plan workbook (docs/workbooks.md §1) into the core's plan model, with every problem in
 * the plan found and located: sheets and columns missing, cells that cannot be read, and
 * (through the core's validatePlan) ids, references, trees and targets that do not fit.
 */
import {
  DEFAULT_SETTINGS,
  error,
  isPeriodId,
  normaliseWord,
  parseAggregationMethod,
  parseCellValue,
  parseRollupMethod,
  parseSeasonalProfile,
  senseChecks,
  validatePlan,
  type AssessmentRow,
  type Goal,
  type Indicator,
  type Location,
  type AreaPeerGroup,
  type OrgChangeRow,
  type OrgUnit,
  type PeerRow,
  type PlanCells,
  type Period,
  type Plan,
  type PoliticalAnalysisRow,
  type Problem,
  type ReferencedSheet,
  type ReportedBy,
  type Settings,
  type TargetRow,
  type UnitPeerRow,
} from "../../core";
import type { WorkbookGrid } from "../grid";
import { RowReader, type toInput } from "../row-reader";
import { findSheet, readTable, type SheetSpec } from "../table";
import {
  ACTUALS_SHEET,
  AREA_PEER_GROUPS_SHEET,
  ASSESSMENTS_SHEET,
  GOALS_SHEET,
  INDICATORS_SHEET,
  ORGANISATION_SHEET,
  ORG_CHANGES_SHEET,
  PEERS_SHEET,
  PERIODS_SHEET,
  POLITICAL_ANALYSIS_SHEET,
  SETTING_KEYS,
  SETTINGS_SHEET,
  TARGETS_SHEET,
  UNIT_PEERS_SHEET,
  readActualRow,
} from "./plan-sheets";
import {
  ASSESSMENTS,
  ASSESSMENTS_ALLOWED,
  GENDERS,
  GENDERS_ALLOWED,
  GOAL_LEVELS,
  GOAL_LEVELS_ALLOWED,
  ORG_TYPES,
  ORG_TYPES_ALLOWED,
  PERIOD_TYPES,
  PERIOD_TYPES_ALLOWED,
  SIZE_WORDS,
  YES_NO,
  YES_NO_ALLOWED,
} from "./plan-words";

/**
 * `Rapporteras av`: one level word (what the column has always held; blank is `Enhet`), or a list
 * of categories (*verksamhetstyp*) and organisation ids separated by commas or semicolons. Whether
 * the names exist is checked with the whole plan (validate-plan).
 */
function reportedByOf(text: string): ReportedBy {
  const names = text.split(/[,;]/).map((part) => part.trim()).filter((part) => part !== "");
  const only = names.length === 1 ? names[0] : undefined;
  const level = only === undefined ? undefined : ORG_TYPES.get(normaliseWord(only));
  if (names.length === 0) return { level: "unit" };
  return level !== undefined ? { level } : { named: names };
}

/** The plan as read, and every problem found in it. */
export interface PlanReading {
  readonly plan: Plan;
  readonly problems: readonly Problem[];
}

class PlanReader {
  readonly problems: Problem[] = [];
  /** Sheets that could not be read at all, by their Swedish name. */
  readonly unreadable = new Set<string>();

  constructor(
    private readonly workbook: WorkbookGrid,
    private readonly file: string | undefined,
  ) {}

  /** Each row of a sheet the plan must have, through `read`; a missing sheet is a problem. */
  /** Where each row's columns are, for the checks made once the whole plan is read (sense-checks.ts). */
  readonly cells = new WeakMap<object, (key: string) => Location>();

  /** The sense checks' view of `cells`: a row's column, or the row's own cell. */
  planCells(): PlanCells {
    const locate = (row: { readonly at: Location }, key: string) => this.cells.get(row)?.(key) ?? row.at;
    return { indicator: locate, target: locate, actual: locate };
  }

  requiredRows<K extends string, T>(spec: SheetSpec<K>, read: (row: RowReader<K>) => T | undefined): T[] {
    if (findSheet(this.workbook, spec.names) === undefined) {
      this.problems.push(error("missing-sheet", { file: this.file, sheet: spec.names[0] }, { sheet: spec.names[0] ?? "" }));
      this.unreadable.add(spec.names[0] ?? "");
      return [];
    }
    return this.optionalRows(spec, read);
  }

  /** Each row of a sheet the plan may lack, through `read`; a missing sheet has no rows. */
  optionalRows<K extends string, T>(spec: SheetSpec<K>, read: (row: RowReader<K>) => T | undefined): T[] {
    const sheet = findSheet(this.workbook, spec.names);
    if (sheet === undefined) return [];
    const { table, problems } = readTable(sheet, spec, this.file);
    for (const problem of problems) this.problems.push(problem);
    if (table === undefined) {
      this.unreadable.add(spec.names[0] ?? "");
      return [];
    }
    const result: T[] = [];
    for (const row of table.rows) {
      const reader = new RowReader(table, spec, row, this.file, this.problems);
      const value = read(reader);
      if (value === undefined) continue;
      result.push(value);
      if (typeof value === "object" && value !== null) this.cells.set(value, (key) => reader.at(key as K));
    }
    return result;
  }

  /** The row's id, or a problem when it has none (the row is then skipped). */
  id<K extends string>(row: RowReader<K>, key: K): string | undefined {
    const id = row.text(key);
    if (id === "") this.problems.push(error("missing-id", row.at(key)));
    return id === "" ? undefined : id;
  }

  settings(): Settings {
    const values = new Map<string, { text: string; raw: ReturnType<typeof toInput>; at: Location }>();
    this.optionalRows(SETTINGS_SHEET, (row) => {
      values.set(normaliseWord(row.text("key")), { text: row.text("value"), raw: row.cellInput("value"), at: row.at("value") });
      return undefined;
    });
    const lookup = (keys: readonly string[]) => keys.map((key) => values.get(normaliseWord(key))).find((value) => value !== undefined);
    const invalid = (key: readonly string[], text: string, at: Location, allowed: string) =>
      this.problems.push(error("invalid-setting", at, { key: key[0] ?? "", value: text, allowed }));
    const numberSetting = (keys: readonly string[], fallback: number, allowed: string, valid: (n: number) => boolean): number => {
      const entry = lookup(keys);
      if (entry === undefined || entry.text === "") return fallback;
      try {
        const value = parseCellValue(entry.raw);
        if (value !== null && valid(value)) return value;
      } catch {
        // reported below
      }
      invalid(keys, entry.text, entry.at, allowed);
      return fallback;
    };
    const text = (keys: readonly string[]) => lookup(keys)?.text ?? "";
    const codeEntry = lookup(SETTING_KEYS.municipalityCode);
    const code = codeEntry === undefined ? "" : /^\d{1,4}$/.test(codeEntry.text) ? codeEntry.text.padStart(4, "0") : codeEntry.text;
    if (codeEntry !== undefined && code !== "" && !/^\d{4}$/.test(code)) invalid(SETTING_KEYS.municipalityCode, codeEntry.text, codeEntry.at, "fyra siffror, t.ex. 0180");
    const rollupEntry = lookup(SETTING_KEYS.rollupMethod);
    let rollupMethod = DEFAULT_SETTINGS.rollupMethod;
    try {
      rollupMethod = parseRollupMethod(rollupEntry?.text ?? "");
    } catch {
      if (rollupEntry !== undefined) invalid(SETTING_KEYS.rollupMethod, rollupEntry.text, rollupEntry.at, "medel, sämsta, andel");
    }
    const yesNoEntry = lookup(SETTING_KEYS.commentRequiredOnRed);
    const commentRequired = yesNoEntry === undefined || yesNoEntry.text === "" ? DEFAULT_SETTINGS.commentRequiredOnRed : YES_NO.get(normaliseWord(yesNoEntry.text));
    if (commentRequired === undefined && yesNoEntry !== undefined) invalid(SETTING_KEYS.commentRequiredOnRed, yesNoEntry.text, yesNoEntry.at, YES_NO_ALLOWED);
    const languageText = normaliseWord(text(SETTING_KEYS.language));
    const languageEntry = lookup(SETTING_KEYS.language);
    if (languageEntry !== undefined && languageText !== "" && languageText !== "sv" && languageText !== "en") invalid(SETTING_KEYS.language, languageEntry.text, languageEntry.at, "sv, en");
    const fraction = (n: number) => n >= 0 && n <= 1;
    const groupEntry = lookup(SETTING_KEYS.peerGroup);
    const group = municipalityCodes(groupEntry?.text ?? "");
    if (groupEntry !== undefined && !group.valid) invalid(SETTING_KEYS.peerGroup, groupEntry.text, groupEntry.at, MUNICIPALITY_CODES_ALLOWED);
    return {
      municipality: text(SETTING_KEYS.municipality),
      municipalityCode: code,
      year: numberSetting(SETTING_KEYS.year, DEFAULT_SETTINGS.year, "ett årtal, t.ex. 2026", (n) => Number.isInteger(n) && n > 1900 && n < 3000),
      currentPeriod: text(SETTING_KEYS.currentPeriod),
      yellowFrom: numberSetting(SETTING_KEYS.yellowFrom, DEFAULT_SETTINGS.yellowFrom, "ett tal mellan 0 och 1, t.ex. 0,9", fraction),
      trendBand: numberSetting(SETTING_KEYS.trendBand, DEFAULT_SETTINGS.trendBand, "ett tal från 0, t.ex. 0,01", (n) => n >= 0),
      rollupMethod,
      minCoverage: numberSetting(SETTING_KEYS.minCoverage, DEFAULT_SETTINGS.minCoverage, "ett tal mellan 0 och 1, t.ex. 0,5", fraction),
      deadline: text(SETTING_KEYS.deadline) === "" ? null : text(SETTING_KEYS.deadline),
      commentRequiredOnRed: commentRequired ?? DEFAULT_SETTINGS.commentRequiredOnRed,
      language: languageText === "en" ? "en" : "sv",
      peerGroupName: text(SETTING_KEYS.peerGroupName),
      peerGroup: group.codes,
      resultIndicator: text(SETTING_KEYS.resultIndicator) === "" ? null : text(SETTING_KEYS.resultIndicator),
      balanceAdjustments: numberSetting(SETTING_KEYS.balanceAdjustments, DEFAULT_SETTINGS.balanceAdjustments, "ett belopp i tkr, t.ex. −3 200", (n) => Number.isFinite(n)),
    };
  }
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}/;

/** Reads and checks a plan workbook. `file` names it in problems. */
export function readPlan(workbook: WorkbookGrid, file?: string): PlanReading {
  const reader = new PlanReader(workbook, file);
  /** A number that must pass `valid`; otherwise a problem at its cell, and no value (the plan's default applies). */
  const checked = <K extends string>(row: RowReader<K>, key: K, valid: (n: number) => boolean, code: "yellow-from-out-of-range" | "negative-tolerance" | "negative-size") => {
    const value = row.number(key);
    if (value === null || valid(value)) return value;
    reader.problems.push(error(code, row.at(key), { value }));
    return null;
  };
  const settings = reader.settings();

  const periods = reader.requiredRows(PERIODS_SHEET, (row): Period | undefined => {
    const id = reader.id(row, "id");
    if (id === undefined) return undefined;
    // A period id names files and sheets: only the forms Puls knows (no "../", no "2026-13").
    if (!isPeriodId(id)) reader.problems.push(error("invalid-period-id", row.at("id"), { period: id }));
    const from = row.text("from");
    const to = row.text("to");
    if (ISO_DATE.test(from) && ISO_DATE.test(to) && from.slice(0, 10) > to.slice(0, 10)) reader.problems.push(error("period-ends-before-start", row.at("to"), { from, to }));
    return { id, name: row.text("name") || id, from, to, type: row.word("type", PERIOD_TYPES, "fullYear", PERIOD_TYPES_ALLOWED), at: row.at("id") };
  });

  const organisation = reader.requiredRows(ORGANISATION_SHEET, (row): OrgUnit | undefined => {
    const id = reader.id(row, "id");
    if (id === undefined) return undefined;
    return {
      id,
      name: row.text("name") || id,
      parent: row.optionalText("parent"),
      type: row.word("type", ORG_TYPES, "unit", ORG_TYPES_ALLOWED),
      manager: row.text("manager"),
      email: row.text("email"),
      category: row.text("category"),
      size: checked(row, "size", (n) => n >= 0, "negative-size"),
      sizeMeasure: row.text("sizeMeasure"),
      ...(row.text("koladaId") === "" ? {} : { koladaId: row.text("koladaId") }),
      at: row.at("id"),
    };
  });

  const goals = reader.requiredRows(GOALS_SHEET, (row): Goal | undefined => {
    const id = reader.id(row, "id");
    if (id === undefined) return undefined;
    return {
      id,
      name: row.text("name") || id,
      level: row.word("level", GOAL_LEVELS, "resultGoal", GOAL_LEVELS_ALLOWED),
      parent: row.optionalText("parent"),
      organisation: row.text("organisation"),
      financial: row.word("financial", YES_NO, false, YES_NO_ALLOWED),
      rollupMethod: row.text("rollup") === "" ? null : row.parsed("rollup", parseRollupMethod, null, "medel, sämsta, andel"),
      description: row.text("description"),
      at: row.at("id"),
    };
  });

  const indicators = reader.requiredRows(INDICATORS_SHEET, (row): Indicator | undefined => {
    const id = reader.id(row, "id");
    if (id === undefined) return undefined;
    return {
      id,
      name: row.text("name") || id,
      goal: row.text("goal"),
      unit: row.text("unit"),
      direction: row.direction("direction"),
      weight: row.number("weight") ?? 1,
      yellowFrom: checked(row, "yellowFrom", (n) => n >= 0 && n <= 1, "yellow-from-out-of-range"),
      tolerance: checked(row, "tolerance", (n) => n >= 0, "negative-tolerance"),
      aggregation: row.parsed("aggregation", parseAggregationMethod, "mean", "Summa, Medel, Viktat medel, Min, Max, Ingen"),
      weightedBy: SIZE_WORDS.has(normaliseWord(row.text("weightedBy"))) ? null : row.optionalText("weightedBy"),
      reportedBy: reportedByOf(row.text("reportedBy")),
      genderSplit: row.word("genderSplit", YES_NO, false, YES_NO_ALLOWED),
      koladaId: row.optionalText("koladaId"),
      description: row.text("description"),
      ...(row.text("profile") === "" ? {} : { profile: row.parsed("profile", parseSeasonalProfile, { kind: "even" } as const, "Jämn, Investeringar eller tolv månadsvärden") }),
      at: row.at("id"),
    };
  });

  const targets = reader.requiredRows(TARGETS_SHEET, (row): TargetRow => {
    const target = row.target("target");
    const targetMax = row.number("targetMax");
    if (typeof target === "number" && targetMax !== null && targetMax < target) reader.problems.push(error("target-max-below-target", row.at("targetMax"), { target, targetMax }));
    return {
      indicator: row.text("indicator"),
      organisation: row.optionalText("organisation"),
      period: row.text("period"),
      target,
      targetMax,
      baseline: row.number("baseline"),
      budget: row.number("budget"),
      at: row.at("target"),
    };
  });

  const actuals = reader.optionalRows(ACTUALS_SHEET, readActualRow);

  const assessments = reader.optionalRows(ASSESSMENTS_SHEET, (row): AssessmentRow => ({
    goal: row.text("goal"),
    organisation: row.text("organisation"),
    period: row.text("period"),
    assessment: row.word("assessment", ASSESSMENTS, "cannotAssess", ASSESSMENTS_ALLOWED),
    justification: row.text("justification"),
    assessedBy: row.text("assessedBy"),
    date: row.text("date"),
    at: row.at("assessment"),
  }));

  const politicalAnalysis = reader.optionalRows(POLITICAL_ANALYSIS_SHEET, (row): PoliticalAnalysisRow => ({
    goal: row.text("goal"),
    period: row.text("period"),
    politicalAssessment: row.text("politicalAssessment"),
    analysis: row.text("analysis"),
    conclusions: row.text("conclusions"),
    at: row.at("goal"),
  }));

  const peers = reader.optionalRows(PEERS_SHEET, (row): PeerRow => ({
    indicator: row.optionalText("indicator"),
    koladaId: row.optionalText("koladaId"),
    municipalityCode: row.text("municipalityCode").padStart(4, "0"),
    year: row.number("year") ?? 0,
    gender: row.word("gender", GENDERS, "T", GENDERS_ALLOWED),
    value: row.number("value"),
    at: row.at("value"),
  }));

  const unitPeers = reader.optionalRows(UNIT_PEERS_SHEET, (row): UnitPeerRow => ({
    indicator: row.optionalText("indicator"),
    koladaId: row.optionalText("koladaId"),
    unit: row.text("unit"),
    year: row.number("year") ?? 0,
    gender: row.word("gender", GENDERS, "T", GENDERS_ALLOWED),
    value: row.number("value"),
    count: row.number("count"),
    at: row.at("value"),
  }));

  const orgChanges = reader.optionalRows(ORG_CHANGES_SHEET, (row): OrgChangeRow | undefined => {
    const oldId = reader.id(row, "oldId");
    if (oldId === undefined) return undefined;
    return { oldId, newId: row.optionalText("newId"), from: row.text("from"), comment: row.text("comment"), at: row.at("oldId") };
  });

  const areaPeerGroups = reader.optionalRows(AREA_PEER_GROUPS_SHEET, (row): AreaPeerGroup | undefined => {
    const area = reader.id(row, "area");
    if (area === undefined) return undefined;
    const members = municipalityCodes(row.text("members"));
    if (!members.valid) reader.problems.push(error("invalid-value", row.at("members"), { value: row.text("members"), column: "Kommuner", allowed: MUNICIPALITY_CODES_ALLOWED }));
    return { area, groupId: row.text("groupId"), name: row.text("name"), members: members.codes, at: row.at("area") };
  });

  const plan: Plan = { settings, periods, organisation, goals, indicators, targets, actuals, assessments, politicalAnalysis, peers, unitPeers, orgChanges, ...(areaPeerGroups.length === 0 ? {} : { areaPeerGroups }) };
  const sheetOf: Record<ReferencedSheet, string> = { periods: "Perioder", organisation: "Organisation", goals: "Mål", indicators: "Nyckeltal" };
  const unreadable = new Set((Object.keys(sheetOf) as ReferencedSheet[]).filter((key) => reader.unreadable.has(sheetOf[key])));
  // Sense needs the whole plan: with a sheet unreadable every indicator would look unreported.
  const whole = [...validatePlan(plan, unreadable), ...(unreadable.size === 0 ? senseChecks(plan, reader.planCells()) : [])];
  return { plan, problems: [...reader.problems, ...whole.map((problem) => withFile(problem, file))] };
}

function withFile(problem: Problem, file: string | undefined): Problem {
  return file === undefined || problem.at.file !== undefined ? problem : { ...problem, at: { ...problem.at, file } };
}

const MUNICIPALITY_CODES_ALLOWED = "kommunkoder med kommatecken emellan, t.ex. 0180, 1480";

/** Municipality codes typed with commas, spaces or semicolons between, padded to four digits; `valid` false when a part is not a code. */
function municipalityCodes(text: string): { readonly codes: readonly string[]; readonly valid: boolean } {
  const parts = text.split(/[\s,;]+/).filter((part) => part !== "");
  const isCode = (part: string) => /^\d{1,4}$/.test(part);
  return { codes: parts.filter(isCode).map((part) => part.padStart(4, "0")), valid: parts.every(isCode) };
}
