import { problemMessage, reportingOrganisations, type Problem } from "../../src/core";
import { readWorkbook } from "../../src/workbook/exceljs-reader";
import { readPlan } from "../../src/workbook/plan/read-plan";
import { smallPlan, xlsx, type Rows } from "../support/xlsx";

async function read(edit: (sheets: Record<string, Rows>) => void = () => {}) {
  const sheets = smallPlan();
  edit(sheets);
  return readPlan(await readWorkbook(await xlsx(sheets)), "plan.xlsx");
}

function where(problems: readonly Problem[]): string[] {
  return problems.map((p) => `${p.severity} ${p.code} ${p.at.sheet ?? ""}!${p.at.cell ?? ""}`);
}

/** The small plan with categories: two home-care units and a nursing home, sizes on each. */
function withCategories(sheets: Record<string, Rows>): void {
  sheets.Organisation = [
    ["Id", "Namn", "Överordnad", "Typ", "Verksamhetstyp", "Storlek", "Storlek avser"],
    ["K", "Exempelkommun", null, "Kommun", null, null, null],
    ["OMS", "Omsorg", "K", "Verksamhetsområde", null, null, null],
    ["HN", "Hemtjänst Norr", "OMS", "Enhet", "Hemtjänst", 140, "brukare"],
    ["HS", "Hemtjänst Syd", "OMS", "Enhet", "hemtjänst", 60, "brukare"],
    ["SB", "Lindgården", "OMS", "Enhet", "särskilt boende", 40, "brukare"],
  ];
}

describe("who reports an indicator", () => {
  it("reads an old plan without the new columns as before: a level reaches every unit, and no warnings", async () => {
    const { plan, problems } = await read();
    expect(problems).toEqual([]);
    expect(plan.organisation.map((o) => [o.id, o.category, o.size])).toEqual([["K", "", null], ["OMS", "", null], ["HN", "", null], ["HS", "", null]]);
    for (const indicator of plan.indicators) expect(indicator.reportedBy).toEqual({ level: "unit" });
    expect(reportingOrganisations(plan, plan.indicators[0]!)).toEqual(["HN", "HS"]);
  });

  it("reaches only the units of the categories named, matched without regard to case", async () => {
    const { plan, problems } = await read((sheets) => {
      withCategories(sheets);
      sheets.Nyckeltal = (sheets.Nyckeltal ?? []).map((row, i) => (i === 1 ? ["N1", "Andel nöjda brukare", "V1", "%", "Högre", 1, "Viktat medel", "hemtjänst", "Ja", null] : row));
    });
    expect(where(problems)).toEqual([]);
    expect(plan.indicators[0]?.reportedBy).toEqual({ named: ["hemtjänst"] });
    expect(reportingOrganisations(plan, plan.indicators[0]!)).toEqual(["HN", "HS"]);
    expect(reportingOrganisations(plan, plan.indicators[1]!)).toEqual(["HN", "HS", "SB"]);
  });

  it("names a category that does not exist at its Rapporteras av cell, and an indicator nobody reports", async () => {
    const { problems } = await read((sheets) => {
      withCategories(sheets);
      sheets.Nyckeltal = (sheets.Nyckeltal ?? []).map((row, i) => (i === 1 ? ["N1", "Andel nöjda brukare", "V1", "%", "Högre", 1, "Medel", "hemtjänst, LSS", "Ja", null] : i === 3 ? ["N3", "Beläggning", "V1", "%", "Intervall", null, "Medel", "Verksamhetsområde", null, null] : row));
      // The goal moves to a unit: no division sits below it, so no one reports N3.
      sheets.Mål = (sheets.Mål ?? []).map((row, i) => (i === 3 ? ["V1", "Kontinuitet i hemtjänsten", "Verksamhetsmål", "R1", "HN", null] : row));
    });
    expect(where(problems)).toEqual(expect.arrayContaining(["error unknown-reporter Nyckeltal!H2", "warning indicator-not-reported Nyckeltal!H4"]));
    const unknown = problems.find((p) => p.code === "unknown-reporter");
    expect(unknown === undefined ? "" : problemMessage(unknown)).toContain("LSS");
  });
});

