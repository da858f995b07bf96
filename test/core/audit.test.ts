/**
 * The audit log's rules in the core (docs/workbooks.md §5): entries numbered on and never
 * renumbered, assessments logged when set or changed, a report's sign-off held against the data's
 * fingerprint, and who to remind.
 */
import { appendToLog, assessmentEntries, dataFingerprint, planOnlyInput, reminders, signOffState, type LogEntry, type Plan, type ReportingStatusRow } from "../../src/core";
import { examplePlan } from "../../src/example/generate-plan";

const plan = examplePlan();
const at = "2026-09-21T09:00:00";

describe("the audit log", () => {
  it("numbers new entries on from the highest number it has and leaves the earlier ones as they were", () => {
    const first = appendToLog([], [{ at, user: "Eva", event: "collection", period: "2026-D", subject: "Exempelkommun" }]);
    const second = appendToLog(first, [{ at, user: "Eva", event: "report", period: "2026-D", subject: "Delårsrapport" }, { at, user: "Eva", event: "signOff", period: "2026-D", subject: "Delårsrapport", after: "Eva" }]);
    expect(second.map((entry) => entry.number)).toEqual([1, 2, 3]);
    expect(second[0]).toBe(first[0]);
  });

  it("logs an assessment when it is new or its word or justification changed, and not again when nothing changed", () => {
    const withOne: Plan = { ...plan, assessments: [{ goal: "F01", organisation: "UTB", period: "2026-D", assessment: "met", justification: "Nått", assessedBy: "", date: "2026-09-20", at: { sheet: "Bedömningar" } }] };
    const first = assessmentEntries([], withOne, "2026-D", at, "Eva");
    expect(first).toEqual([expect.objectContaining({ subject: "F01 UTB", before: "", after: "Uppfyllt", note: "Nått", user: "Eva" })]);
    const log = appendToLog([], first);
    expect(assessmentEntries(log, withOne, "2026-D", at, "Eva")).toEqual([]);
    const changed: Plan = { ...withOne, assessments: [{ ...withOne.assessments[0]!, assessment: "partlyMet", justification: "Delvis", assessedBy: "Per" }] };
    expect(assessmentEntries(log, changed, "2026-D", at, "Eva")).toEqual([expect.objectContaining({ before: "Uppfyllt", after: "Delvis uppfyllt", note: "Delvis", user: "Per" })]);
  });

  it("gives the same data the same fingerprint and a changed figure another", () => {
    const input = planOnlyInput(plan, "2026-D");
    expect(dataFingerprint(input)).toBe(dataFingerprint(planOnlyInput(examplePlan(), "2026-D")));
    expect(dataFingerprint(input)).toMatch(/^[0-9a-f]{16}$/);
    const row = plan.actuals[0]!;
    const edited: Plan = { ...plan, actuals: [{ ...row, actual: (row.actual ?? 0) + 1 }, ...plan.actuals.slice(1)] };
    expect(dataFingerprint(planOnlyInput(edited, "2026-D"))).not.toBe(dataFingerprint(input));
  });

  it("finds a report signed off for this data, and for other data as changed since", () => {
    const log: LogEntry[] = appendToLog([], [{ at, user: "Eva", event: "signOff", period: "2026-D", subject: "Delårsrapport", after: "Eva Controller", fingerprint: "aaaa" }]);
    expect(signOffState(log, "Delårsrapport", "2026-D", "aaaa")).toEqual({ kind: "signed", signOff: { entry: 1, by: "Eva Controller", day: "2026-09-21", fingerprint: "aaaa" } });
    expect(signOffState(log, "Delårsrapport", "2026-D", "bbbb").kind).toBe("changed");
    expect(signOffState(log, "Politisk analys", "2026-D", "aaaa").kind).toBe("none");
  });
});

describe("who to remind", () => {
  const row = (organisation: string, state: ReportingStatusRow["state"]): ReportingStatusRow => ({ organisation, state, file: "", modified: null, expected: 1, filled: 0, errors: 0, warnings: 0 });

  it("names the units that have not handed in with their managers, late after the deadline, and not those that handed in late", () => {
    const reporting = [row("UTB07", "missing"), row("SAM05", "late"), row("UTB01", "submitted")];
    const before = reminders(plan, reporting, "2026-09-10");
    expect(before.map((unit) => [unit.organisation, unit.state])).toEqual([["UTB07", "waiting"]]);
    expect(before[0]?.email).toMatch(/^[a-z]+\.[a-z]+@exempelkommun\.se$/);
    expect(reminders(plan, reporting, "2026-09-21")[0]?.state).toBe("late");
  });

  it("leaves out an e-mail that cannot be an address rather than put it in a link", () => {
    const odd: Plan = { ...plan, organisation: plan.organisation.map((unit) => (unit.id === "UTB07" ? { ...unit, email: "a@b.se?cc=x@y.se, c" } : unit)) };
    expect(reminders(odd, [row("UTB07", "missing")], "2026-09-10")[0]?.email).toBe("");
  });
});
