/**
 * Writes the example municipality's recorded unit-level Kolada file
 * (src/example/kolada-enheter-exempel.json): a response in Kolada's API v3 `oudata` format
 * (`ou` where the municipalities' data has `municipality`) for the example's school and preschool
 * KPIs, 2024–2025, for the units of the thirty municipalities of kolada-exempel.json and the
 * example's own schools and preschools (their ids as the catalogue has them). As Kolada has them:
 * a few values missing, a few masked for privacy (no value, a status saying why) and a few
 * deleted (`isdeleted`, a withdrawn value that must not count). The numbers are made up. Made once
 * and committed; run with `npx tsx scripts/record-example-kolada-units.ts` after changing the
 * example's indicators or units.
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { UNITS } from "../src/example/catalogue";
import { exampleIndicators } from "../src/example/generate-plan";
import { Random } from "../src/example/random";

const MUNICIPALITIES = ["0114", "0115", "0117", "0120", "0123", "0125", "0126", "0127", "0128", "0136", "0138", "0139", "0140", "0160", "0162", "0163", "0180", "0181", "0182", "0183", "0184", "0186", "0187", "0188", "0191", "0192", "0305", "0319", "0330", "0331"];
const YEARS = [2024, 2025];
/** The kinds of unit each KPI is published for (the categories of the example's units that report it). */
const KINDS: Readonly<Record<string, { readonly kind: string; readonly perMunicipality: number }>> = {
  grundskola: { kind: "V15E", perMunicipality: 8 },
  gymnasium: { kind: "V17E", perMunicipality: 2 },
  förskola: { kind: "V11E", perMunicipality: 5 },
};

const random = new Random(2024);
const round = (n: number) => Math.round(n * 10) / 10;
const ownUnits = UNITS.UTB.filter((unit) => unit.koladaId !== undefined);
const rows: unknown[] = [];
for (const { indicator, example } of exampleIndicators()) {
  if (indicator.koladaId === null || !("named" in indicator.reportedBy)) continue;
  const categories = indicator.reportedBy.named.filter((category) => KINDS[category] !== undefined);
  if (categories.length === 0) continue;
  const scale = indicator.unit === "%" ? 100 : 1;
  const ids = categories.flatMap((category) => {
    const { kind, perMunicipality } = KINDS[category] ?? { kind: "", perMunicipality: 0 };
    const others = MUNICIPALITIES.flatMap((code) => Array.from({ length: perMunicipality }, (_, i) => `${kind}${code}${String(101 + i).padStart(5, "0")}`));
    return [...others, ...ownUnits.filter((unit) => unit.category === category).map((unit) => unit.koladaId ?? "")];
  });
  for (const ou of ids) {
    const offset = random.noise(example.spread * 1.5);
    for (const [y, year] of YEARS.entries()) {
      const value = (example.level * (1 + 0.01 * y) + offset) * scale;
      const draw = random.next();
      // About 3 % missing, 3 % masked for privacy (too few pupils), 2 % deleted by Kolada.
      const point =
        draw < 0.03
          ? { gender: "T", count: 0, status: "Missing", value: null, isdeleted: false }
          : draw < 0.06
            ? { gender: "T", count: 0, status: "Sekretessmarkerad", value: null, isdeleted: false }
            : draw < 0.08
              ? { gender: "T", count: 1, status: "", value: round(value), isdeleted: true }
              : { gender: "T", count: 1, status: "", value: round(scale === 100 ? Math.min(100, Math.max(0, value)) : value), isdeleted: false };
      rows.push({ kpi: indicator.koladaId, ou, period: year, values: [point] });
    }
  }
}
const file = path.resolve(__dirname, "../src/example/kolada-enheter-exempel.json");
writeFileSync(file, `${JSON.stringify({ count: rows.length, next_url: null, values: rows })}\n`);
console.log(`Wrote ${rows.length} rows to ${file}`);
