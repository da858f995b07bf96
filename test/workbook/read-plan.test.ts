import { problemMessage, type Problem } from "../../src/core";
import { readWorkbook } from "../../src/workbook/exceljs-reader";
import { readPlan } from "../../src/workbook/plan/read-plan";
import { smallPlan, xlsx, type Rows } from "../support/xlsx";

async function read(sheets: Record<string, Rows>) {
  return readPlan(await readWorkbook(await xlsx(sheets)), "plan.xlsx");
}

function where(problems: readonly Problem[]): string[] {
  return problems.map((p) => `${p.code} ${p.at.sheet ?? ""}!${p.at.cell ?? ""}`);
}

function changed(edit: (sheets: Record<string, Rows>) => void): Record<string, Rows> {
  const sheets = smallPlan();
  edit(sheets);
  return sheets;
}

function replaceRow(sheet: Rows, index: number, row: readonly unknown[]): Rows {
  return sheet.map((existing, i) => (i === index ? (row as Rows[number]) : existing));
}

describe("reading a sound plan workbook", () => {
  it("reads every sheet into the model with no problems", async () => {
    const { plan, problems } = await read(smallPlan());
    expect(problems).toEqual([]);
    expect(plan.settings).toMatchObject({ municipality: "Exempelkommun", municipalityCode: "0180", year: 2026, currentPeriod: "2026-D", yellowFrom: 0.85, rollupMethod: "worst", commentRequiredOnRed: true });
    expect(plan.periods.map((p) => [p.id, p.from, p.to, p.type])).toEqual([
      ["2026-D", "2026-01-01", "2026-08-31", "interim"],
      ["2026", "2026-01-01", "2026-12-31", "fullYear"],
    ]);
    expect(plan.organisation.map((o) => [o.id, o.parent, o.type])).toEqual([
      ["K", null, "municipality"],
      ["OMS", "K", "division"],
      ["HN", "OMS", "unit"],
      ["HS", "OMS", "unit"],
    ]);
    expect(plan.goals.map((g) => [g.id, g.level, g.parent])).toEqual([
      ["P1", "priorityArea", null],
      ["R1", "resultGoal", "P1"],
      ["V1", "divisionGoal", "R1"],
    ]);
    expect(plan.indicators.map((i) => [i.id, i.direction, i.weight, i.genderSplit, i.koladaId])).toEqual([
      ["N1", "higher", 1, true, "U21468"],
      ["N2", "lower", 2, false, null],
      ["N3", "range", 1, false, null],
    ]);
    expect(plan.targets.map((t) => [t.indicator, t.organisation, t.target, t.targetMax])).toEqual([
      ["N1", null, 0.9, null],
      ["N2", "HN", 12, null],
      ["N2", null, "decrease", null],
      ["N3", null, 0.9, 0.95],
    ]);
    expect(plan.actuals[0]).toMatchObject({ indicator: "N1", organisation: "HN", period: "2025", actual: 0.87, women: 0.9, men: 0.8 });
  });

  it("reads English sheet names and headers the same way", async () => {
    const english: Record<string, Rows> = {};
    const names: Record<string, string> = { Inställningar: "Settings", Perioder: "Periods", Mål: "Goals", Nyckeltal: "Indicators", Målvärden: "Targets", Utfall: "Actuals", Organisation: "Organisation" };
    const headers: Record<string, string> = { Nyckel: "Key", Värde: "Value", Namn: "Name", Från: "From", Till: "To", Typ: "Type", Överordnad: "Parent", Nivå: "Level", Överordnat: "Parent", Finansiellt: "Financial", Mål: "Goal", Måttenhet: "Unit", Riktning: "Direction", Vikt: "Weight", Sammanställning: "Aggregation", "Rapporteras av": "Reported by", Könsuppdelat: "Gender split", "Kolada-id": "Kolada id", Nyckeltal: "Indicator", Målvärde: "Target", "Målvärde max": "Target max", Utgångsvärde: "Baseline", Utfall: "Actual", Kvinnor: "Women", Män: "Men" };
    for (const [name, rows] of Object.entries(smallPlan())) {
      const [header = [], ...data] = rows;
      english[names[name] ?? name] = [header.map((h) => (typeof h === "string" ? (headers[h] ?? h) : h)), ...data];
    }
    const swedish = await read(smallPlan());
    const fromEnglish = await read(english);
    expect(fromEnglish.problems).toEqual([]);
    expect(fromEnglish.plan.indicators.map((i) => i.id)).toEqual(swedish.plan.indicators.map((i) => i.id));
    expect(fromEnglish.plan.targets.map((t) => t.target)).toEqual(swedish.plan.targets.map((t) => t.target));
  });

  it("finds columns in any order and a header row below other content, as in an Excel table", async () => {
    const sheets = changed((s) => {
      const [header = [], ...data] = s.Perioder ?? [];
      const reversed = [[...header].reverse(), ...data.map((row) => [...row].reverse())];
      s.Perioder = [["Perioder för 2026"], [], ...reversed];
    });
    const { plan, problems } = await read(sheets);
    expect(problems).toEqual([]);
    expect(plan.periods.map((p) => [p.id, p.type])).toEqual([
      ["2026-D", "interim"],
      ["2026", "fullYear"],
    ]);
  });
});

