/**
 * The unit templates in a real office suite: they open, and the live status that their native
 * formulas calculate is the status the core computes, for every direction and kind of target.
 */
import { STATUS_LABELS, collectionContext, indicatorStatus, judgeStatus, samePeriodLastYear, type Indicator, type Plan } from "../../src/core";
import { readUnitWorkbook } from "../../src/workbook/collect/read-unit-report";
import { readWorkbook } from "../../src/workbook/exceljs-reader";
import { EXAMPLE_PERIOD, examplePlan } from "../../src/example/generate-plan";
import { Random } from "../../src/example/random";
import { writeWorkbook } from "../../src/workbook/exceljs-writer";
import { isFormattedCell, type WorkbookOut } from "../../src/workbook/output";
import { buildTemplate, indicatorsOfUnit, type FilledRow } from "../../src/workbook/template/build-template";
import { hasLibreOffice, sheetsAsCsv, toPdf } from "../support/libreoffice";

const describeInLibreOffice = hasLibreOffice ? describe : describe.skip;
if (!hasLibreOffice) console.warn("LibreOffice tests skipped: no soffice (apt-get install libreoffice-calc).");

/** The template with every cached formula result replaced by "?", so what LibreOffice shows it calculated itself. */
function withoutCachedStatuses(book: WorkbookOut): WorkbookOut {
  const [report, ...rest] = book.sheets;
  if (report === undefined) return book;
  const rows = report.rows.map((row) => row.map((cell) => (isFormattedCell(cell) && cell.formula !== undefined ? { ...cell, value: "?" } : cell)));
  return { ...book, sheets: [{ ...report, rows }, ...rest] };
}

/** The rows under the report sheet's header (found wherever the title block puts it): [indicator id, live status]. */
function liveStatuses(report: readonly string[][]): string[][] {
  const header = report.findIndex((row) => row[0] === "Nyckeltal-id");
  expect(header).toBeGreaterThan(0);
  // The Status column, by its header (version 5 put Prognos helår before it).
  const status = report[header]?.indexOf("Status") ?? -1;
  expect(status).toBeGreaterThan(0);
  return report.slice(header + 1).filter((row) => row[0] !== "").map((row) => [row[0] ?? "", row[status] ?? ""]);
}

/** A number as a Swedish unit types it: a decimal comma. */
const swedish = (value: number) => String(value).replace(".", ",");

/** The ways a unit enters a value v of an indicator: a number, a share as its percentage, and as text in three forms. */
function entries(indicator: Indicator, value: number): readonly (number | string)[] {
  if (indicator.unit === "%") {
    const percent = Math.round(value * 1000) / 10;
    return [value, percent, `${swedish(percent)} %`, swedish(value), swedish(percent)];
  }
  return [value, value, `${swedish(value)}`, String(value), swedish(value)];
}

function expectedStatus(plan: Plan, unit: string, indicatorId: string, actual: number): string {
  const indicator = plan.indicators.find((i) => i.id === indicatorId);
  if (indicator === undefined) throw new Error(indicatorId);
  const rows = plan.targets.filter((t) => t.indicator === indicatorId && t.period === EXAMPLE_PERIOD);
  const target = rows.find((t) => t.organisation === unit) ?? rows.find((t) => t.organisation === null);
  const previous = plan.actuals.find((a) => a.indicator === indicatorId && a.organisation === unit && a.period === samePeriodLastYear(EXAMPLE_PERIOD))?.actual ?? null;
  const status = judgeStatus(actual, target?.target ?? null, indicator.direction, target?.targetMax ?? null, indicator.yellowFrom ?? plan.settings.yellowFrom, indicator.tolerance, previous, plan.settings.trendBand);
  return status === "missing" ? "Saknas" : STATUS_LABELS.sv[status];
}

