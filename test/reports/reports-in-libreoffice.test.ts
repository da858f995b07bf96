/**
 * The reports as a reader sees them: every workbook and Word document opens in LibreOffice and
 * converts to a PDF with pages, the count sentence reads as the model says, and the charts are
 * there as pictures. Skipped, saying so, where LibreOffice or poppler is missing (.ci/run
 * installs both).
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { FollowUp, annualReport } from "../../src/core";
import { runDemo, type DemoResult } from "../../src/app/node/demo";
import { CHARTS_PER_PICTURE } from "../../src/reports/charts/report-charts";
import { reportInputOf } from "../../src/core";
import { PDFTOTEXT, hasLibreOffice, pdfText, toPdfs, wordsOf } from "../support/libreoffice";
import { readFileSync } from "node:fs";
import { strFromU8, unzipSync } from "fflate";

const PDFIMAGES = ["/usr/bin/pdfimages"].find((candidate) => existsSync(candidate));
const available = hasLibreOffice && PDFTOTEXT !== undefined && PDFIMAGES !== undefined;
if (!available) console.warn("LibreOffice or poppler-utils is missing: the reports' PDF conversion is not tested here (.ci/run installs them).");
const describeIf = available ? describe : describe.skip;

let demo: DemoResult;
let pdfs: Map<string, string | null>;

describeIf("the reports in LibreOffice", () => {
  beforeAll(async () => {
    demo = await runDemo(mkdtempSync(path.join(tmpdir(), "puls-reports-lo-")), { now: "2026-09-21T10:00:00" });
    pdfs = toPdfs(demo.reports.map((report) => report.path)).pdfs;
  }, 600_000);

  it("convert every workbook and Word document to a PDF with pages", () => {
    expect(pdfs.size).toBe(5);
    for (const [name, pdf] of pdfs) {
      expect({ name, converted: pdf !== null }).toEqual({ name, converted: true });
      expect({ name, pages: pdfText(pdf as string).pages > 0 }).toEqual({ name, pages: true });
    }
  });

  it("print the count of result goals met as the model computes it, and the page numbers", () => {
    const model = annualReport(new FollowUp(reportInputOf(demo.plan, demo.consolidation)), "interim");
    const { met, partlyMet, notMet, cannotAssess } = model.overview.total;
    const { text, pages } = pdfText(pdfs.get("Delårsrapport 2026-D.docx") as string);
    expect(text.replace(/\s+/g, " ")).toContain(`${met} av ${met + partlyMet + notMet + cannotAssess} resultatmål är uppfyllda`);
    expect(text).toContain(`Sida 1 / ${pages}`);
    expect(text).toContain("Prognos för helåret och budgetavvikelse");
    // The contents numbers each heading's page, in LibreOffice's layout too.
    expect(text).toMatch(/Översikt\.{5,}\s*\d+/);
    expect(text).toMatch(/Resultatmål R01 [^\n]*\.{5,}\s*\d+/);
  });

  it("show the charts as pictures in the Word document", () => {
    const model = annualReport(new FollowUp(reportInputOf(demo.plan, demo.consolidation)), "interim");
    const charts = 1 + model.areas.flatMap((area) => area.goals).reduce((sum, goal) => sum + Math.ceil(goal.keyIndicators.length / CHARTS_PER_PICTURE), 0);
    const listing = execFileSync(PDFIMAGES as string, ["-list", pdfs.get("Delårsrapport 2026-D.docx") as string], { encoding: "utf8" });
    const images = listing.split("\n").filter((line) => /^\s*\d+\s+\d+\s+image/.test(line));
    expect(images.length).toBeGreaterThanOrEqual(charts);
  });

  it("print the operational report's divisions with their statuses in words", () => {
    const { text } = pdfText(pdfs.get("Verksamhetsrapport 2026-D.xlsx") as string);
    expect(text).toContain("Verksamhetsrapport – Exempelkommun, Delår 2026");
    for (const word of ["Grön", "Gul", "Röd", "Saknas"]) expect(text).toContain(word);
  });

  it("print no word of a workbook broken across lines: every word of its PDF's text is a word the workbook holds", () => {
    for (const report of demo.reports.filter((candidate) => candidate.fileName.endsWith(".xlsx"))) {
      const xml = Object.entries(unzipSync(new Uint8Array(readFileSync(report.path)))).filter(([name]) => name.startsWith("xl/") && name.endsWith(".xml")).map(([, bytes]) => strFromU8(bytes)).join(" ");
      const texts = [...xml.matchAll(/>([^<]+)</g)].map((match) => (match[1] ?? "").replace(/&amp;/g, "&").replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">"));
      // The printed header's and footer's codes (&L, &C, &R for the place, &P and &N for page numbers) are not words.
      const words = new Set(texts.flatMap((part) => wordsOf(part.replace(/&&/g, "&").replace(/&[LCRPN]/g, " "))));
      const { text } = pdfText(pdfs.get(report.fileName) as string);
      // Numbers and dates are printed in the formats LibreOffice gives them (88.3%, -3,758, 2026-12-15).
      const broken = [...new Set(wordsOf(text).filter((token) => !/^[-+−]?[\d.,%]+$/.test(token) && !/^\d{4}-\d{2}-\d{2}$/.test(token) && !words.has(token)))];
      expect({ report: report.fileName, broken }).toEqual({ report: report.fileName, broken: [] });
    }
  });
});

