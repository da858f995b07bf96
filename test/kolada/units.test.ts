/**
 * `puls kolada units`: the plan's units matched with Kolada's units of the municipality by name,
 * exact first, then normalised; near misses and doubles left unmatched and said, never guessed;
 * the ids written into a copy of the plan, against the local look-alike server (no network).
 */
import { runCliIn } from "../support/run-cli";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Plan } from "../../src/core";
import { examplePlan } from "../../src/example/generate-plan";
import { matchUnits, normalisedName } from "../../src/kolada/match-units";
import { koladaUnits } from "../../src/kolada/parse-metadata";
import { writeWorkbook } from "../../src/workbook/exceljs-writer";
import { readPlan } from "../../src/workbook/plan/read-plan";
import { planWorkbook } from "../../src/workbook/plan/write-plan";
import { readWorkbookValues } from "../../src/workbook/xlsx-values-reader";
import { koladaLookAlike } from "../support/kolada-look-alike";
import { tempFolder } from "../support/units";

const fixture = (name: string) => readFileSync(path.join(__dirname, "..", "fixtures", "kolada", name), "utf8");
const recorded = () => koladaUnits((JSON.parse(fixture("ou-9999.json")) as { values: unknown[] }).values).items;

/** The example plan as it was before its units had Kolada ids. */
function withoutIds(plan: Plan): Plan {
  return { ...plan, organisation: plan.organisation.map(({ koladaId: _dropped, ...rest }) => rest) };
}

const run = (args: string[], cwd: string) => runCliIn(cwd, args);

describe("the plan's units matched with Kolada's by name", () => {
  it("reads names alike regardless of case, hyphens and spaces, and skola or skolan", () => {
    expect(normalisedName("Norr-Skolan")).toBe(normalisedName("norrskola"));
    expect(normalisedName("Ekbackens skola")).toBe(normalisedName("Ekbackensskolan"));
    expect(normalisedName("Björkhagens skola")).not.toBe(normalisedName("Björkhagsskolan"));
  });

  it("proposes exact names, then normalised ones, and leaves near misses and doubles unmatched with the closest names", () => {
    const { matches, unmatchedKolada } = matchUnits(withoutIds(examplePlan()).organisation, recorded());
    const of = (id: string) => matches.find((entry) => entry.organisation.id === id)?.match;
    expect(of("UTB01")).toEqual({ kind: "exact", unit: expect.objectContaining({ id: "V15E999900101" }) });
    expect(of("UTB02")).toEqual({ kind: "normalised", unit: expect.objectContaining({ id: "V15E999900102", title: "Södra Skolan" }) });
    expect(of("UTB03")).toEqual({ kind: "normalised", unit: expect.objectContaining({ id: "V15E999900103" }) });
    // Björkhagens skola is not Björkhagsskolan: shown as the closest, not taken.
    expect(of("UTB04")).toEqual({ kind: "none", nearest: [expect.objectContaining({ id: "V15E999900104" })] });
    // Two of Kolada's units read as Vallaskolan: neither is taken.
    expect(of("UTB05")).toEqual({ kind: "ambiguous", candidates: [expect.objectContaining({ id: "V15E999900105" }), expect.objectContaining({ id: "V15E999900115" })] });
    expect(of("UTB06")).toEqual({ kind: "none", nearest: [expect.objectContaining({ title: "Centralskolan 7-9" })] });
    expect(of("UTB07")).toEqual({ kind: "exact", unit: expect.objectContaining({ id: "V11E999900101" }) });
    expect(of("UTB08")).toEqual({ kind: "normalised", unit: expect.objectContaining({ id: "V11E999900102" }) });
    expect(of("OMS01")).toEqual({ kind: "none", nearest: [] });
    expect(unmatchedKolada.map((unit) => unit.title)).toEqual(expect.arrayContaining(["Björkhagsskolan", "Valla skolan", "Valla-skolan", "Centralskolan 7-9", "Tallbackens förskola"]));
  });

  it("keeps an id the plan has, and gives no unit one that another of the plan's units holds", () => {
    const plan = withoutIds(examplePlan());
    const organisation = plan.organisation.map((org) => (org.id === "UTB09" ? { ...org, koladaId: "V15E999900101" } : org));
    const { matches } = matchUnits(organisation, recorded());
    expect(matches.find((entry) => entry.organisation.id === "UTB09")?.match).toEqual({ kind: "kept", id: "V15E999900101", known: true });
    expect(matches.find((entry) => entry.organisation.id === "UTB01")?.match.kind).toBe("ambiguous");
  });

  it("writes the proposals into a copy of the plan against the look-alike server, and says what it could not match", async () => {
    const kolada = await koladaLookAlike();
    const saved = process.env.PULS_KOLADA_API;
    try {
      process.env.PULS_KOLADA_API = kolada.api;
      const cwd = tempFolder();
      const planBytes = await writeWorkbook(planWorkbook(withoutIds(examplePlan())));
      writeFileSync(path.join(cwd, "plan.xlsx"), planBytes);
      const result = await run(["kolada", "units", "--plan", "plan.xlsx", "--out", "med-id.xlsx"], cwd);
      expect(result.err).toBe("");
      expect(result.code).toBe(0);
      expect(kolada.requests).toEqual(["/v3/ou?municipality=9999"]);
      expect(result.out).toContain("Kolada har 10 enheter för kommun 9999.");
      expect(result.out).toContain("UTB01 Norrskolan → V15E999900101 (Norrskolan)");
      expect(result.out).toContain("UTB02 Södra skolan → V15E999900102 (Södra Skolan) – namnet lika efter normalisering");
      expect(result.out).toContain("UTB04 Björkhagens skola: inte matchad – närmast: V15E999900104 Björkhagsskolan");
      expect(result.out).toContain("UTB05 Vallaskolan: inte matchad – flera möjliga (V15E999900105 Valla skolan, V15E999900115 Valla-skolan)");
      expect(result.out).toMatch(/av Koladas enheter matchades inte mot någon enhet i planen: .*V11E999900199 Tallbackens förskola/);
      const copy = readPlan(readWorkbookValues(readFileSync(path.join(cwd, "med-id.xlsx"))), "med-id.xlsx").plan;
      const ids = new Map(copy.organisation.map((org) => [org.id, org.koladaId]));
      expect([ids.get("UTB01"), ids.get("UTB02"), ids.get("UTB03"), ids.get("UTB04"), ids.get("UTB05"), ids.get("UTB07")]).toEqual(["V15E999900101", "V15E999900102", "V15E999900103", undefined, undefined, "V11E999900101"]);
      // The plan given is never changed.
      expect(Buffer.compare(readFileSync(path.join(cwd, "plan.xlsx")), Buffer.from(planBytes))).toBe(0);
    } finally {
      if (saved === undefined) delete process.env.PULS_KOLADA_API;
      else process.env.PULS_KOLADA_API = saved;
      await kolada.close();
    }
  });
});
