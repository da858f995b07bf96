/**
 * The Word documents as accessibility law asks of what a municipality publishes (WCAG 2.1 AA via
 * EN 301 549 clause 10), read from their XML: heading styles with outline levels, a title and the
 * language, header rows marked to repeat, rows that do not split, every picture inline (reading
 * order follows the page) with alternative text, and status fills dark text can be read on.
 */
import { strFromU8, unzipSync } from "fflate";
import { FollowUp, annualReport, planOnlyInput, politicalAnalysis } from "../../src/core";
import { examplePlan } from "../../src/example/generate-plan";
import { buildReports } from "../../src/reports/build-reports";
import { renderPng } from "../../src/node/render-png";

/** WCAG's contrast ratio between two sRGB colours given as hex. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, bl] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (bl ?? 0);
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05);
}

describe("the Word documents, read for accessibility", () => {
  let parts: Map<string, Record<string, string>>;

  beforeAll(async () => {
    const input = planOnlyInput(examplePlan(), "2025");
    const files = await buildReports({ input, kinds: ["political", "annual"], formats: ["docx"], language: "sv", renderChart: renderPng });
    parts = new Map(files.map((file) => [file.fileName, Object.fromEntries(Object.entries(unzipSync(file.bytes)).filter(([name]) => name.endsWith(".xml")).map(([name, bytes]) => [name, strFromU8(bytes)]))]));
    expect([...parts.keys()].sort()).toEqual(["Politisk analys 2025.docx", "Årsredovisning 2025.docx"]);
    // The models behind them are made: a report without goals would pass everything below vacuously.
    expect(annualReport(new FollowUp(input), "annual").areas.length).toBeGreaterThan(2);
    expect(politicalAnalysis(new FollowUp(input)).areas.length).toBeGreaterThan(2);
  }, 120_000);

  const each = (check: (xml: Record<string, string>, name: string) => void) => {
    for (const [name, xml] of parts) check(xml, name);
  };

  it("gives the heading styles their outline levels, and uses them", () => {
    each((xml, name) => {
      const styles = xml["word/styles.xml"] ?? "";
      for (const [level, outline] of [["Heading1", 0], ["Heading2", 1], ["Heading3", 2]] as const) {
        const style = new RegExp(`<w:style [^>]*w:styleId="${level}"[^>]*>([\\s\\S]*?)</w:style>`).exec(styles)?.[1] ?? "";
        expect({ name, level, outline: style.includes(`<w:outlineLvl w:val="${outline}"/>`) }).toEqual({ name, level, outline: true });
      }
      const body = xml["word/document.xml"] ?? "";
      expect((body.match(/<w:pStyle w:val="Heading1"\/>/g) ?? []).length).toBeGreaterThan(2);
      expect((body.match(/<w:pStyle w:val="Heading2"\/>/g) ?? []).length).toBeGreaterThan(5);
    });
  });

  it("has a title and the language sv-SE", () => {
    each((xml, name) => {
      expect({ name, title: /<dc:title>[^<]+ – Exempelkommun [^<]+<\/dc:title>/.test(xml["docProps/core.xml"] ?? "") }).toEqual({ name, title: true });
      expect({ name, lang: /<w:lang w:val="sv-SE"\/>/.test(xml["word/styles.xml"] ?? "") }).toEqual({ name, lang: true });
    });
  });

  it("marks every table's first row as a header row that repeats, and keeps rows whole", () => {
    each((xml, name) => {
      const tables = [...(xml["word/document.xml"] ?? "").matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map((match) => match[1] ?? "");
      expect(tables.length).toBeGreaterThan(5);
      for (const table of tables) {
        const rows = [...table.matchAll(/<w:tr>([\s\S]*?)<\/w:tr>/g)].map((match) => match[1] ?? "");
        expect({ name, header: rows[0]?.includes("<w:tblHeader/>") }).toEqual({ name, header: true });
        for (const row of rows.slice(1)) expect({ name, whole: row.includes("<w:cantSplit/>") }).toEqual({ name, whole: true });
      }
    });
  });

  it("puts every picture inline, in reading order, with a description", () => {
    const annual = parts.get("Årsredovisning 2025.docx") ?? {};
    const body = annual["word/document.xml"] ?? "";
    expect(body.includes("<wp:anchor")).toBe(false);
    const pictures = [...body.matchAll(/<wp:docPr ([^>]*)\/?>/g)].map((match) => match[1] ?? "");
    expect(pictures.length).toBeGreaterThan(5);
    for (const picture of pictures) expect(/descr="[^"]{20,}"/.test(picture)).toBe(true);
  });

  it("shades status cells with fills that black text reads on at 4.5:1 or better, and keeps the word in the cell", () => {
    each((xml, name) => {
      const body = xml["word/document.xml"] ?? "";
      const fills = new Set([...body.matchAll(/<w:shd [^>]*w:fill="([0-9A-F]{6})"/g)].map((match) => match[1] ?? ""));
      expect(fills.size).toBeGreaterThan(1);
      for (const fill of fills) expect({ name, fill, readable: contrast(fill, "000000") >= 4.5 }).toEqual({ name, fill, readable: true });
      for (const word of ["Grön", "Gul"]) expect(body.includes(`>${word}<`)).toBe(true);
    });
  });
});
