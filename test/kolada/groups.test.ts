/**
 * `puls kolada groups`: RKA's groups of similar municipalities for the plan's municipality,
 * listed, and the one chosen written as the plan's Jämförelsegrupp with its name and year, against
 * the local look-alike server (no network) and from a saved response.
 */
import { runCliIn } from "../support/run-cli";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { examplePlan } from "../../src/example/generate-plan";
import { groupYear } from "../../src/kolada/parse-metadata";
import { writeWorkbook } from "../../src/workbook/exceljs-writer";
import { readPlan } from "../../src/workbook/plan/read-plan";
import { planWorkbook } from "../../src/workbook/plan/write-plan";
import { readWorkbookValues } from "../../src/workbook/xlsx-values-reader";
import { koladaLookAlike, type LookAlike } from "../support/kolada-look-alike";
import { tempFolder } from "../support/units";

const run = (args: string[], cwd: string) => runCliIn(cwd, args);

describe("puls kolada groups", () => {
  const saved = process.env.PULS_KOLADA_API;
  let kolada: LookAlike;
  let cwd: string;
  beforeEach(async () => {
    kolada = await koladaLookAlike();
    process.env.PULS_KOLADA_API = kolada.api;
    cwd = tempFolder();
    writeFileSync(path.join(cwd, "plan.xlsx"), await writeWorkbook(planWorkbook(examplePlan())));
  });
  afterEach(async () => {
    if (saved === undefined) delete process.env.PULS_KOLADA_API;
    else process.env.PULS_KOLADA_API = saved;
    await kolada.close();
  });

  it("reads a group's year from its title", () => {
    expect(groupYear("Liknande kommuner grundskola, Ystad 2025")).toBe(2025);
    expect(groupYear("Liknande kommuner")).toBeNull();
  });

  it("lists the groups that name the plan's municipality, and asks for a choice", async () => {
    const result = await run(["kolada", "groups", "--plan", "plan.xlsx"], cwd);
    expect(result.code).toBe(0);
    expect(kolada.requests).toEqual(["/v3/municipality_groups?title=Liknande%20kommuner"]);
    expect(result.out).toContain("2 grupper i Kolada");
    expect(result.out).toContain("G124064  Liknande kommuner grundskola, Exempelkommun 2025 (7 kommuner)");
    expect(result.out).not.toContain("Ystad");
    expect(result.out).toContain("--group");
  });

  it("writes the chosen group as Jämförelsegrupp with its name, the municipality itself left out", async () => {
    const result = await run(["kolada", "groups", "--plan", "plan.xlsx", "--group", "G124064", "--out", "med-grupp.xlsx"], cwd);
    expect(result.err).toBe("");
    expect(result.code).toBe(0);
    expect(result.out).toContain("Jämförelsegrupp: Liknande kommuner grundskola, Exempelkommun 2025 (2025): 0114, 0115, 0117, 0120, 0123, 0125.");
    const { settings } = readPlan(readWorkbookValues(readFileSync(path.join(cwd, "med-grupp.xlsx"))), "med-grupp.xlsx").plan;
    expect(settings.peerGroup).toEqual(["0114", "0115", "0117", "0120", "0123", "0125"]);
    expect(settings.peerGroupName).toBe("Liknande kommuner grundskola, Exempelkommun 2025");
    expect(settings.municipalityCode).toBe("9999");
  });

  it("chooses by a part of the name only when it names one group, and says which it could be otherwise", async () => {
    const one = await run(["kolada", "groups", "--plan", "plan.xlsx", "--group", "äldreomsorg", "--out", "med-grupp.xlsx"], cwd);
    expect(one.code).toBe(0);
    expect(one.out).toContain("0126, 0127, 0128, 0136");
    const two = await run(["kolada", "groups", "--plan", "plan.xlsx", "--group", "Liknande", "--out", "annan.xlsx"], cwd);
    expect(two.code).toBe(2);
    expect(two.err).toContain('--group "Liknande" pekar ut 2 grupper ovan: ange gruppens id');
  });

  it("lists the plan's priority areas with the group each is compared with now", async () => {
    const result = await run(["kolada", "groups", "--plan", "plan.xlsx"], cwd);
    expect(result.out).toContain("Planens målområden och den jämförelsegrupp de jämförs med nu:");
    expect(result.out).toContain("  P1 Livslångt lärande: planens Jämförelsegrupp");
    expect(result.out).toContain("--area MÅL");
  });

  it("gives each area its own group, one run per area, and leaves the plan's Jämförelsegrupp for the rest", async () => {
    const first = await run(["kolada", "groups", "--plan", "plan.xlsx", "--group", "G124064", "--area", "P1", "--out", "skola.xlsx"], cwd);
    expect(first.err).toBe("");
    expect(first.out).toContain("P1 Livslångt lärande: Jämförelsegrupp: Liknande kommuner grundskola, Exempelkommun 2025 (2025): 0114, 0115, 0117, 0120, 0123, 0125.");
    // The area named by its name, in any case.
    const second = await run(["kolada", "groups", "--plan", "skola.xlsx", "--group", "äldreomsorg", "--area", "trygg vård och omsorg", "--out", "båda.xlsx"], cwd);
    expect(second.code).toBe(0);
    const read = readPlan(readWorkbookValues(readFileSync(path.join(cwd, "båda.xlsx"))), "båda.xlsx");
    expect(read.problems.filter((problem) => problem.severity === "error")).toEqual([]);
    expect(read.plan.areaPeerGroups?.map(({ area, groupId, members }) => ({ area, groupId, members: members.length }))).toEqual([
      { area: "P1", groupId: "G124064", members: 6 },
      { area: "P2", groupId: "G124065", members: 4 },
    ]);
    expect(read.plan.settings.peerGroup).toEqual(examplePlan().settings.peerGroup);
    const listed = await run(["kolada", "groups", "--plan", "båda.xlsx"], cwd);
    expect(listed.out).toContain("  P2 Trygg vård och omsorg: Liknande kommuner äldreomsorg");
    expect(listed.out).toContain("  P3 Hållbar samhällsutveckling: planens Jämförelsegrupp");
  });

  it("refuses an --area that is no goal of the plan, and lists the areas", async () => {
    const result = await run(["kolada", "groups", "--plan", "plan.xlsx", "--group", "G124064", "--area", "Skolan", "--out", "x.xlsx"], cwd);
    expect(result.code).toBe(2);
    expect(result.err).toContain('--area "Skolan" är inget mål i planen. Områdena:');
    expect(result.err).toContain("P4 God ekonomisk hushållning");
  });

  it("reads a saved response with --from, without the network", async () => {
    await kolada.close();
    const fixture = path.join(__dirname, "..", "fixtures", "kolada", "municipality-groups.json");
    const result = await run(["kolada", "groups", "--plan", "plan.xlsx", "--from", fixture, "--group", "G124065", "--out", "med-grupp.xlsx"], cwd);
    expect(result.code).toBe(0);
    expect(readPlan(readWorkbookValues(readFileSync(path.join(cwd, "med-grupp.xlsx"))), "x").plan.settings.peerGroupName).toContain("äldreomsorg");
    kolada = await koladaLookAlike();
  });
});