describe("the plan checked for sense, each problem at its cell", () => {
  it("a percent target of 14 is 1 400 %: asks whether 14 % was meant", async () => {
    const { problems } = await read((sheets) => {
      sheets.Målvärden = (sheets.Målvärden ?? []).map((row, i) => (i === 1 ? ["N1", null, "2026-D", 14, null, 0.85] : row));
    });
    expect(where(problems)).toEqual(["warning percent-above-one Målvärden!D2"]);
    const message = problemMessage(problems[0]!);
    expect(message).toContain("1400 %");
    expect(message).toContain("Menade du 14 %?");
  });

  it("a percent outcome above 100 % in Utfall, and a negative count", async () => {
    const { problems } = await read((sheets) => {
      sheets.Nyckeltal = [...(sheets.Nyckeltal ?? []), ["N4", "Antal besök", "V1", "antal", "Högre", 1, "Summa", "Enhet", null, null]];
      sheets.Utfall = [...(sheets.Utfall ?? []).map((row, i) => (i === 1 ? ["N1", "HN", "2025", 87, 0.9, 0.8] : row)), ["N4", "HS", "2025", -3, null, null]];
      sheets.Målvärden = [...(sheets.Målvärden ?? []), ["N4", null, "2026-D", 120, null, null]];
    });
    expect(where(problems)).toEqual(["warning percent-above-one Utfall!D2", "warning negative-value Utfall!D3"]);
  });

  it("a fractional target on a count, and a target far from every earlier outcome", async () => {
    const { problems } = await read((sheets) => {
      sheets.Nyckeltal = [...(sheets.Nyckeltal ?? []), ["N4", "Antal besök", "V1", "antal", "Högre", 1, "Summa", "Enhet", null, null]];
      sheets.Utfall = [...(sheets.Utfall ?? []), ["N4", "HN", "2025", 40, null, null], ["N4", "HS", "2025", 44, null, null]];
      sheets.Målvärden = [...(sheets.Målvärden ?? []), ["N4", "HN", "2026-D", 42.5, null, null], ["N4", "HS", "2026-D", 4400, null, null]];
    });
    expect(where(problems)).toEqual(["warning fractional-count-target Målvärden!D6", "warning implausible-target Målvärden!D7"]);
  });

  it("holds an organisation's own target against that organisation's outcomes: a division's total is no slip", async () => {
    const { problems } = await read((sheets) => {
      sheets.Nyckeltal = [...(sheets.Nyckeltal ?? []), ["N4", "Antal besök", "V1", "antal", "Högre", 1, "Summa", "Enhet", null, null]];
      sheets.Utfall = [...(sheets.Utfall ?? []), ["N4", "HN", "2025", 4, null, null], ["N4", "HS", "2025", 5, null, null]];
      // The division's target is the units' sum of many years' growth: 60 against units of 4 and 5.
      sheets.Målvärden = [...(sheets.Målvärden ?? []), ["N4", null, "2026-D", 5, null, null], ["N4", "OMS", "2026-D", 60, null, null]];
    });
    expect(where(problems)).toEqual([]);
  });

  it("a count averaged and a share summed, at their Sammanställning cells; a ratio in antal may be averaged", async () => {
    const { problems } = await read((sheets) => {
      sheets.Nyckeltal = (sheets.Nyckeltal ?? []).map((row, i) => (i === 1 ? ["N1", "Andel nöjda brukare", "V1", "%", "Högre", 1, "Summa", "Enhet", "Ja", null] : row));
      sheets.Nyckeltal = [...sheets.Nyckeltal, ["N4", "Antal besök", "V1", "antal", "Högre", 1, null, "Enhet", null, null]];
    });
    // N2 "Antal personal per brukare" is averaged too, but it is a ratio: no warning.
    expect(where(problems)).toEqual(["warning summed-share Nyckeltal!G2", "warning averaged-count Nyckeltal!G5"]);
  });

  it("a weighted mean by size where a reporting unit has no size", async () => {
    const { problems } = await read((sheets) => {
      withCategories(sheets);
      sheets.Organisation = (sheets.Organisation ?? []).map((row, i) => (i === 4 ? ["HS", "Hemtjänst Syd", "OMS", "Enhet", "hemtjänst", null, null] : row));
      sheets.Nyckeltal = (sheets.Nyckeltal ?? []).map((row, i) => (i === 1 ? ["N1", "Andel nöjda brukare", "V1", "%", "Högre", 1, "Viktat medel", "hemtjänst", "Ja", null] : row));
    });
    expect(where(problems)).toEqual(["warning weighted-without-size Nyckeltal!G2"]);
    expect(problems[0]?.values).toEqual({ organisations: "Hemtjänst Syd" });
  });

  it("a target for an organisation that does not report the indicator and is above none that does", async () => {
    const { problems } = await read((sheets) => {
      withCategories(sheets);
      sheets.Nyckeltal = (sheets.Nyckeltal ?? []).map((row, i) => (i === 1 ? ["N1", "Andel nöjda brukare", "V1", "%", "Högre", 1, "Medel", "hemtjänst", "Ja", null] : row));
      // SB is a nursing home: N1 is reported by home care only. OMS sits above the reporters: its target is used.
      sheets.Målvärden = [...(sheets.Målvärden ?? []), ["N1", "SB", "2026-D", 0.8, null, null], ["N1", "OMS", "2026-D", 0.85, null, null]];
    });
    expect(where(problems)).toEqual(["warning target-for-non-reporter Målvärden!B6"]);
  });

  it("a budget without a full-year period", async () => {
    const { problems } = await read((sheets) => {
      sheets.Perioder = (sheets.Perioder ?? []).slice(0, 2);
      sheets.Målvärden = [["Nyckeltal", "Organisation", "Period", "Målvärde", "Målvärde max", "Utgångsvärde", "Budget"], ...(sheets.Målvärden ?? []).slice(1).map((row, i) => (i === 0 ? [...row, 5000] : row))];
    });
    expect(where(problems)).toEqual(["warning budget-without-full-year Målvärden!G2"]);
  });

  it("a negative size on Organisation", async () => {
    const { problems } = await read((sheets) => {
      withCategories(sheets);
      sheets.Organisation = (sheets.Organisation ?? []).map((row, i) => (i === 3 ? ["HN", "Hemtjänst Norr", "OMS", "Enhet", "hemtjänst", -140, "brukare"] : row));
    });
    expect(where(problems)).toEqual(["error negative-size Organisation!F4"]);
  });
});
