/**
 * Writes the example municipality's recorded Kolada file (src/example/kolada-exempel.json): a
 * response in Kolada's API v3 data format for the example's Kolada-linked indicators, for 30
 * municipalities and the years 2023–2025, with women and men where the indicator is split by
 * gender and a few missing values, as Kolada has them. Made once and committed: the demo imports
 * it as a controller would import a saved response (`puls kolada import`). Run with
 * `npx tsx scripts/record-example-kolada.ts` after changing the example's indicators.
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { exampleIndicators } from "../src/example/generate-plan";
import { Random } from "../src/example/random";

/** Thirty municipality codes (their numbers only; the values are made up). */
const MUNICIPALITIES = ["0114", "0115", "0117", "0120", "0123", "0125", "0126", "0127", "0128", "0136", "0138", "0139", "0140", "0160", "0162", "0163", "0180", "0181", "0182", "0183", "0184", "0186", "0187", "0188", "0191", "0192", "0305", "0319", "0330", "0331"];
const YEARS = [2023, 2024, 2025];

const random = new Random(2025);
const rows: unknown[] = [];
const round = (n: number) => Math.round(n * 10) / 10;
for (const { indicator, example } of exampleIndicators()) {
  if (indicator.koladaId === null) continue;
  // Kolada gives percentages in percent units: the example's fractions ×100.
  const scale = indicator.unit === "%" ? 100 : 1;
  for (const municipality of MUNICIPALITIES) {
    const offset = random.between(-1, 1);
    for (const [y, year] of YEARS.entries()) {
      const total = example.level * (1 + example.spread * offset + 0.01 * (y - 1)) * scale;
      const missing = random.between(0, 1) < 0.03;
      const point = (gender: string, value: number) => ({ gender, count: missing ? 0 : 1, status: missing ? "Missing" : "", value: missing ? null : round(value) });
      rows.push({
        kpi: indicator.koladaId,
        municipality,
        period: year,
        values: indicator.genderSplit ? [point("T", total), point("K", total * 1.03), point("M", total * 0.97)] : [point("T", total)],
      });
    }
  }
}
const file = path.resolve(__dirname, "../src/example/kolada-exempel.json");
writeFileSync(file, `${JSON.stringify({ count: rows.length, next_url: null, values: rows })}\n`);
console.log(`Wrote ${rows.length} rows to ${file}`);
