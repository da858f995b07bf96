/**
 * The unit's Pulstavla in a real office suite: with every cached result blanked, LibreOffice's own
 * recalculation of the board's formulas shows the status and trend the core computes for each
 * indicator, the colour counts, the open and overdue actions and the improvement items' root causes.
 */
import { STATUS_LABELS, TREND_LABELS, UnitPeerIndex, collectionContext, indicatorStatus, numericTarget, samePeriodLastYear, trend } from "../../src/core";
import { EXAMPLE_PERIOD, examplePlan } from "../../src/example/generate-plan";
import { Random } from "../../src/example/random";
import { writeWorkbook } from "../../src/workbook/exceljs-writer";
import { isFormattedCell, type WorkbookOut } from "../../src/workbook/output";
import { buildTemplate, indicatorsOfUnit, type FilledAction, type FilledImprovement, type FilledRow } from "../../src/workbook/template/build-template";
import { PULSE_BOARD_TEXTS } from "../../src/workbook/template/pulse-board-texts";
import { hasLibreOffice, sheetsAsCsv } from "../support/libreoffice";

const describeInLibreOffice = hasLibreOffice ? describe : describe.skip;

/** Every cached formula result replaced by "?", so what LibreOffice shows is what it calculated itself. */
function withoutCachedResults(book: WorkbookOut): WorkbookOut {
  return { ...book, sheets: book.sheets.map((sheet) => ({ ...sheet, rows: sheet.rows.map((row) => row.map((cell) => (isFormattedCell(cell) && cell.formula !== undefined ? { ...cell, value: "?" } : cell))) })) };
}

/** The cell `right` columns and `down` rows from the cell that holds `text`. */
function beside(board: readonly string[][], text: string, down: number, right: number): string | undefined {
  const row = board.findIndex((cells) => cells.includes(text));
  if (row < 0) return undefined;
  return board[row + down]?.[(board[row]?.indexOf(text) ?? 0) + right];
}

