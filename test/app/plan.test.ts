/**
 * Loading a plan and choosing the period, the use cases every entry point calls: a workbook that
 * is not a plan is said as what it is, and the period follows one rule.
 */
import { PeriodChoiceError, PlanLoadError, choosePeriod, loadPlan, startingPeriod, type WorkbookKind } from "../../src/app/plan";
import { reportInput, reportWorkbookOf } from "../../src/app/reports";
import { sharedTemplate } from "../../src/app/templates";
import { collectedWorkbook, collectionTime, collectPeriod } from "../../src/app/collect";
import { writeWorkbook } from "../../src/workbook/exceljs-writer";
import { smallPlanModel, unitBook } from "../support/units";
import { smallPlan, xlsx } from "../support/xlsx";

const failureOf = (bytes: Uint8Array): string => {
  try {
    loadPlan(bytes, "x.xlsx");
    return "loaded";
  } catch (caught) {
    return caught instanceof PlanLoadError ? caught.failure : "other error";
  }
};

describe("loading a plan", () => {
  it("reads a plan with its problems", async () => {
    const { plan, problems } = loadPlan(await xlsx(smallPlan()), "plan.xlsx");
    expect(plan.indicators.map((i) => i.id)).toEqual(["N1", "N2", "N3"]);
    expect(problems).toEqual([]);
  });

  it("says a unit template, a consolidated workbook, another workbook and bytes that are no workbook for what they are", async () => {
    const plan = await smallPlanModel();
    const collected = await collectPeriod({ plan, period: "2026-D", sources: [], collectedAt: collectionTime("2026-09-21", new Date()) });
    expect(failureOf(await writeWorkbook(unitBook(plan, "HN")))).toBe("template");
    expect(failureOf(await writeWorkbook(collectedWorkbook(plan, collected)))).toBe("consolidated");
    expect(failureOf(await xlsx({ Blad1: [["Namn", "Värde"], ["a", 1]] }))).toBe("not-a-plan");
    expect(failureOf(new TextEncoder().encode("inte en arbetsbok"))).toBe("unreadable");
  });

  it("names what a wrong workbook is: a template its unit and period, a shared one its units, a report its title", async () => {
    const plan = await smallPlanModel();
    const workbookOf = (bytes: Uint8Array): WorkbookKind => {
      try {
        loadPlan(bytes, "x.xlsx");
        return { kind: "other" };
      } catch (caught) {
        if (!(caught instanceof PlanLoadError)) throw caught;
        return caught.workbook;
      }
    };
    const unitName = plan.organisation.find((unit) => unit.id === "HN")?.name ?? "";
    expect(workbookOf(await writeWorkbook(unitBook(plan, "HN")))).toEqual({ kind: "unit-template", unitName, period: "2026-D" });
    const shared = sharedTemplate({ plan, period: "2026-D", units: ["HN", "HS"], createdAt: collectionTime("2026-09-01", new Date()) });
    expect(workbookOf(await writeWorkbook(shared))).toEqual({ kind: "shared-template", units: 2, period: "2026-D" });
    const report = await reportWorkbookOf(reportInput(plan, "2026-D", { kind: "plan" }), "operational", "sv", () => Promise.resolve(new Uint8Array()));
    expect(workbookOf(await writeWorkbook(report))).toEqual({ kind: "report", title: expect.stringContaining("Verksamhetsrapport") });
  });
});

describe("choosing the period", () => {
  it("takes the one asked for, else the plan's current period, and refuses one that is malformed or unknown", async () => {
    const plan = await smallPlanModel();
    expect(choosePeriod(plan, "2026")).toBe("2026");
    expect(choosePeriod(plan, undefined)).toBe("2026-D");
    const codeOf = (asked: string) => {
      try {
        return choosePeriod(plan, asked);
      } catch (caught) {
        return caught instanceof PeriodChoiceError ? caught.failure.code : "other error";
      }
    };
    expect(codeOf("../2026")).toBe("malformed");
    expect(codeOf("2025-D")).toBe("unknown");
  });

  it("opens a pane on the remembered period, else on the chosen one, else on the plan's last", async () => {
    const plan = await smallPlanModel();
    expect(startingPeriod(plan, "2026")).toBe("2026");
    expect(startingPeriod(plan, "2019-D")).toBe("2026-D");
    expect(startingPeriod({ ...plan, settings: { ...plan.settings, currentPeriod: "" } }, undefined)).toBe("2026");
  });
});
