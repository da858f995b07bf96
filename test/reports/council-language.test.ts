/**
 * The council's documents in the council's language (docs/reports.md): no rule's technical name in
 * the text, the rules in plain sentences on the first page, the comparison explained once, the
 * responsible organisation per goal, and "the target may be too low" only where the data says so.
 */
import { unzipSync, strFromU8 } from "fflate";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { runDemo, type DemoResult } from "../../src/app/node/demo";
import { FollowUp, annualReport, easyTarget, politicalAnalysis, reportInputOf } from "../../src/core";
import { renderPng } from "../../src/node/render-png";
import { buildReports } from "../../src/reports/build-reports";

let demo: DemoResult;
const texts = new Map<string, string>();
/** A document's text: its runs joined, paragraphs on their own lines. */
const textOf = (bytes: Uint8Array) =>
  strFromU8(unzipSync(bytes)["word/document.xml"] ?? new Uint8Array())
    .replace(/<\/w:p>/g, "\n")
    .replace(/<[^>]+>/g, "");
const count = (text: string, part: string) => text.split(part).length - 1;

beforeAll(async () => {
  demo = await runDemo(mkdtempSync(path.join(tmpdir(), "puls-council-")), { now: "2026-09-21T10:00:00" });
  for (const report of demo.reports.filter((made) => made.format === "docx")) texts.set(report.fileName, textOf(new Uint8Array(readFileSync(report.path))));
  // The annual report of the same data, as a draft (the period is an interim one).
  const [annual] = await buildReports({ input: reportInputOf(demo.plan, demo.consolidation), kinds: ["annual"], formats: ["docx"], language: "sv", renderChart: renderPng, drafts: { annual: { reasons: [] } } });
  if (annual !== undefined) texts.set(annual.fileName, textOf(annual.bytes));
}, 120_000);

describe("the council's documents", () => {
  it("are the political analysis, the interim report and the annual report", () => {
    expect([...texts.keys()].sort()).toEqual(["Delårsrapport 2026-D.docx", "Politisk analys 2026-D.docx", "Årsredovisning 2026-D.docx"]);
  });

  it("never use a rule's technical name: Sammanvägning, Trendband, Poäng, Täckning or the method's point table", () => {
    for (const [name, text] of texts) {
      for (const jargon of [/sammanvägning/i, /trendband/i, /poäng/i, /täckning/i, /grön 1, gul 0,5/i, /medel: medel/i]) expect({ name, jargon: jargon.source, found: jargon.test(text) }).toEqual({ name, jargon: jargon.source, found: false });
    }
  });

  it("state the rules in plain sentences under Underlag och regler on the first page", () => {
    for (const [name, text] of texts) {
      const firstPage = text.slice(0, text.indexOf("Innehåll"));
      expect({ name, heading: firstPage.includes("Underlag och regler") }).toEqual({ name, heading: true });
      // The example rolls up by average, yellow from 90 %, trend band 1 %, minimum coverage 50 %.
      expect(firstPage).toContain("Ett mål bedöms som uppfyllt när minst tre fjärdedelar av dess nyckeltal och delmål är gröna (gult räknas som halvt");
      expect(firstPage).toContain("gult när utfallet når minst 90\u00a0% av målvärdet");
      expect(firstPage).toContain("Ett nyckeltal räknas som oförändrat om det ändrats högst 1\u00a0% jämfört med samma period förra året");
      expect(firstPage).toContain("Ett mål kan bedömas när minst 50\u00a0% av dess nyckeltal och delmål har utfall");
    }
  });

  it("explain the colours and the peer comparison once, on the first page, and keep only the source line under each table", () => {
    for (const [name, text] of texts) {
      const firstPage = text.slice(0, text.indexOf("Innehåll"));
      expect({ name, legend: count(text, "Färgerna visas alltid tillsammans med ordet"), peers: count(text, "Jämförelsen är relativ") }).toEqual({ name, legend: 1, peers: 1 });
      expect(firstPage).toContain("Jämförelsen är relativ");
      expect(count(text, "Källa: Kolada")).toBeGreaterThan(1);
    }
  });

  it("name the organisation responsible for each result goal, and the goal's level as the plan names it", () => {
    const followUp = new FollowUp(reportInputOf(demo.plan, demo.consolidation));
    const goals = politicalAnalysis(followUp).areas.flatMap((area) => area.goals);
    const political = texts.get("Politisk analys 2026-D.docx") ?? "";
    const interim = texts.get("Delårsrapport 2026-D.docx") ?? "";
    for (const goal of goals) {
      const owner = demo.plan.organisation.find((unit) => unit.id === demo.plan.goals.find((g) => g.id === goal.goal.id)?.organisation)?.name ?? "?";
      for (const text of [political, interim]) expect(text).toContain(`Resultatmål ${goal.goal.id} ${goal.goal.name}\nAnsvarig: ${owner}\n`);
    }
    expect(count(interim, "Ansvarig: ")).toBe(annualReport(followUp, "interim").areas.flatMap((area) => area.goals).length);
    // Sub-goals are listed with their level word (Förvaltningsmål, Verksamhetsmål) and who is responsible.
    expect(political).toMatch(/Verksamhetsmål|Förvaltningsmål/);
  });
});

describe("the target may be too easy", () => {
  it("says too low for a higher-is-better indicator far above its target, too high for a lower-is-better one far below it, and nothing near the target or for a range", () => {
    expect(easyTarget({ attainment: 1.2 }, "higher", 0.9)).toBe("tooLow");
    expect(easyTarget({ attainment: 1.2 }, "lower", 0.9)).toBe("tooHigh");
    expect(easyTarget({ attainment: 1.1 }, "higher", 0.9)).toBe("tooLow");
    expect(easyTarget({ attainment: 1.05 }, "higher", 0.9)).toBeNull();
    expect(easyTarget({ attainment: 1.05 }, "lower", 0.9)).toBeNull();
    expect(easyTarget({ attainment: 1.5 }, "range", 0.9)).toBeNull();
    expect(easyTarget({ attainment: undefined }, "higher", 0.9)).toBeNull();
  });

  it("is said in the political analysis beside the indicators green three years running, the right way for each direction", () => {
    const { greenThreeYears } = politicalAnalysis(new FollowUp(reportInputOf(demo.plan, demo.consolidation))).nextPlan;
    const political = texts.get("Politisk analys 2026-D.docx") ?? "";
    expect(political).toContain("Nyckeltal som är gröna tre år i rad");
    expect(political).not.toContain("gröna tre år i rad (målvärdet");
    expect(greenThreeYears.some((indicator) => indicator.easyTarget !== null)).toBe(true);
    for (const indicator of greenThreeYears) {
      const said = indicator.easyTarget === null ? "" : indicator.direction === "lower" ? " (målvärdet kan vara för högt)" : " (målvärdet kan vara för lågt)";
      expect(political).toContain(`${indicator.id} ${indicator.name}${said}\n`);
    }
  });
});
