import { chartSheet } from "../../../src/reports/xlsx/chart-sheet";
import type { RenderedChart } from "../../../src/reports/charts/rendered";
import { cellText } from "../../../src/workbook/grid";
import { isFormattedCell } from "../../../src/workbook/output";

const picture = (height: number): RenderedChart => ({ png: new Uint8Array([1]), width: 1040, height, description: "" });
const ROW = 20;

describe("the Diagram sheet", () => {
  // Three goals: a tall picture (three rows of charts), two short ones, then two tall pictures of one goal.
  const sheet = chartSheet("Diagram", [
    { caption: "Diagram: R01", pictures: [picture(720)] },
    { caption: "Diagram: R02", pictures: [picture(240)] },
    { caption: "Diagram: R03", pictures: [picture(240)] },
    { caption: "Diagram: R04", pictures: [picture(720), picture(720)] },
  ]);
  const images = sheet.images ?? [];
  const breaks = sheet.pageBreaks ?? [];

  it("puts each goal's caption on the row above its first picture", () => {
    const captions = sheet.rows.flatMap((row, index) => (row[0] !== null && row[0] !== undefined ? [{ index, text: cellText(isFormattedCell(row[0]) ? row[0].value : row[0]) }] : []));
    expect(captions.map((caption) => caption.text)).toEqual(["Diagram: R01", "Diagram: R02", "Diagram: R03", "Diagram: R04"]);
    const firstPictures = [images[0], images[1], images[2], images[3]];
    expect(firstPictures.map((image) => image?.row)).toEqual(captions.map((caption) => caption.index + 1));
  });

  it("never lets a page break fall inside a picture", () => {
    for (const image of images) {
      const first = image.row + 1; // 1-based
      const last = image.row + Math.ceil(image.height / ROW);
      expect(breaks.filter((end) => end >= first && end < last)).toEqual([]);
    }
  });

  it("starts a new page only when the next picture does not fit on the rest of the page", () => {
    // R02 and R03 are short and share a page after R01's; each of R04's tall pictures takes a page.
    expect(breaks).toHaveLength(3); // four pages: R01; R02 and R03; R04 twice
    const pageOf = (row: number) => breaks.filter((end) => end < row + 1).length;
    expect(pageOf(images[1]?.row ?? -1)).toBe(pageOf(images[2]?.row ?? -2));
    expect(pageOf(images[3]?.row ?? -1)).not.toBe(pageOf(images[4]?.row ?? -1));
  });
});
