import { ACTION_STATUS_LABELS, KNOWN_ACTION_STATUSES, actionStatusWord, isClosedAction, parseActionStatus } from "../../src/core";
import { ACTION_STATUSES } from "../../src/workbook/template/template-format";

describe("action statuses", () => {
  it("reads the template's Swedish words and their English equivalents, in any case and spacing", () => {
    expect(ACTION_STATUSES.map(parseActionStatus)).toEqual(["notStarted", "ongoing", "done", "cancelled"]);
    expect(["Not started", "ongoing", "DONE", " Cancelled "].map(parseActionStatus)).toEqual(["notStarted", "ongoing", "done", "cancelled"]);
    expect(["klar", "KLAR", "ej  påbörjad", "pågår"].map(parseActionStatus)).toEqual(["done", "done", "notStarted", "ongoing"]);
  });

  it("reads a blank cell as not started, the template's default", () => {
    expect(parseActionStatus("")).toBe("notStarted");
    expect(parseActionStatus("  ")).toBe("notStarted");
  });

  it("reads any other text as unknown, which leaves the action open", () => {
    expect(parseActionStatus("Väntar på beslut")).toBe("unknown");
    expect(parseActionStatus("Klart")).toBe("unknown");
    expect(isClosedAction("unknown")).toBe(false);
  });

  it("closes only done and cancelled actions, so only they can never be overdue", () => {
    expect(KNOWN_ACTION_STATUSES.filter(isClosedAction)).toEqual(["done", "cancelled"]);
  });

  it("shows a known status in the report's language and an unknown one as the unit wrote it", () => {
    expect(actionStatusWord({ status: "done", statusText: "done" }, "sv")).toBe("Klar");
    expect(actionStatusWord({ status: "ongoing", statusText: "Pågår" }, "en")).toBe("Ongoing");
    expect(actionStatusWord({ status: "unknown", statusText: "Väntar på beslut" }, "en")).toBe("Väntar på beslut");
  });

  it("has a label for every known status in both languages", () => {
    for (const language of ["sv", "en"] as const) expect(Object.keys(ACTION_STATUS_LABELS[language]).sort()).toEqual([...KNOWN_ACTION_STATUSES].sort());
  });
});