describeInLibreOffice("the unit's Pulstavla in LibreOffice", () => {
  const plan = examplePlan();
  const context = collectionContext(plan, EXAMPLE_PERIOD, "2026-09-20T12:00:00");

  it.each(["UTB01", "OMS05", "SAM04", "K"])("the board of %s shows the core's status and trend for every indicator, and counts the colours", async (unit) => {
    const random = new Random(unit.length * 104729);
    const indicators = indicatorsOfUnit(plan, unit);
    // Outcomes around each target, so that every colour turns up; one indicator left blank.
    const filled = new Map<string, FilledRow>(
      indicators.slice(1).map((indicator) => {
        const target = context.targets.find(indicator.id, unit, EXAMPLE_PERIOD)?.target;
        const previous = context.history.value(indicator, unit, samePeriodLastYear(EXAMPLE_PERIOD));
        const base = typeof target === "number" && target !== 0 ? target : (previous ?? 1);
        const value = Math.round(base * random.between(0.8, 1.2) * 1000) / 1000;
        return [indicator.id, { actual: indicator.unit === "%" ? Math.min(1, value) : value }];
      }),
    );
    const book = buildTemplate({ plan, unit, period: EXAMPLE_PERIOD, createdAt: "2026-09-01", filled });
    const board = sheetsAsCsv(await writeWorkbook(withoutCachedResults(book))).Pulstavla ?? [];
    const expected = indicators.map((indicator) => {
      const actual = filled.get(indicator.id)?.actual;
      const target = context.targets.find(indicator.id, unit, EXAMPLE_PERIOD);
      const previous = context.history.value(indicator, unit, samePeriodLastYear(EXAMPLE_PERIOD));
      if (target === undefined || target.target === null) return [indicator.name, PULSE_BOARD_TEXTS.noTarget, ""];
      if (typeof actual !== "number") return [indicator.name, PULSE_BOARD_TEXTS.notFilled, ""];
      const status = indicatorStatus(plan.settings, indicator, actual, target, previous);
      const range = typeof target.target === "number" && typeof target.targetMax === "number" ? numericTarget("range", target.target, target.targetMax) : undefined;
      const moved = previous === null || (indicator.direction === "range" && range === undefined) ? "missing" : trend(actual, previous, indicator.direction, plan.settings.trendBand, range);
      return [indicator.name, status === undefined ? "" : STATUS_LABELS.sv[status], moved === "missing" ? "" : TREND_LABELS.sv[moved]];
    });
    const shown = indicators.map((indicator) => [indicator.name, beside(board, indicator.name, 1, 2), beside(board, indicator.name, 2, 3)]);
    expect(shown).toEqual(expected);
    const count = (word: string) => expected.filter(([, status]) => status === word).length;
    const countsRow = board.find((row) => row.includes(STATUS_LABELS.sv.green)) ?? [];
    const countOf = (word: string) => countsRow[countsRow.indexOf(word) - 1];
    expect([countOf(STATUS_LABELS.sv.green), countOf(STATUS_LABELS.sv.yellow), countOf(STATUS_LABELS.sv.red)]).toEqual([String(count(STATUS_LABELS.sv.green)), String(count(STATUS_LABELS.sv.yellow)), String(count(STATUS_LABELS.sv.red))]);
    expect(countOf(PULSE_BOARD_TEXTS.other)).toBe(String(indicators.length - count(STATUS_LABELS.sv.green) - count(STATUS_LABELS.sv.yellow) - count(STATUS_LABELS.sv.red)));
  });

  it("judges a school's outcome among the country's schools as the core does, with Kolada as its source", async () => {
    const unit = "UTB01";
    const kolada = plan.organisation.find((o) => o.id === unit)?.koladaId ?? "";
    expect(kolada).not.toBe("");
    const index = new UnitPeerIndex(plan.unitPeers);
    const indicators = indicatorsOfUnit(plan, unit).filter((indicator) => index.peersOf(indicator, kolada, 2026)?.all.quartiles !== undefined && indicator.direction !== "range");
    expect(indicators.length).toBeGreaterThan(1);
    const random = new Random(31337);
    // Outcomes spread over the country's range, so that every peer colour turns up.
    const filled = new Map<string, FilledRow>(
      indicators.map((indicator) => {
        const { q1, q3 } = index.peersOf(indicator, kolada, 2026)?.all.quartiles ?? { q1: 0, q3: 1 };
        return [indicator.id, { actual: Math.round((q1 + (q3 - q1) * random.between(-0.6, 1.6)) * 1000) / 1000 }];
      }),
    );
    const book = buildTemplate({ plan, unit, period: EXAMPLE_PERIOD, createdAt: "2026-09-01", filled });
    const board = sheetsAsCsv(await writeWorkbook(withoutCachedResults(book))).Pulstavla ?? [];
    const shown = indicators.map((indicator) => [indicator.id, beside(board, indicator.name, 5, 2), beside(board, indicator.name, 6, 0)]);
    const expected = indicators.map((indicator) => {
      const comparison = index.compare(indicator, kolada, filled.get(indicator.id)?.actual as number, 2026);
      return [indicator.id, comparison === null || comparison.status === "missing" ? "" : STATUS_LABELS.sv[comparison.status], `Källa: Kolada (RKA), år ${comparison?.basis.year}, ${comparison?.basis.count} enheter`];
    });
    expect(shown).toEqual(expected);
    expect(new Set(expected.map(([, status]) => status)).size).toBeGreaterThan(1);
  });

  it("lists the open actions in the plan's order with their state, counts the overdue ones, and names each improvement's last 'varför' as its root cause", async () => {
    const actions: FilledAction[] = [
      { action: "Klar sedan länge", about: "", owner: "A", due: "2026-01-31", newDate: null, status: "Klar", comment: "" },
      { action: "Försenad aktivitet", about: "", owner: "B", due: "2026-02-28", newDate: null, status: "Pågår", comment: "" },
      { action: "Framflyttad aktivitet", about: "", owner: "C", due: "2026-03-31", newDate: "2099-06-30", status: "Pågår", comment: "" },
      { action: "Avbruten aktivitet", about: "", owner: "D", due: "2026-01-31", newDate: null, status: "Avbruten", comment: "" },
      { action: "Kommande aktivitet", about: "", owner: "E", due: "2099-12-31", newDate: null, status: "Ej påbörjad", comment: "" },
    ];
    const improvements: FilledImprovement[] = [
      { problem: "Långa väntetider", whys: ["Få handläggare", "Hög sjukfrånvaro", "Tung arbetsbelastning"], action: "Omfördela ärenden", stage: "Genomföra", owner: "Enhetschef", date: "2026-10-31" },
      { problem: "Sena rapporter", whys: ["Oklar rutin"], action: "Skriva rutin", stage: "Planera", owner: "Controller", date: "2026-11-30" },
    ];
    const book = buildTemplate({ plan, unit: "OMS05", period: EXAMPLE_PERIOD, createdAt: "2026-09-01", actions, improvements });
    const board = sheetsAsCsv(await writeWorkbook(withoutCachedResults(book))).Pulstavla ?? [];
    const line = (action: string) => [action, beside(board, action, 0, 7), beside(board, action, 0, 9), beside(board, action, 0, 11)];
    // The actions are past the fixed days whenever the test runs (TODAY() is the run's day), and before 2099.
    expect([line("Försenad aktivitet"), line("Framflyttad aktivitet"), line("Kommande aktivitet")]).toEqual([
      ["Försenad aktivitet", "2026-02-28", "Pågår", PULSE_BOARD_TEXTS.overdue],
      ["Framflyttad aktivitet", "2026-03-31", "Pågår", PULSE_BOARD_TEXTS.slipped],
      ["Kommande aktivitet", "2099-12-31", "Ej påbörjad", PULSE_BOARD_TEXTS.onTime],
    ]);
    const flat = board.flat();
    expect(flat).not.toContain("Klar sedan länge");
    expect(flat).not.toContain("Avbruten aktivitet");
    const listedOrder = ["Försenad aktivitet", "Framflyttad aktivitet", "Kommande aktivitet"].map((action) => board.findIndex((row) => row.includes(action)));
    expect([...listedOrder].sort((a, b) => a - b)).toEqual(listedOrder);
    expect([beside(board, PULSE_BOARD_TEXTS.openActions, 0, 2), beside(board, PULSE_BOARD_TEXTS.overdueActions, 0, 2)]).toEqual(["3", "1"]);
    expect([beside(board, "Långa väntetider", 0, 4), beside(board, "Långa väntetider", 0, 11), beside(board, "Sena rapporter", 0, 4)]).toEqual(["Tung arbetsbelastning", "Genomföra", "Oklar rutin"]);
    expect(beside(board, PULSE_BOARD_TEXTS.improvementCount, 0, 2)).toBe("2");
  });
});
