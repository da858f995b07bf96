/**
 * The same peer status wherever it appears: the example's recorded Kolada data, imported into the
 * plan, gives the Status sheet's and the reports' peer status, and PULS.PEERSTATUS on the same
 * numbers (the peers of the latest year, without the municipality itself) says the same word.
 */
import { DIRECTION_LABELS, STATUS_LABELS, evaluate } from "../../src/core";
import { EXAMPLE_PEER_GROUP, examplePlan } from "../../src/example/generate-plan";
import { peerStatusCells } from "../../src/functions/cells";
import { shownGrid } from "../support/custom-functions-runtime";

describe("peer status, everywhere the same", () => {
  const plan = examplePlan();
  const evaluation = evaluate(plan, plan.settings.currentPeriod, []);
  const top = evaluation.statuses.filter((row) => row.organisation === "K" && row.peerStatus !== null);

  it("the example has peer data from its recorded Kolada file, and a peer group", () => {
    expect(plan.peers.length).toBeGreaterThan(1000);
    expect(plan.settings.peerGroup).toEqual(EXAMPLE_PEER_GROUP);
    expect(top.length).toBeGreaterThan(10);
  });

  it("PULS.PEERSTATUS on the same numbers gives the reports' word, among all municipalities and within the group", () => {
    for (const row of top) {
      const indicator = plan.indicators.find((i) => i.id === row.indicator);
      const rows = plan.peers.filter((p) => p.indicator === row.indicator && p.gender === "T" && p.municipalityCode !== plan.settings.municipalityCode);
      const year = Math.max(...rows.map((p) => p.year));
      const all = rows.filter((p) => p.year === year).map((p) => [p.value ?? ""]);
      const group = rows.filter((p) => p.year === year && EXAMPLE_PEER_GROUP.includes(p.municipalityCode)).map((p) => [p.value ?? ""]);
      const direction = [[DIRECTION_LABELS.sv[indicator?.direction ?? "higher"]]];
      expect({ indicator: row.indicator, all: shownGrid(peerStatusCells([[row.actual]], all, direction)) }).toEqual({ indicator: row.indicator, all: [[STATUS_LABELS.sv[row.peerStatus ?? "missing"]]] });
      expect({ indicator: row.indicator, group: shownGrid(peerStatusCells([[row.actual]], group, direction)) }).toEqual({ indicator: row.indicator, group: [[STATUS_LABELS.sv[row.peerGroupStatus ?? "missing"]]] });
    }
  });
});
