/**
 * The unit templates in a real office suite: they open, and the live status that their native
 * formulas calculate is the status the core computes, for every direction and kind of target.
 */
import { STATUS_LABELS, judgeStatus, samePeriodLastYear, type Plan } from "../../src/core";
import { EXAMPLE_PERIOD, examplePlan } from "../../src/example/generate-plan";
import { Random } from "../../src/example/random";
import { writeWorkbook } from "../../src/workbook/exceljs-writer";
import { isFormattedCell, type WorkbookOut } from "../../src/workbook/output";
import { buildTemplate, indicatorsOfUnit } from "../../src/workbook/template/build-template";
import { hasLibreOffice, sheetsAsCsv, toPdf } from "../support/libreoffice";

const describeInLibreOffice = hasLibreOffice ? describe : describe.skip;
if (!hasLibreOffice) console.warn("LibreOffice tests skipped: no soffice (apt-get install libreoffice-calc).");

/** The template with every cached status replaced by "?", so what LibreOffice shows it calculated itself. */
function withoutCachedStatuses(book: WorkbookOut): WorkbookOut {
  const [report, ...rest] = book.sheets;
  if (report === undefined) return book;
  const rows = report.rows.map((row) => row.map((cell) => (isFormattedCell(cell) && cell.formula !== undefined ? { ...cell, value: "?" } : cell)));
  return { ...book, sheets: [{ ...report, rows }, ...rest] };
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
      const report = sheetsAsCsv(bytes).Inrapportering ?? [];
      const shown = report.slice(1).filter((row) => row[0] !== "").map((row) => [row[0], row[12]]);
      const expected = indicators.map((indicator) => [indicator.id, expectedStatus(plan, unit, indicator.id, filled.get(indicator.id)?.actual as number)]);
      expect(shown).toEqual(expected);
      expect(toPdf(bytes).subarray(0, 5).toString()).toBe("%PDF-");
    });
  });
});
