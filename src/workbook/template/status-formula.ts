/**
 * The native Excel formula that shows a row's status live in a unit's template, so a unit without
 * the add-in sees Grön/Gul/Röd as it types (docs/workbooks.md §2). It follows docs/rules.md §3 and §3b for
 * the row's direction and target; the collector, not this formula, decides the official status.
 * Formulas are written in English with commas, as the file format stores them.
 */
import type { Direction, RelativeTarget } from "../../core";

export interface StatusCells {
  /** A1 references of the row's cells. */
  readonly actual: string;
  readonly target: string;
  readonly targetMax: string;
  readonly previous: string;
}

export interface StatusRule {
  readonly direction: Direction;
  /** A number target, a relative target word, or null when the row has no target. */
  readonly target: number | RelativeTarget | null;
  readonly yellowFrom: number;
  readonly tolerance: number | null;
  readonly band: number;
}

// A whisker below each threshold, as the core's relative tolerance: 72 % of 80 % reaches 90 %.
const EPS = "1E-9";

function numericStatus(c: StatusCells, rule: StatusRule): string {
  const { actual: x, target: t, targetMax: u } = c;
  const y = rule.yellowFrom;
  const tolerance = (distance: string) => (rule.tolerance === null ? "FALSE" : `${distance}<=${rule.tolerance}`);
  if (rule.direction === "higher") {
    return `IF(${x}>=${t}-ABS(${t})*${EPS},"Grön",IF(OR(IF(${t}>0,${x}/${t}>=${y}-${EPS},FALSE),${tolerance(`${t}-${x}`)}),"Gul","Röd"))`;
  }
  if (rule.direction === "lower") {
    return `IF(${x}<=${t}+ABS(${t})*${EPS},"Grön",IF(OR(IF(AND(${t}>0,${x}>0),${t}/${x}>=${y}-${EPS},FALSE),${tolerance(`${x}-${t}`)}),"Gul","Röd"))`;
  }
  const ratio = `IF(${t}>0,IF(${x}<${t},${x}/${t},${u}/${x})>=${y}-${EPS},FALSE)`;
  return `IF(AND(${x}>=${t},${x}<=${u}),"Grön",IF(OR(${ratio},${tolerance(`MAX(${t}-${x},${x}-${u})`)}),"Gul","Röd"))`;
}

function relativeStatus(c: StatusCells, rule: StatusRule, word: RelativeTarget): string {
  const { actual: x, previous: p } = c;
  const withinBand = `ABS(${x}-${p})<=${rule.band}*ABS(${p})+${EPS}`;
  const rose = `${x}>${p}`;
  const better = rule.direction === "lower" ? `${x}<${p}` : rose;
  const judged =
    word === "increase"
      ? `IF(${withinBand},"Gul",IF(${rose},"Grön","Röd"))`
      : word === "decrease"
        ? `IF(${withinBand},"Gul",IF(${x}<${p},"Grön","Röd"))`
        : word === "improve"
          ? `IF(${withinBand},"Gul",IF(${better},"Grön","Röd"))`
          : `IF(${withinBand},"Grön",IF(${better},"Grön","Röd"))`;
  return `IF(NOT(ISNUMBER(${p})),"Saknas",${judged})`;
}

/** The formula, or undefined where the row cannot have a live status (no target, or a range the formula cannot judge). */
export function statusFormula(cells: StatusCells, rule: StatusRule): string | undefined {
  if (rule.target === null) return undefined;
  if (typeof rule.target === "string" && rule.direction === "range" && (rule.target === "improve" || rule.target === "maintain")) return undefined;
  const judged = typeof rule.target === "string" ? relativeStatus(cells, rule, rule.target) : numericStatus(cells, rule);
  return `IF(NOT(ISNUMBER(${cells.actual})),"",${judged})`;
}

/**
 * The formula of a row's hidden "Utfall som tal" cell: the number collection reads from the unit's
 * `Utfall` cell `x` (check-submission.ts), or "" where it reads none, so that the live status judges
 * what collection will. A number is taken as it is; a text is read as a number (a decimal comma or
 * point, whichever comes last; spaces between thousands; a trailing %), "" when it is none. For a
 * share (`percent`), a value above 1 and at most 100 is a percentage typed as a number (85 is 85 %),
 * and one below 0 or above 100 is no share ("").
 * NUMBERVALUE (Excel 2013, LibreOffice 4.1) reads text whatever the reader's locale; in the file it
 * carries its `_xlfn.` prefix, as Excel writes functions newer than 2007.
 */
export function actualValueFormula(x: string, percent: boolean): string {
  const decimal = `IF(ISERROR(FIND(",",${x})),".",IF(ISERROR(FIND(".",${x})),",",IF(FIND(",",${x})>FIND(".",${x}),",",".")))`;
  const group = `IF(ISERROR(FIND(",",${x})),",",IF(ISERROR(FIND(".",${x})),".",IF(FIND(",",${x})>FIND(".",${x}),".",",")))`;
  const fromText = `_xlfn.NUMBERVALUE(${x},${decimal},${group})`;
  const share = (v: string) => (percent ? `IF(OR(${v}<0,${v}>100),"",IF(${v}>1,${v}/100,${v}))` : v);
  return `IF(ISNUMBER(${x}),${share(x)},IF(AND(ISTEXT(${x}),TRIM(${x})<>""),IFERROR(${share(fromText)},""),""))`;
}
