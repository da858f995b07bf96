/**
 * Peer status agrees with Excel's PERCENTILE.INC on the same numbers: the quartiles core computes
 * are checked against the ones an office suite (LibreOffice, Excel's formula) calculates from a
 * workbook holding the same peers, and the status follows from them (docs/rules.md §8).
 */
import { peerQuartiles, statusAmongPeers } from "../../src/core";
import { Random } from "../../src/example/random";
import { writeWorkbook } from "../../src/workbook/exceljs-writer";
import type { CellOut } from "../../src/workbook/output";
import { hasLibreOffice, sheetsAsCsv } from "../support/libreoffice";

const describeInLibreOffice = hasLibreOffice ? describe : describe.skip;
if (!hasLibreOffice) console.warn("LibreOffice tests skipped: no soffice (apt-get install libreoffice-calc).");

/** Peer sets of several sizes, with Kolada-like values (percentages with one decimal, ties, a missing one). */
function peerSets(): number[][] {
  const random = new Random(8);
  return [4, 5, 9, 25, 290].map((size) => Array.from({ length: size }, (_, i) => (i === 2 ? Math.round(random.between(60, 95)) : Math.round(random.between(60, 95) * 10) / 10)));
}

describeInLibreOffice("peer quartiles against the office suite's PERCENTILE.INC", () => {
  it("gives the same Q1 and Q3, and so the same peer status, as the formula on the same numbers", async () => {
    const sets = peerSets();
    // One column per peer set: its quartiles by formula in rows 1–2, its values below. In the file
    // format, functions newer than Excel 2007 carry the _xlfn. prefix (Excel writes them so too).
    const height = Math.max(...sets.map((s) => s.length)) + 2;
    const rows: CellOut[][] = Array.from({ length: height }, (_, r) =>
      sets.map((set, c) => {
        const column = String.fromCharCode(65 + c);
        const range = `${column}3:${column}${set.length + 2}`;
        if (r === 0) return { value: "?", formula: `_xlfn.PERCENTILE.INC(${range},0.25)` };
        if (r === 1) return { value: "?", formula: `_xlfn.PERCENTILE.INC(${range},0.75)` };
        return set[r - 2] ?? null;
      }),
    );
    const bytes = await writeWorkbook({ calculateOnOpen: true, sheets: [{ name: "Peers", columns: sets.map(() => ({ header: "" })), rows, headerTools: false }] });
    const calculated = sheetsAsCsv(bytes).Peers ?? [];
    sets.forEach((set, c) => {
      const quartiles = peerQuartiles(set);
      const q1 = Number(calculated[0]?.[c]);
      const q3 = Number(calculated[1]?.[c]);
      expect(quartiles?.q1).toBeCloseTo(q1, 9);
      expect(quartiles?.q3).toBeCloseTo(q3, 9);
      // At the quartiles themselves and just inside them, the status is what the formula's numbers say.
      for (const x of [q1, q3, (q1 + q3) / 2, q1 - 0.1, q3 + 0.1]) {
        const byFormula = x >= q3 ? "green" : x <= q1 ? "red" : "yellow";
        expect(statusAmongPeers(x, quartiles, "higher")).toBe(byFormula);
      }
    });
  });
});
