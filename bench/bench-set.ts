/**
 * The benchmark's data set: a plan whose units report 80 indicators each, and every unit's
 * filled-in workbook. Used by `npm run bench` and by the task pane's browser test, which times
 * collecting the same set in the browser against the CLI.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { DEFAULT_SETTINGS, type Goal, type Indicator, type OrgUnit, type Plan, type TargetRow } from "../src/core";
import { Random } from "../src/example/random";
import { writeWorkbook } from "../src/workbook/exceljs-writer";
import { buildTemplate } from "../src/workbook/template/build-template";

export const INDICATORS = 80;
export const PERIOD = "2026-D";
const at = { sheet: "bench" };

export function benchPlan(units: number): Plan {
  const divisions = Math.ceil(units / 30);
  const organisation: OrgUnit[] = [{ id: "K", name: "Benchkommun", parent: null, type: "municipality", manager: "", email: "", category: "", size: null, sizeMeasure: "", at }];
  for (let d = 0; d < divisions; d++) organisation.push({ id: `D${d}`, name: `Område ${d}`, parent: "K", type: "division", manager: "", email: "", category: "", size: null, sizeMeasure: "", at });
  for (let u = 0; u < units; u++) organisation.push({ id: `U${u}`, name: `Enhet ${u}`, parent: `D${u % divisions}`, type: "unit", manager: "", email: "", category: "", size: null, sizeMeasure: "", at });
  const goals: Goal[] = [{ id: "G", name: "Mål", level: "resultGoal", parent: null, organisation: "K", financial: false, rollupMethod: null, description: "", at }];
  const indicators: Indicator[] = Array.from({ length: INDICATORS }, (_, i) => ({
    id: `N${i}`, name: `Nyckeltal ${i}`, goal: "G", unit: i % 2 === 0 ? "%" : "antal", direction: i % 3 === 0 ? "lower" : "higher", weight: 1, yellowFrom: null, tolerance: null,
    aggregation: i % 2 === 0 ? "mean" : "sum", weightedBy: null, reportedBy: { level: "unit" }, genderSplit: false, koladaId: null, description: "", at,
  }));
  const targets: TargetRow[] = indicators.map((ind, i) => ({ indicator: ind.id, organisation: null, period: PERIOD, target: i % 2 === 0 ? 0.8 : 50, targetMax: null, baseline: null, budget: null, at }));
  return {
    settings: { ...DEFAULT_SETTINGS, municipality: "Benchkommun", year: 2026, currentPeriod: PERIOD },
    periods: [{ id: PERIOD, name: "Delår 2026", from: "2026-01-01", to: "2026-08-31", type: "interim", at }],
    organisation, goals, indicators, targets, actuals: [], assessments: [], politicalAnalysis: [], peers: [], unitPeers: [], orgChanges: [],
  };
}

export async function generate(units: number, folder: string): Promise<string> {
  const plan = benchPlan(units);
  mkdirSync(folder, { recursive: true });
  const random = new Random(units);
  for (let u = 0; u < units; u++) {
    const filled = new Map(plan.indicators.map((ind, i) => [ind.id, { actual: i % 2 === 0 ? Math.round(random.between(0.5, 1) * 1000) / 1000 : Math.round(random.between(20, 80)), comment: u % 10 === 0 ? "Kommentar" : undefined }]));
    writeFileSync(path.join(folder, `${PERIOD} Enhet ${u}.xlsx`), await writeWorkbook(buildTemplate({ plan, unit: `U${u}`, period: PERIOD, createdAt: "2026-09-01", filled })));
  }
  const planFile = path.join(folder, "..", `plan-${units}.json`);
  writeFileSync(planFile, JSON.stringify(plan));
  return planFile;
}

