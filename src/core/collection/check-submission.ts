/**
 * The rules that judge one unit's submission (docs/workbooks.md §3): is it this unit's template,
 * of this plan and period, untouched where Puls wrote it; is every value a number (and a share a
 * share); is every expected row there and no other; does the gender split add up; does a red
 * status have its comment; is an action overdue. Pure: the workbook layer parses, this judges.
 */
import { samePeriodLastYear, indicatorStatus } from "../evaluation";
import { isMissingText } from "../values";
import { parseNumberText } from "../number-text";
import { error, warning, type Location, type Problem } from "../problems";
import type { ActualRow, Indicator } from "../plan";
import type { CollectionContext } from "./context";
import type { ActionRow } from "./model";
import { ACTION_STATUS_LABELS, isClosedAction, parseActionStatus } from "./action-status";
import { checkImprovements } from "./improvement";
import type { CellInput } from "../values";
import { parseIsoDate } from "../time";
import { isAmountIndicator } from "../forecast";
import { byFile, unusable, type CheckedSubmission, type HandedIn, type ParsedSubmission, type SubmissionMeta, type SubmittedAction, type SubmittedMark, type SubmittedRow } from "./submission";

/** The first version of the template format whose hidden sheet carries a seal. */
export const SEALED_FROM_VERSION = 3;
/**
 * The version of the template format Puls writes; older ones are read with a warning. Version 4
 * opened the report sheet with a title block and the unit's "Klar att lämna in" mark (the header
 * row is found wherever it is, so older layouts read as before). Version 5 added the column
 * *Prognos helår* for amounts (an older template has none: its units give no forecast). Version 6
 * added the unit's Pulstavla and the Förbättringar sheet of improvement items (an older template
 * has none: its unit gives no improvement items).
 */
export const CURRENT_TEMPLATE_VERSION = 6;

const describeCell = (value: CellInput): string => {
  if (value === null || value === undefined) return "";
  if (typeof value === "object") return value.errorCode;
  return String(value).trim();
};

/** A measured value from a unit's cell, with the problems it calls for. */
function measured(value: CellInput, indicator: Indicator, unit: string, at: Location, problems: Problem[], column = "Utfall"): { value: number | null; invalid: boolean } {
  const about = { organisation: unit, indicator: indicator.id };
  if (value === null || value === undefined) return { value: null, invalid: false };
  let number: number;
  if (typeof value === "number") number = value;
  else if (typeof value === "string") {
    if (isMissingText(value)) return { value: null, invalid: false };
    const parsed = parseNumberText(value);
    if (parsed === undefined) {
      problems.push(error("invalid-number", at, { value, column }, about));
      return { value: null, invalid: true };
    }
    number = parsed.value;
    if (parsed.decimalComma) problems.push(warning("decimal-comma", at, { value, number: parsed.value }, about));
  } else {
    // An Excel error value is missing by the rules, but a broken formula must not pass unnoticed;
    // a truth value is no number either.
    problems.push(error("invalid-number", at, { value: describeCell(value), column }, about));
    return { value: null, invalid: true };
  }
  if (indicator.unit.trim() === "%") {
    if (number < 0 || number > 100) {
      problems.push(error("not-a-percentage", at, { value: number }, about));
      return { value: null, invalid: true };
    }
    if (number > 1) {
      // 85 where 85 % was meant: unambiguous above 1, since no share exceeds 100 %.
      const share = number / 100;
      problems.push(warning("percent-as-number", at, { value: number, share }, about));
      number = share;
    }
  }
  return { value: number, invalid: false };
}

/**
 * The number collection reads from a unit's cell of `indicator` (null when missing or not a
 * number), by the same rules as a submission's cells: what a template's live status must judge.
 */
export function reportedValue(value: CellInput, indicator: Indicator): number | null {
  return measured(value, indicator, "", {}, []).value;
}

/** Whether the hidden sheet is what Puls wrote: from version 3 its seal must match its fields. */
function identityProblem(meta: SubmissionMeta, context: CollectionContext): Problem | undefined {
  if (meta.version < SEALED_FROM_VERSION || meta.seal === meta.expectedSeal) return undefined;
  const claimed = context.plan.organisation.find((o) => o.id === meta.unit)?.name ?? meta.unit;
  return error("identity-mismatch", meta.at, { unit: claimed, found: meta.unitName !== "" && meta.unitName !== claimed ? meta.unitName : "" });
}