describe("problems in the plan, each with its sheet and cell", () => {
  it("a missing sheet", async () => {
    const { problems } = await read(changed((s) => delete s.Nyckeltal));
    expect(where(problems)).toContain("missing-sheet Nyckeltal!");
  });

  it("a missing required column", async () => {
    const { problems } = await read(changed((s) => (s.Nyckeltal = (s.Nyckeltal ?? []).map((row) => row.filter((_, i) => i !== 2)))));
    expect(where(problems)).toEqual(["missing-column Nyckeltal!"]);
    expect(problemMessage(problems[0] as Problem)).toBe('Kolumnen "Mål" saknas på bladet "Nyckeltal". Lägg till den som rubrik i rad 1.');
  });

  it("an indicator of an unknown goal, and one without a goal", async () => {
    const { problems } = await read(
      changed((s) => {
        s.Nyckeltal = replaceRow(s.Nyckeltal ?? [], 1, ["N1", "Andel nöjda", "V9", "%", "Högre"]);
        s.Nyckeltal = replaceRow(s.Nyckeltal, 2, ["N2", "Antal", null, "antal", "Lägre", 1, "Summa"]);
      }),
    );
    expect(where(problems)).toEqual(["unknown-goal Nyckeltal!A2", "indicator-without-goal Nyckeltal!A3"]);
    expect(problemMessage(problems[0] as Problem)).toContain('Målet "V9" finns inte på bladet Mål');
  });

  it("an unknown parent and a cycle in the trees", async () => {
    const { problems } = await read(
      changed((s) => {
        s.Organisation = replaceRow(s.Organisation ?? [], 3, ["HN", "Hemtjänst Norr", "OMX", "Enhet"]);
        s.Mål = replaceRow(s.Mål ?? [], 1, ["P1", "Trygg omsorg", "Prioriterat område", "V1", "K"]);
      }),
    );
    expect(where(problems)).toEqual(["unknown-parent Organisation!A4", "cycle Mål!A2"]);
    expect(problemMessage(problems[1] as Problem)).toContain("P1 → V1 → R1");
  });

  it("duplicate ids name the first occurrence", async () => {
    const { problems } = await read(changed((s) => (s.Organisation = [...(s.Organisation ?? []), ["HS", "Hemtjänst Syd 2", "OMS", "Enhet"]])));
    expect(where(problems)).toEqual(["duplicate-id Organisation!A6"]);
    expect(problemMessage(problems[0] as Problem)).toContain("Organisation!A5");
  });

  it("an unknown direction, an unknown type and a number that is not a number", async () => {
    const { problems } = await read(
      changed((s) => {
        s.Nyckeltal = replaceRow(s.Nyckeltal ?? [], 1, ["N1", "Andel nöjda", "V1", "%", "uppåt", "tung"]);
        s.Organisation = replaceRow(s.Organisation ?? [], 4, ["HS", "Hemtjänst Syd", "OMS", "Team"]);
      }),
    );
    expect(where(problems)).toEqual(["invalid-value Organisation!D5", "invalid-direction Nyckeltal!E2", "invalid-number Nyckeltal!F2"]);
  });

  it("a target for an unknown period, organisation or indicator, a bad target, and a range without its upper bound", async () => {
    const { problems } = await read(
      changed((s) => {
        s.Målvärden = [
          ...(s.Målvärden ?? []).slice(0, 1),
          ["N1", null, "2026-T9", 0.9],
          ["N1", "XX", "2026-D", 0.9],
          ["N9", null, "2026-D", 0.9],
          ["N1", null, "2026-D", "mycket"],
          ["N3", null, "2026-D", 0.9, null],
        ];
      }),
    );
    expect(where(problems)).toEqual([
      "invalid-target Målvärden!D5",
      "unknown-period Målvärden!D2",
      "unknown-organisation Målvärden!D3",
      "unknown-indicator Målvärden!D4",
      "range-without-max Målvärden!D6",
    ]);
  });

  it("a setting that cannot be used names the allowed values", async () => {
    const { problems, plan } = await read(changed((s) => (s.Inställningar = [...(s.Inställningar ?? []), ["Lägsta täckning", 50]])));
    expect(where(problems)).toEqual(["invalid-setting Inställningar!B9"]);
    expect(plan.settings.minCoverage).toBe(0.5);
    expect(problemMessage(problems[0] as Problem)).toContain("ett tal mellan 0 och 1");
  });

  it("a peer group is municipality codes, with leading zeros kept; anything else is named", async () => {
    const good = await read(changed((s) => (s.Inställningar = [...(s.Inställningar ?? []), ["Jämförelsegrupp", "0180, 1480; 580"]])));
    expect(good.problems).toEqual([]);
    expect(good.plan.settings.peerGroup).toEqual(["0180", "1480", "0580"]);
    const bad = await read(changed((s) => (s.Inställningar = [...(s.Inställningar ?? []), ["Jämförelsegrupp", "Stockholm, 1480"]])));
    expect(where(bad.problems)).toEqual(["invalid-setting Inställningar!B9"]);
    expect(problemMessage(bad.problems[0] as Problem)).toContain("kommunkoder med kommatecken emellan");
    expect(bad.plan.settings.peerGroup).toEqual(["1480"]);
  });

  it("a group per area names a goal of the plan and municipality codes; a wrong code or goal is named where it stands", async () => {
    const good = await read(changed((s) => (s.Jämförelsegrupper = [["Område", "Grupp-id", "Namn", "Kommuner"], ["P1", "G124065", "Liknande kommuner äldreomsorg 2025", "0114, 115"]])));
    expect(good.problems).toEqual([]);
    expect(good.plan.areaPeerGroups).toEqual([{ area: "P1", groupId: "G124065", name: "Liknande kommuner äldreomsorg 2025", members: ["0114", "0115"], at: expect.objectContaining({ sheet: "Jämförelsegrupper", cell: "A2" }) }]);
    const bad = await read(changed((s) => (s.Jämförelsegrupper = [["Område", "Kommuner"], ["P9", "Ystad"]])));
    expect(where(bad.problems)).toEqual(["invalid-value Jämförelsegrupper!B2", "unknown-goal Jämförelsegrupper!A2"]);
    expect(problemMessage(bad.problems[0] as Problem)).toContain("kommunkoder med kommatecken emellan");
  });
});
