/**
 * Fuzzing collection below the cells: a good unit workbook's zip and XML mutated by fast-check
 * (cell references anywhere from valid to absurd, declared part sizes that lie, entity
 * declarations, parts cut off, dropped or repeated). Reading never throws, stays within its
 * limits, and either reads the unit's values or reports a problem that names the file; on a
 * failure fast-check shrinks the mutations to the fewest that still fail.
 */
import fc from "fast-check";
import { strFromU8, strToU8 } from "fflate";
import { readUnitBytes } from "../../src/workbook/collect/collect-sources";
import { collectionContext } from "../../src/core";
import { writeWorkbook } from "../../src/workbook/exceljs-writer";
import { entry, parts, zip, type RawEntry } from "../support/hostile-files";
import { COLLECTED_AT, PERIOD, smallPlanModel, unitBook } from "../support/units";

type Mutation =
  | { readonly kind: "reference"; readonly nth: number; readonly reference: string }
  | { readonly kind: "declared-size"; readonly nth: number; readonly size: number }
  | { readonly kind: "entities"; readonly nth: number; readonly depth: number }
  | { readonly kind: "cut"; readonly nth: number; readonly fraction: number }
  | { readonly kind: "drop"; readonly nth: number }
  | { readonly kind: "repeat"; readonly nth: number };

const letters = fc.stringMatching(/^[A-Z]{1,7}$/);
/** A cell's reference or a row's number, from valid to absurd. */
const reference = fc.oneof(
  fc.tuple(letters, fc.integer({ min: 1, max: 2_000_000_000 })).map(([column, row]) => `${column}${row}`),
  fc.integer({ min: 1, max: 2_000_000_000 }).map(String),
  fc.constantFrom("A1", "XFD1048576", "XFE1", "A1048577", "A0", "A-1", "", "1A", "ZZZZZZ40", "A99999999999"),
);

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant("reference" as const), nth: fc.nat(200), reference }),
  fc.record({ kind: fc.constant("declared-size" as const), nth: fc.nat(20), size: fc.oneof(fc.nat(100), fc.integer({ min: 0, max: 0xffffffff })) }),
  fc.record({ kind: fc.constant("entities" as const), nth: fc.nat(20), depth: fc.integer({ min: 1, max: 12 }) }),
  fc.record({ kind: fc.constant("cut" as const), nth: fc.nat(20), fraction: fc.double({ min: 0, max: 1, noNaN: true }) }),
  fc.record({ kind: fc.constant("drop" as const), nth: fc.nat(20) }),
  fc.record({ kind: fc.constant("repeat" as const), nth: fc.nat(20) }),
);

/** Entity declarations that would expand `depth` levels of ten, before the part's first element. */
function withEntities(xml: string, depth: number): string {
  const declarations = Array.from({ length: depth }, (_, i) => `<!ENTITY e${i + 1} "${`&e${i};`.repeat(10)}">`).join("");
  const doctype = `<!DOCTYPE x [<!ENTITY e0 "lol">${declarations}]>`;
  const start = xml.indexOf("?>");
  return start < 0 ? `${doctype}${xml}` : `${xml.slice(0, start + 2)}${doctype}${xml.slice(start + 2)}`;
}

function apply(bytes: Uint8Array, mutations: readonly Mutation[]): Uint8Array {
  let entries: RawEntry[] = [...parts(bytes)].map(([name, content]) => entry(name, content));
  for (const m of mutations) {
    const at = m.nth % entries.length;
    const target = entries[at];
    if (target === undefined) continue;
    const text = () => strFromU8(parts(zip([target])).get(target.name) ?? new Uint8Array());
    switch (m.kind) {
      case "reference": {
        const sheets = entries.filter((e) => e.name.startsWith("xl/worksheets/"));
        const sheet = sheets[m.nth % Math.max(1, sheets.length)];
        if (sheet === undefined) break;
        const xml = strFromU8(parts(zip([sheet])).get(sheet.name) ?? new Uint8Array());
        let seen = 0;
        const changed = xml.replace(/ r="[^"]*"/g, (found) => (seen++ === m.nth % 40 ? ` r="${m.reference}"` : found));
        entries = entries.map((e) => (e === sheet ? entry(sheet.name, changed) : e));
        break;
      }
      case "declared-size":
        entries[at] = { ...target, declaredSize: m.size };
        break;
      case "entities":
        entries[at] = entry(target.name, withEntities(text(), m.depth));
        break;
      case "cut": {
        const content = strToU8(text());
        entries[at] = entry(target.name, content.subarray(0, Math.floor(content.length * m.fraction)));
        break;
      }
      case "drop":
        entries = entries.filter((_, i) => i !== at);
        break;
      case "repeat":
        entries = [...entries, target];
        break;
    }
  }
  return zip(entries);
}

describe("collection under structural mutation of a unit's zip and XML", () => {
  it("never throws, and reads the unit or reports a problem naming the file", async () => {
    const plan = await smallPlanModel();
    const context = collectionContext(plan, PERIOD, COLLECTED_AT);
    const good = await writeWorkbook(unitBook(plan, "HN"));
    const limits = { maxPartBytes: 1024 * 1024, maxTotalBytes: 4 * 1024 * 1024, maxCells: 200_000 };
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (mutations) => {
        const reports = readUnitBytes(apply(good, mutations), "HN.xlsx", null, context, limits);
        expect(reports.length).toBeGreaterThan(0);
        for (const report of reports) {
          const values = report.actuals.filter((a) => a.actual !== null).length;
          const named = report.problems.some((problem) => problem.at.file === "HN.xlsx");
          // Either the unit's values came through or the file is named in a problem (or both).
          expect({ values, named, either: values > 0 || named }).toMatchObject({ either: true });
        }
      }),
      { numRuns: 150, seed: 20261201 },
    );
  }, 120_000);
});