/** The problems of the hidden sheet, and whether the submission can be used. */
function checkMeta(meta: SubmissionMeta, context: CollectionContext, problems: Problem[]): boolean {
  const at = meta.at;
  if (meta.unit === "") {
    problems.push(error("missing-unit-id", at));
    return false;
  }
  const identity = identityProblem(meta, context);
  if (identity !== undefined) {
    problems.push(identity);
    return false;
  }
  let usable = true;
  if (meta.version < CURRENT_TEMPLATE_VERSION) problems.push(warning("old-template", at, { version: meta.version }));
  if (!context.plan.organisation.some((o) => o.id === meta.unit)) {
    const successors = context.plan.orgChanges.filter((change) => change.oldId === meta.unit && change.newId !== null);
    if (successors.length > 0) {
      // A template of a unit that has since been merged, split or renamed: say where it went.
      const names = successors.map((change) => context.plan.organisation.find((o) => o.id === change.newId)?.name ?? change.newId).join(", ");
      problems.push(error("unit-changed", at, { unit: meta.unit, from: successors[0]?.from ?? "", successors: names }, { organisation: meta.unit }));
      return false;
    }
    problems.push(error("unknown-unit", at, { unit: meta.unit }, { organisation: meta.unit }));
    usable = false;
  }
  if (meta.period !== context.period) {
    problems.push(error("other-period", at, { found: meta.period, expected: context.period }, { organisation: meta.unit }));
    usable = false;
  }
  if (meta.fingerprint !== context.fingerprint) {
    problems.push(error("other-plan", at, {}, { organisation: meta.unit }));
    usable = false;
  }
  return usable;
}

function isRed(context: CollectionContext, indicator: Indicator, unit: string, actual: number): boolean {
  const { plan, period } = context;
  const previous = context.history.value(indicator, unit, samePeriodLastYear(period));
  return indicatorStatus(plan.settings, indicator, actual, context.targets.find(indicator.id, unit, period), previous) === "red";
}

