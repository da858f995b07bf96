/**
 * Period ids read as the domain's words: their year, their kind and their number, and nothing
 * else counted as a period (a period id names files and sheets).
 */
import { comparablePeriods, fullYearReference, isPeriodId, parsePeriodId, samePeriodLastYear } from "../../src/core";

describe("period ids", () => {
  it("are read with their year, kind and number", () => {
    expect(parsePeriodId("2026")).toEqual({ id: "2026", year: 2026, kind: "fullYear", part: null });
    expect(parsePeriodId(" 2026-D ")).toEqual({ id: "2026-D", year: 2026, kind: "interim", part: null });
    expect(parsePeriodId("2026-T2")).toEqual({ id: "2026-T2", year: 2026, kind: "tertial", part: 2 });
    expect(parsePeriodId("2026-M03")).toEqual({ id: "2026-M03", year: 2026, kind: "month", part: 3 });
  });

  it("are nothing else: no month 13, no tertial 4, no path", () => {
    for (const text of ["2026-13", "2026-T4", "2026-M13", "2026-M3", "../../2026", "26-D", "2026-d", ""]) expect({ text, period: isPeriodId(text) }).toEqual({ text, period: false });
  });

  it("link to the same period a year earlier", () => {
    expect(samePeriodLastYear("2026-D")).toBe("2025-D");
    expect(samePeriodLastYear("2026-T1")).toBe("2025-T1");
    expect(samePeriodLastYear("2026")).toBe("2025");
  });

  it("give an interim period earlier interim periods to compare with, never full years", () => {
    expect(comparablePeriods("2026-D", 3)).toEqual(["2023-D", "2024-D", "2025-D"]);
  });

  it("give a full year earlier full years, a tertial the same tertial and a month the same month", () => {
    expect(comparablePeriods("2026", 2)).toEqual(["2024", "2025"]);
    expect(comparablePeriods("2026-T2", 2)).toEqual(["2024-T2", "2025-T2"]);
    expect(comparablePeriods("2026-M03", 1)).toEqual(["2025-M03"]);
  });

  it("keep only the earlier periods that are recorded, and give none where none is", () => {
    const recorded = new Set(["2023", "2024", "2025", "2025-D"]);
    expect(comparablePeriods("2026-D", 4, (period) => recorded.has(period))).toEqual(["2025-D"]);
    expect(comparablePeriods("2026-T1", 4, (period) => recorded.has(period))).toEqual([]);
    expect(comparablePeriods("Helår", 3)).toEqual([]);
    expect(comparablePeriods("2026-D", 0)).toEqual([]);
  });

  it("name last year's full year as the reference of a part of a year, and none for a full year", () => {
    expect(fullYearReference("2026-D")).toBe("2025");
    expect(fullYearReference("2026-T1")).toBe("2025");
    expect(fullYearReference("2026")).toBeUndefined();
    expect(fullYearReference("Helår")).toBeUndefined();
  });
});