describeInLibreOffice("unit templates in LibreOffice", () => {
  const plan = examplePlan();

  it.each(["UTB01", "OMS01", "OMS05", "SAM04", "OMS", "K"])("the template of %s opens, and its live statuses equal the core's", (unit) => {
    const random = new Random(unit.length * 7919);
    const indicators = indicatorsOfUnit(plan, unit);
    expect(indicators.length).toBeGreaterThan(0);
    // Outcomes around each target, so that every colour turns up.
    const filled = new Map(
      indicators.map((indicator) => {
        const target = plan.targets.find((t) => t.indicator === indicator.id && t.period === EXAMPLE_PERIOD && t.organisation === null)?.target;
        const base = typeof target === "number" && target !== 0 ? target : (plan.actuals.find((a) => a.indicator === indicator.id && a.organisation === unit)?.actual ?? 1);
        const value = Math.round(base * random.between(0.75, 1.2) * 1000) / 1000;
        return [indicator.id, { actual: indicator.unit === "%" ? Math.min(1, value) : value }];
      }),
    );
    return writeWorkbook(withoutCachedStatuses(buildTemplate({ plan, unit, period: EXAMPLE_PERIOD, createdAt: "2026-09-01", filled }))).then((bytes) => {
      const shown = liveStatuses(sheetsAsCsv(bytes).Inrapportering ?? []);
      const expected = indicators.map((indicator) => [indicator.id, expectedStatus(plan, unit, indicator.id, filled.get(indicator.id)?.actual as number)]);
      expect(shown).toEqual(expected);
      expect(toPdf(bytes).subarray(0, 5).toString()).toBe("%PDF-");
    });
  });

  it("agrees with collection on every kind of entry: numbers, shares typed as 85, text with a decimal comma, a percent sign or neither", async () => {
    const unit = "OMS01";
    const indicators = indicatorsOfUnit(plan, unit);
    expect(indicators.some((i) => i.unit === "%") && indicators.some((i) => i.unit !== "%")).toBe(true);
    const random = new Random(4711);
    // Values around each target, so that every colour turns up; each entered five ways, one way per sheet.
    const values = new Map(
      indicators.map((indicator) => {
        const target = plan.targets.find((t) => t.indicator === indicator.id && t.period === EXAMPLE_PERIOD && t.organisation === null)?.target;
        const base = typeof target === "number" && target !== 0 ? target : (plan.actuals.find((a) => a.indicator === indicator.id && a.organisation === unit)?.actual ?? 1);
        const value = Math.round(base * random.between(0.75, 1.2) * 1000) / 1000;
        return [indicator.id, indicator.unit === "%" ? Math.min(0.999, value) : value];
      }),
    );
    const context = collectionContext(plan, EXAMPLE_PERIOD, "2026-09-20T12:00:00");
    const kinds = [0, 1, 2, 3, 4];
    const cases = await Promise.all(
      kinds.map(async (kind) => {
        const filled = new Map<string, FilledRow>(indicators.map((indicator) => [indicator.id, { actual: entries(indicator, values.get(indicator.id) ?? 0)[kind] }]));
        const book = withoutCachedStatuses(buildTemplate({ plan, unit, period: EXAMPLE_PERIOD, createdAt: "2026-09-01", filled }));
        // What Puls collects from this very workbook, and the status it gives that value.
        const [submission] = readUnitWorkbook(await readWorkbook(await writeWorkbook(book)), "mall.xlsx", null, context);
        const collected = new Map((submission?.actuals ?? []).map((row) => [row.indicator, row.actual]));
        const expected = indicators.map((indicator) => {
          const actual = collected.get(indicator.id) ?? null;
          const target = context.targets.find(indicator.id, unit, EXAMPLE_PERIOD);
          const previous = context.history.value(indicator, unit, samePeriodLastYear(EXAMPLE_PERIOD));
          const status = actual === null ? undefined : indicatorStatus(plan.settings, indicator, actual, target, previous);
          return [indicator.id, status === undefined ? "" : STATUS_LABELS.sv[status]];
        });
        expect(expected.every(([, status]) => status !== "")).toBe(true);
        return { sheet: `Fall ${kind + 1}`, book, expected };
      }),
    );
    // One LibreOffice run for all the cases: each case's report sheet in one workbook.
    const together: WorkbookOut = { calculateOnOpen: true, sheets: cases.map((c) => ({ ...(c.book.sheets[0] as WorkbookOut["sheets"][number]), name: c.sheet })) };
    const sheets = sheetsAsCsv(await writeWorkbook(together));
    for (const c of cases) expect([c.sheet, liveStatuses(sheets[c.sheet] ?? [])]).toEqual([c.sheet, c.expected]);
    expect(new Set(cases.flatMap((c) => c.expected.map(([, status]) => status))).size).toBeGreaterThan(1);
  });
});
