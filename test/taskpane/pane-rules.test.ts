/**
 * The pane's pure rules: files picked add up (the unreadable ones refused with the reason), the
 * period the files are for against the one chosen, the triage of a collection, and Office's theme.
 */
import { collectionContext, consolidate, error, type CollectedPeriod } from "../../src/core";
import { examplePlan } from "../../src/example/generate-plan";
import { periodMismatch } from "../../src/taskpane/wizard/period-of-files";
import { NO_FILES, refusalOf, withPicked, withoutFile } from "../../src/taskpane/wizard/picked-files";
import { triageOf } from "../../src/taskpane/wizard/triage";
import { paneThemeOf } from "../../src/taskpane/theme";
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import path from "node:path";

const plan = examplePlan();
const file = (name: string, size = 10) => new File([new Uint8Array(size)], name, { lastModified: 1_000 });

/** A collection with nothing handed in, and the given problems added. */
function collection(extra: CollectedPeriod["problems"] = []): CollectedPeriod {
  const none = consolidate(collectionContext(plan, "2026-T1", "2026-09-21T12:00:00"), []);
  return { ...none, problems: [...none.problems, ...extra] };
}

describe("the files a controller picks", () => {
  it("add up over picks, the same file once, and can be removed one by one", () => {
    const a = file("2026-D A.xlsx");
    const b = file("2026-D B.xlsx");
    const first = withPicked(NO_FILES, [a]);
    const second = withPicked(first, [b, file("2026-D A.xlsx")]);
    expect(second.files.map((f) => f.name)).toEqual(["2026-D A.xlsx", "2026-D B.xlsx"]);
    expect(withoutFile(second, a).files).toEqual([b]);
  });

  it("are refused with the reason when Puls cannot read them, each listed once", () => {
    expect([refusalOf("a.xlsx"), refusalOf("A.XLSX"), refusalOf("a.xls"), refusalOf("a.xlsm"), refusalOf("~$a.xlsx"), refusalOf("a.txt")]).toEqual([null, null, "old-excel", "macro-workbook", "lock-file", "not-a-workbook"]);
    const picked = withPicked(withPicked(NO_FILES, [file("a.txt")]), [file("a.txt"), file("b.xls")]);
    expect(picked).toEqual({ files: [], refused: [{ name: "a.txt", reason: "not-a-workbook" }, { name: "b.xls", reason: "old-excel" }] });
  });
});

describe("the period the files are for", () => {
  const otherPeriod = (fileName: string, found: string) => error("other-period", { file: fileName, sheet: "_puls" }, { found, expected: "2026-T1" });

  it("is said when at least half of the files are for another period, with whether the plan has it", () => {
    const problems = [otherPeriod("a.xlsx", "2026-D"), otherPeriod("b.xlsx", "2026-D"), otherPeriod("c.xlsx", "2019")];
    expect(periodMismatch(plan, collection(problems), 4)).toEqual({ found: "2026-D", files: 2, total: 4, inPlan: true });
    expect(periodMismatch(plan, collection([otherPeriod("a.xlsx", "2019")]), 1)).toEqual({ found: "2019", files: 1, total: 1, inPlan: false });
  });

  it("is left to the units' own errors when only a few files have an old template", () => {
    expect(periodMismatch(plan, collection([otherPeriod("a.xlsx", "2026-D")]), 10)).toBeNull();
    expect(periodMismatch(plan, collection(), 10)).toBeNull();
  });
});

describe("the triage of a collection", () => {
  it("counts the units per state, names the missing ones and leaves their 'not handed in' out of the errors per unit", () => {
    const collected = collection([error("invalid-number", { file: "x.xlsx" }, { column: "Utfall", value: "tio" })]);
    const triage = triageOf(plan, collected);
    expect(triage.counts.missing).toBe(collected.reporting.length);
    expect(triage.missing.map((row) => row.organisation)).toEqual(collected.reporting.map((row) => row.organisation));
    // The one problem of no unit; none of the missing units' "not handed in".
    expect(triage.byUnit).toEqual([{ organisation: "", name: "", errors: 1, warnings: 0, problems: [expect.objectContaining({ code: "invalid-number" })] }]);
  });
});

describe("the pane's theme", () => {
  it("follows Office's: dark by its flag or its body colour, high contrast when colours are forced, else light", () => {
    expect(paneThemeOf(undefined, false)).toBe("light");
    expect(paneThemeOf({ bodyBackgroundColor: "#FFFFFF", isDarkTheme: false }, false)).toBe("light");
    expect(paneThemeOf({ isDarkTheme: true }, false)).toBe("dark");
    expect(paneThemeOf({ bodyBackgroundColor: "#262626" }, false)).toBe("dark");
    expect(paneThemeOf({ bodyBackgroundColor: "#FFFFFF" }, true)).toBe("highContrast");
  });
});

describe("the lint rules on the code that talks to Excel", () => {
  it("include every one of Microsoft's Office.js rules as an error", () => {
    const root = path.resolve(__dirname, "../..");
    // ESLint's own answer for a pane file (its config cannot be loaded inside jest's module system).
    const printed = spawnSync(process.execPath, [path.join(root, "node_modules", "eslint", "bin", "eslint.js"), "--print-config", "src/taskpane/excel/read-workbook.ts"], { cwd: root, encoding: "utf8" });
    const config = JSON.parse(printed.stdout) as { rules: Record<string, unknown> };
    // The plugin's rules, one file each (its type declarations export nothing to read them from).
    const rules = readdirSync(path.join(root, "node_modules", "eslint-plugin-office-addins", "lib", "rules"))
      .filter((file) => file.endsWith(".js") && file !== "index.js")
      .map((file) => file.slice(0, -".js".length));
    expect(rules.length).toBeGreaterThanOrEqual(8);
    expect(rules.filter((rule) => JSON.stringify(config.rules[`office-addins/${rule}`]) !== "[2]")).toEqual([]);
  });
});