/** The report sheet's rows, checked against the unit's expected indicators. */
function checkRows(rows: readonly SubmittedRow[], unit: string, source: string, context: CollectionContext, problems: Problem[]): { actuals: ActualRow[]; filled: number } {
  const byId = new Map((context.expected.get(unit) ?? []).map((indicator) => [indicator.id, indicator]));
  const seen = new Set<string>();
  const actuals: ActualRow[] = [];
  let filled = 0;
  for (const row of rows) {
    const about = { organisation: unit, indicator: row.indicator };
    const indicator = byId.get(row.indicator);
    if (indicator === undefined) {
      problems.push(error("unexpected-row", row.at.indicator, { indicator: row.indicator }, about));
      continue;
    }
    if (seen.has(row.indicator)) {
      problems.push(warning("duplicate-row", row.at.indicator, { indicator: row.indicator }, about));
      continue;
    }
    seen.add(row.indicator);
    const actual = measured(row.actual, indicator, unit, row.at.actual, problems);
    const women = measured(row.women, indicator, unit, row.at.women, problems);
    const men = measured(row.men, indicator, unit, row.at.men, problems);
    // Only an amount has a forecast cell (template version 5); elsewhere the cell says "–".
    const forecast = row.forecast === undefined || !isAmountIndicator(indicator, context.plan.targets) ? undefined : measured(row.forecast, indicator, unit, row.at.forecast ?? row.at.actual, problems, "Prognos helår");
    if (actual.value !== null) filled += 1;
    if (actual.value !== null && women.value !== null && men.value !== null && indicator.unit.trim() !== "%") {
      const sum = women.value + men.value;
      if (Math.abs(sum - actual.value) > 1e-9 * Math.max(1, Math.abs(actual.value))) {
        problems.push(warning("gender-sum-mismatch", row.at.actual, { women: women.value, men: men.value, sum, actual: actual.value }, about));
      }
    }
    if (context.plan.settings.commentRequiredOnRed && row.comment === "" && actual.value !== null && isRed(context, indicator, unit, actual.value)) {
      problems.push(warning("comment-required", row.at.comment, {}, about));
    }
    actuals.push({
      indicator: row.indicator,
      organisation: unit,
      period: context.period,
      actual: actual.value,
      women: women.value,
      men: men.value,
      comment: row.comment,
      source,
      loadedAt: context.collectedAt,
      ...(forecast === undefined ? {} : { forecast: forecast.value }),
      at: row.at.actual,
    });
  }
  return { actuals, filled };
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The action plan, each action judged overdue against the day of collection. */
function checkActions(actions: readonly SubmittedAction[], unit: string, context: CollectionContext, problems: Problem[]): ActionRow[] {
  const today = context.collectedAt.slice(0, 10);
  return actions.map((action) => {
    const statusText = action.status || ACTION_STATUS_LABELS.sv.notStarted;
    const status = parseActionStatus(statusText);
    const deadline = action.newDate || action.due;
    const overdue = !isClosedAction(status) && ISO_DAY.test(deadline) && deadline < today;
    if (overdue) problems.push(warning("overdue-action", action.newDate === "" ? action.at.due : action.at.newDate, { action: action.action, due: deadline, status: statusText }, { organisation: unit }));
    return { action: action.action, about: action.about, owner: action.owner, due: action.due, newDate: action.newDate, status, statusText, comment: action.comment, overdue };
  });
}

/**
 * When the unit handed in: the day of its own "Klar att lämna in" mark when it gave one, else the
 * day its file was last changed (so a copy the controller saved later does not make it late). A
 * mark that is no day, or a day after the collection, is a problem at its cell, and the file's time
 * is used instead.
 */
function handedIn(mark: SubmittedMark | undefined, modified: string | null, unit: string, context: CollectionContext, problems: Problem[]): HandedIn | null {
  if (mark === undefined || mark.date.trim() === "") return byFile(modified);
  const day = parseIsoDate(mark.date);
  if (day === undefined) {
    problems.push(warning("invalid-submission-date", mark.at, { value: mark.date }, { organisation: unit }));
    return byFile(modified);
  }
  const today = context.collectedAt.slice(0, 10);
  if (day > today) {
    problems.push(warning("future-submission-date", mark.at, { date: day, today }, { organisation: unit }));
    return byFile(modified);
  }
  return { day, by: "mark" };
}

/** Applies the rules of collection to one parsed submission. */
export function checkSubmission(submission: ParsedSubmission, context: CollectionContext): CheckedSubmission {
  const { file, sheet, modified, meta } = submission;
  const problems: Problem[] = [];
  const usable = checkMeta(meta, context, problems);
  const identified = { unit: meta.unit || null, period: meta.period || null, createdAt: meta.createdAt };
  // A file whose identity is in doubt belongs to no unit: it must not count as anyone's attempt.
  const doubtful = problems.some((p) => p.code === "identity-mismatch");
  if (!usable) return { ...unusable(file, modified, problems, sheet), ...identified, unit: doubtful ? null : identified.unit };
  const report = submission.report;
  if (report === undefined) {
    problems.push(error("missing-sheet", { file }, { sheet: submission.reportSheetName }, { organisation: meta.unit }));
    return { ...unusable(file, modified, problems, sheet), ...identified };
  }
  for (const problem of report.problems) problems.push({ ...problem, organisation: meta.unit });
  const expected = context.expected.get(meta.unit)?.length ?? 0;
  let actuals: ActualRow[] = [];
  let filled = 0;
  // A report sheet whose table cannot be read (a key column gone) gives no outcomes, but the
  // submission is still the unit's: its action plan and analyses are read.
  if (report.readable) {
    ({ actuals, filled } = checkRows(report.rows, meta.unit, report.source, context, problems));
    const present = new Set(report.rows.map((row) => row.indicator));
    for (const indicator of context.expected.get(meta.unit) ?? []) {
      if (!present.has(indicator.id)) problems.push(error("missing-row", { file, sheet: report.sheet }, { indicator: indicator.id }, { organisation: meta.unit, indicator: indicator.id }));
    }
  }
  const actions = checkActions(submission.actions, meta.unit, context, problems);
  const handed = handedIn(report.mark, modified, meta.unit, context, problems);
  return { file, sheet, modified, ...identified, handedIn: handed, usable: true, actuals, expected, filled, actions, analyses: submission.analyses, improvements: checkImprovements(submission.improvements), problems };
}
