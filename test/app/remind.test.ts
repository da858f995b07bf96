/**
 * The reminders as the controller sends them (docs/workbooks.md §3): a CSV Swedish Excel opens
 * right and safely, and one mailto link whose every part is percent-encoded.
 */
import { mailtoLink, remindersCsv, remindersOf } from "../../src/app/remind";
import type { Plan, ReportingStatusRow } from "../../src/core";
import { examplePlan } from "../../src/example/generate-plan";

const row = (organisation: string): ReportingStatusRow => ({ organisation, state: "missing", file: "", modified: null, expected: 1, filled: 0, errors: 0, warnings: 0 });

describe("reminders", () => {
  const plan: Plan = (() => {
    const base = examplePlan();
    return { ...base, organisation: base.organisation.map((unit) => (unit.id === "SAM12" ? { ...unit, email: "", manager: "=HYPERLINK(\"x\")" } : unit)) };
  })();
  const list = remindersOf(plan, "2026-D", [row("UTB07"), row("SAM12")], "2026-09-21");

  it("says the period and the deadline in the subject and body", () => {
    expect(list.subject).toBe("Påminnelse: inrapportering för Delår 2026 (2026-D)");
    expect(list.body).toContain("Sista dag för inlämning var 2026-09-15.");
  });

  it("names a unit without an e-mail as such and leaves it out of the link", () => {
    expect(list.withoutEmail.map((unit) => unit.organisation)).toEqual(["SAM12"]);
    const utb07 = list.units.find((unit) => unit.organisation === "UTB07")?.email ?? "";
    expect(list.mailto.startsWith(`mailto:?bcc=${encodeURIComponent(utb07)}&subject=`)).toBe(true);
  });

  it("writes the CSV as UTF-8 with a BOM, semicolons and CRLF, with formula-like text as text", () => {
    const csv = remindersCsv(list);
    expect(csv.startsWith("\uFEFFOrganisation;Namn;Ansvarig;E-post;Läge;Period;Sista dag\r\n")).toBe(true);
    expect(csv).toContain(`SAM12;Kundcenter;"'=HYPERLINK(""x"")";Saknar e-post;Försenad;2026-D;2026-09-15\r\n`);
  });

  it("percent-encodes the link so no address, subject or body can add a header", () => {
    const link = mailtoLink(["a@b.se"], "Ämne & mer", "Rad 1\nRad 2?cc=x");
    expect(link).toBe("mailto:?bcc=a%40b.se&subject=%C3%84mne%20%26%20mer&body=Rad%201%0D%0ARad%202%3Fcc%3Dx");
  });
});
