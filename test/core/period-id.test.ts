/**
 * Period ids read as the domain's words: their year, their kind and their number, and nothing
 * else counted as a period (a period id names files and sheets).
 */
import { isPeriodId, parsePeriodId, samePeriodLastYear } from "../../src/core";

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
});
