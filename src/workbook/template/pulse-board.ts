/**
 * The unit's Pulstavla (docs/workbooks.md §2, "Pulstavla"): one A4 landscape page of Excel's own
 * formulas and conditional formatting over the template's other sheets, so it fills in as the unit
 * types, without the add-in. A tile per indicator (outcome, target, status word and colour, the
 * trend against the same period last year, the earlier years as a small series), then the open
 * and overdue actions of the Handlingsplan and the items of Förbättringar.
 * Nothing here is read by collection: the board shows, the collector judges.
 */
import {
  History,
  RELATIVE_TARGET_LABELS,
  STATUS_LABELS,
  TREND_LABELS,
  TargetIndex,
  samePeriodLastYear,
  numericTarget,
  statusAmongPeers,
  trend,
  UnitPeerIndex,
  type UnitPeerGroup,
  type Indicator,
  type TargetRow,
  type Plan,
} from "../../core";
import { a1, columnLetters } from "../grid";
import { headerRowOf, isFormattedCell, type CellOut, type ConditionalOut, type SheetOut } from "../output";
import { DATE_FORMAT, PERCENT_FORMAT, formatOfUnit, formatOfValue } from "../number-format";
import { STATUS_FILLS } from "../status-colours";
import { ACTION_PLAN_SHEET, ACTION_STATUSES, IMPROVEMENT_SHEET, PULSE_BOARD_SHEET, REPORT_SHEET, WHY_KEYS } from "./template-format";
import { PULSE_BOARD_TEXTS as T } from "./pulse-board-texts";

/** What the board is drawn over: the template's sheets as built, and how many rows their lists offer. */
export interface BoardSources {
  readonly plan: Plan;
  readonly unit: string;
  readonly period: string;
  readonly indicators: readonly Indicator[];
  readonly report: SheetOut;
  readonly actionRows: number;
  readonly improvementRows: number;
  /** What a filled-in template holds (an example's), for the formulas' cached results; none in a blank one. */
  readonly actions: readonly BoardAction[];
  readonly improvements: readonly BoardImprovement[];
  /** The day the template is made (ISO): TODAY() of the cached results; Excel recalculates on opening. */
  readonly today: string;
}

/** An action as the board lists it. */
export interface BoardAction {
  readonly action: string;
  readonly owner: string;
  readonly due: string;
  readonly newDate: string | null;
  readonly status: string;
}

/** An improvement item as the board lists it. */
export interface BoardImprovement {
  readonly problem: string;
  readonly whys: readonly string[];
  readonly action: string;
  readonly stage: string;
  readonly owner: string;
}

/** Tiles in a row, each TILE_WIDTH columns, a narrow gap column between them. */
const TILES_PER_ROW = 3;
const TILE_WIDTH = 4;
const COLUMNS = TILES_PER_ROW * TILE_WIDTH + (TILES_PER_ROW - 1);
/** Rows of a tile, its gap row below included; two more where the unit is compared with the country's units. */
const TILE_ROWS = 6;
const TILE_ROWS_WITH_PEERS = 8;
/** Earlier years in a tile's small series (the current period is the series' last cell). */
const SERIES_YEARS = 3;
/** Actions and improvement items listed on the page; the counts above them say how many there are. */
const LISTED = 6;
const EPS = "1E-9";

const quoted = (sheet: string) => `'${sheet.replace(/'/g, "''")}'`;
const REPORT = quoted(REPORT_SHEET.names[0]);
const ACTIONS = quoted(ACTION_PLAN_SHEET.names[0]);
const IMPROVEMENTS = quoted(IMPROVEMENT_SHEET.names[0]);
const text = (value: string) => `"${value.replace(/"/g, '""')}"`;
const reportColumn = (key: (typeof REPORT_SHEET.columns)[number]["key"]) => columnLetters(REPORT_SHEET.columns.findIndex((c) => c.key === key));
const actionColumn = (key: ActionKey) => columnLetters(ACTION_PLAN_SHEET.columns.findIndex((c) => c.key === key));
type ActionKey = (typeof ACTION_PLAN_SHEET.columns)[number]["key"];
type ImprovementKey = (typeof IMPROVEMENT_SHEET.columns)[number]["key"];
const improvementColumn = (key: ImprovementKey) => columnLetters(IMPROVEMENT_SHEET.columns.findIndex((c) => c.key === key));

/** A sparse grid of the board's cells, written out as rows. */
class Board {
  readonly cells: CellOut[][] = [];
  readonly merges: string[] = [];
  readonly conditional: ConditionalOut[] = [];
  readonly heights: { row: number; height: number }[] = [];

  /** Sets the cell at 0-based (row, column); `span` > 1 merges it across that many columns. */
  set(row: number, column: number, cell: CellOut, span = 1): string {
    const cells = (this.cells[row] ??= []);
    while (cells.length < column) cells.push(null);
    cells[column] = cell;
    if (span > 1) this.merges.push(`${a1(row, column)}:${a1(row, column + span - 1)}`);
    return `$${columnLetters(column)}$${row + 1}`;
  }

  /** Colours the cell by the status word it shows (the word stays: colour is never alone). */
  colourByWord(cell: string, words: Readonly<Record<keyof typeof STATUS_FILLS, string>>): void {
    const plain = cell.replace(/\$/g, "");
    this.conditional.push({ range: plain, rules: (Object.keys(words) as (keyof typeof STATUS_FILLS)[]).map((status) => ({ formula: `${cell}=${text(words[status])}`, ...STATUS_FILLS[status] })) });
  }

  height(row: number, points: number): void {
    this.heights.push({ row: row + 1, height: points });
  }
}

/** The cached result of a cell of the report sheet (what its formula showed when the template was made). */
function cached(report: SheetOut, row: number, column: number): string | number | null {
  const cell = report.rows[row]?.[column];
  const value = cell === undefined ? null : isFormattedCell(cell) ? cell.value : cell;
  return typeof value === "string" || typeof value === "number" ? value : null;
}

/** The previous outcome the report sheet shows (same period last year). */
function previousOf(report: SheetOut, index: number): number | null {
  const value = cached(report, index, REPORT_SHEET.columns.findIndex((c) => c.key === "previous"));
  return typeof value === "number" ? value : null;
}

/** The trend the formula shows for the cached outcome: the core's own rule. */
function cachedTrend(indicator: Indicator, value: string | number | null, previous: number | null, target: TargetRow | undefined, band: number): string {
  if (typeof value !== "number" || previous === null) return "";
  const bounds = typeof target?.target === "number" && typeof target.targetMax === "number" ? numericTarget("range", target.target, target.targetMax) : undefined;
  if (indicator.direction === "range" && bounds === undefined) return "";
  const moved = trend(value, previous, indicator.direction, band, bounds);
  return moved === "missing" ? "" : TREND_LABELS.sv[moved];
}

/** The trend of the outcome against the same period last year, as the core's rules.md §5 says it, in Excel. */
function trendFormula(indicator: Indicator, x: string, p: string, t: string, u: string, band: number): string {
  const { improving, stable, worsening } = TREND_LABELS.sv;
  const better = indicator.direction === "higher" ? `${x}>${p}` : indicator.direction === "lower" ? `${x}<${p}` : `MAX(${t}-${x},${x}-${u},0)<MAX(${t}-${p},${p}-${u},0)`;
  const same = indicator.direction === "range" ? `OR(ABS(${x}-${p})<=${band}*ABS(${p})+${EPS},MAX(${t}-${x},${x}-${u},0)=MAX(${t}-${p},${p}-${u},0))` : `ABS(${x}-${p})<=${band}*ABS(${p})+${EPS}`;
  const bounds = indicator.direction === "range" ? `,ISNUMBER(${t}),ISNUMBER(${u})` : "";
  return `IF(AND(ISNUMBER(${x}),ISNUMBER(${p})${bounds}),IF(${same},${text(stable)},IF(${better},${text(improving)},${text(worsening)})),"")`;
}

/**
 * The unit's peers among the country's units for each indicator (docs/kolada.md): the quartiles of
 * their recorded values, which do not depend on what the unit types, so its formula can judge it.
 */
function unitPeersOf(sources: BoardSources): Map<string, UnitPeerGroup> {
  const kolada = sources.plan.organisation.find((o) => o.id === sources.unit)?.koladaId;
  const peers = new Map<string, UnitPeerGroup>();
  if (kolada === undefined || kolada.trim() === "" || sources.plan.unitPeers.length === 0) return peers;
  const index = new UnitPeerIndex(sources.plan.unitPeers);
  for (const indicator of sources.indicators) {
    const group = index.peersOf(indicator, kolada, Number(sources.period.slice(0, 4)))?.all;
    if (group?.quartiles !== undefined && indicator.direction !== "range") peers.set(indicator.id, group);
  }
  return peers;
}

/** The peer status among the country's units, by the quartile rule of rules.md §8, in Excel; its cached result the core's. */
function unitPeerCell(indicator: Indicator, x: string, group: UnitPeerGroup, value: string | number | null): CellOut {
  const { q1, q3 } = group.quartiles ?? { q1: 0, q3: 0 };
  const { green, yellow, red } = STATUS_LABELS.sv;
  const top = `${x}>=${q3}-ABS(${q3})*${EPS}`;
  const bottom = `${x}<=${q1}+ABS(${q1})*${EPS}`;
  const judged = indicator.direction === "higher" ? `IF(${top},${text(green)},IF(${bottom},${text(red)},${text(yellow)}))` : `IF(${bottom},${text(green)},IF(${top},${text(red)},${text(yellow)}))`;
  const cachedStatus = typeof value === "number" ? statusAmongPeers(value, group.quartiles, indicator.direction) : "missing";
  return { value: cachedStatus === "missing" ? "" : STATUS_LABELS.sv[cachedStatus], formula: `IF(ISNUMBER(${x}),${judged},"")`, style: "bold" };
}

function tiles(board: Board, sources: BoardSources, top: number): number {
  const { plan, unit, period, indicators, report } = sources;
  const unitPeers = unitPeersOf(sources);
  const tileRows = unitPeers.size > 0 ? TILE_ROWS_WITH_PEERS : TILE_ROWS;
  const targets = new TargetIndex(plan.targets);
  const history = new History(plan.actuals, plan.orgChanges, plan.organisation);
  const header = headerRowOf(report);
  const statusColumn = REPORT_SHEET.columns.findIndex((c) => c.key === "status");
  const valueColumn = REPORT_SHEET.columns.findIndex((c) => c.key === "actualValue");
  const years: string[] = [];
  for (let year = samePeriodLastYear(period); year !== undefined && years.length < SERIES_YEARS; year = samePeriodLastYear(year)) years.unshift(year);
  indicators.forEach((indicator, index) => {
    const row = top + Math.floor(index / TILES_PER_ROW) * tileRows;
    const left = (index % TILES_PER_ROW) * (TILE_WIDTH + 1);
    const reportRow = header + 1 + index;
    const ref = (key: Parameters<typeof reportColumn>[0]) => `${REPORT}!$${reportColumn(key)}$${reportRow}`;
    const percent = indicator.unit.trim() === "%";
    const format = percent ? PERCENT_FORMAT : formatOfUnit(indicator.unit);
    const target = targets.find(indicator.id, unit, period);
    board.set(row, left, { value: indicator.name, style: "label" }, TILE_WIDTH);
    board.height(row, 30);
    board.set(row + 1, left, T.actual);
    const value = cached(report, index, valueColumn);
    board.set(row + 1, left + 1, { value: value === "" ? null : value, formula: `IF(ISNUMBER(${ref("actualValue")}),${ref("actualValue")},"")`, numFmt: format });
    const hasStatus = report.rows[index]?.[statusColumn] !== "";
    const status = board.set(
      row + 1,
      left + 2,
      hasStatus ? { value: cached(report, index, statusColumn) || T.notFilled, formula: `IF(${ref("status")}="",${text(T.notFilled)},${ref("status")})`, style: "bold" } : { value: T.noTarget, style: "bold" },
      2,
    );
    board.colourByWord(status, { ...STATUS_LABELS.sv, missing: hasStatus ? STATUS_LABELS.sv.missing : T.noTarget });
    board.set(row + 2, left, T.target);
    const targetValue = target?.target ?? null;
    board.set(row + 2, left + 1, typeof targetValue === "string" ? RELATIVE_TARGET_LABELS.sv[targetValue] : { value: targetValue, numFmt: formatOfValue(indicator.unit, targetValue) });
    board.set(row + 2, left + 2, T.trend);
    board.set(row + 2, left + 3, { value: cachedTrend(indicator, value, previousOf(report, index), target, plan.settings.trendBand), formula: trendFormula(indicator, ref("actualValue"), ref("previous"), ref("target"), ref("targetMax"), plan.settings.trendBand) });
    [...years, period].forEach((shown, step) => {
      board.set(row + 3, left + step, { value: shown, style: "top" });
      const earlier = step < years.length ? history.value(indicator, unit, shown) : undefined;
      board.set(row + 4, left + step, step < years.length ? { value: earlier ?? null, numFmt: formatOfValue(indicator.unit, earlier ?? null) } : { value: value === "" ? null : value, formula: `IF(ISNUMBER(${ref("actualValue")}),${ref("actualValue")},"")`, numFmt: format });
    });
    const peers = unitPeers.get(indicator.id);
    if (peers !== undefined) {
      board.set(row + 5, left, T.amongUnits, 2);
      board.colourByWord(board.set(row + 5, left + 2, unitPeerCell(indicator, ref("actualValue"), peers, value), 2), { ...STATUS_LABELS.sv });
      board.set(row + 6, left, { value: T.unitPeerSource(peers.basis.year, peers.basis.count), style: "top" }, TILE_WIDTH);
    }
  });
  return top + Math.ceil(indicators.length / TILES_PER_ROW) * tileRows;
}

/** The summary line: how many indicators show each colour, live. */
function counts(board: Board, sources: BoardSources, row: number): void {
  const header = headerRowOf(sources.report);
  const range = `${REPORT}!$${reportColumn("status")}$${header + 1}:$${reportColumn("status")}$${header + Math.max(1, sources.indicators.length)}`;
  const words = [STATUS_LABELS.sv.green, STATUS_LABELS.sv.yellow, STATUS_LABELS.sv.red];
  const statusColumn = REPORT_SHEET.columns.findIndex((c) => c.key === "status");
  const shown = sources.indicators.map((_, index) => cached(sources.report, index, statusColumn));
  // Each count before its word ("6 Grön"), at the tiles' columns: two pairs, a gap, two more.
  [0, 2, 5].forEach((column, index) => {
    const word = words[index] ?? "";
    board.set(row, column, { value: shown.filter((status) => status === word).length, formula: `COUNTIF(${range},${text(word)})` });
    board.colourByWord(board.set(row, column + 1, { value: word, style: "bold" }), { ...STATUS_LABELS.sv });
  });
  const counted = shown.filter((status) => typeof status === "string" && (words as readonly string[]).includes(status)).length;
  board.set(row, 7, { value: sources.indicators.length - counted, formula: `${sources.indicators.length}-${words.map((word) => `COUNTIF(${range},${text(word)})`).join("-")}` });
  board.set(row, 8, { value: T.other, style: "bold" }, 3);
}

/**
 * The open actions, listed in the Handlingsplan's order: a hidden helper column numbers each open
 * row (1, 2, …), and each listed line finds its number with MATCH, so no array formula is needed
 * (they behave differently in Excel and LibreOffice).
 */
function actions(board: Board, sources: BoardSources, top: number, helper: number): number {
  const first = 2;
  const last = sources.actionRows + 1;
  const closed = [ACTION_STATUSES[2], ACTION_STATUSES[3]] as const;
  const range = (key: ActionKey) => `${ACTIONS}!$${actionColumn(key)}$${first}:$${actionColumn(key)}$${last}`;
  const upTo = (key: ActionKey, row: number) => `${ACTIONS}!$${actionColumn(key)}$${first}:$${actionColumn(key)}$${row}`;
  const cell = (key: ActionKey, row: number) => `${ACTIONS}!$${actionColumn(key)}$${row}`;
  // What the formulas show for a filled-in template, to cache: the open actions, each with the date that counts.
  const isOpen = (action: BoardAction | undefined) => action !== undefined && action.action !== "" && !(closed as readonly string[]).includes(action.status);
  const openActions = sources.actions.filter(isOpen);
  const dueOf = (action: BoardAction) => action.newDate ?? action.due;
  let rank = 0;
  for (let i = 0; i < sources.actionRows; i++) {
    const row = first + i;
    const open = `AND(${cell("action", row)}<>"",${closed.map((word) => `${cell("status", row)}<>${text(word)}`).join(",")})`;
    const opened = isOpen(sources.actions[i]);
    if (opened) rank += 1;
    board.set(i, helper, { value: opened ? rank : "", formula: `IF(${open},COUNTIFS(${upTo("action", row)},"<>",${closed.map((word) => `${upTo("status", row)},"<>${word}"`).join(",")}),"")` });
  }
  const ranks = `$${columnLetters(helper)}$1:$${columnLetters(helper)}$${sources.actionRows}`;
  board.set(top, 0, { value: T.actionsHeading, style: "title" }, 5);
  board.set(top + 1, 0, T.openActions, 2);
  board.set(top + 1, 2, { value: openActions.length, formula: `COUNTIFS(${range("action")},"<>",${closed.map((word) => `${range("status")},"<>${word}"`).join(",")})` });
  board.set(top + 1, 3, T.overdueActions, 2);
  // The date that counts: the new date where the plan slipped, else the first one (an empty cell is 0).
  const effective = `(${range("newDate")}+(${range("newDate")}="")*${range("due")})`;
  const overdue = `SUMPRODUCT((${range("action")}<>"")*(${range("status")}<>${text(closed[0])})*(${range("status")}<>${text(closed[1])})*(${effective}>0)*(${effective}<TODAY()))`;
  const overdueCount = openActions.filter((action) => dueOf(action) < sources.today).length;
  const overdueCell = board.set(top + 1, 5, { value: overdueCount, formula: `IFERROR(${overdue},"?")`, style: "bold" });
  board.conditional.push({ range: overdueCell.replace(/\$/g, ""), rules: [{ formula: `AND(ISNUMBER(${overdueCell}),${overdueCell}>0)`, ...STATUS_FILLS.red }] });
  const head = top + 2;
  const columns: [string, number, number][] = [[T.action, 0, 5], [T.owner, 5, 2], [T.due, 7, 1], [T.newDate, 8, 1], [T.status, 9, 2], [T.state, 11, 3]];
  for (const [label, at, span] of columns) board.set(head, at, { value: label, style: "bold" }, span);
  for (let k = 1; k <= LISTED; k++) {
    const row = head + k;
    const listed = openActions[k - 1];
    const position = board.set(row, helper + 1, { value: listed === undefined ? "" : sources.actions.indexOf(listed) + 1, formula: `IFERROR(MATCH(${k},${ranks},0),"")` });
    const pick = (key: ActionKey) => `IF(${position}="","",IF(INDEX(${range(key)},${position})="","",INDEX(${range(key)},${position})))`;
    const day = (iso: string | null | undefined) => (iso === null || iso === undefined || iso === "" ? "" : { date: iso });
    board.set(row, 0, { value: listed?.action ?? "", formula: pick("action"), style: "wrap" }, 5);
    board.set(row, 5, { value: listed?.owner ?? "", formula: pick("owner"), style: "wrap" }, 2);
    const dueCell = board.set(row, 7, { value: day(listed?.due), formula: pick("due"), numFmt: DATE_FORMAT, style: "top" });
    const newCell = board.set(row, 8, { value: day(listed?.newDate), formula: pick("newDate"), numFmt: DATE_FORMAT, style: "top" });
    board.set(row, 9, { value: listed === undefined ? "" : listed.status || ACTION_STATUSES[0], formula: `IF(${position}="","",IF(INDEX(${range("status")},${position})="",${text(ACTION_STATUSES[0])},INDEX(${range("status")},${position})))`, style: "top" }, 2);
    const counts = `IF(${newCell}<>"",${newCell},${dueCell})`;
    const stateNow = listed === undefined ? "" : dueOf(listed) !== "" && dueOf(listed) < sources.today ? T.overdue : listed.newDate ? T.slipped : T.onTime;
    const state = board.set(row, 11, { value: stateNow, formula: `IF(${position}="","",IF(AND(ISNUMBER(${counts}),${counts}<TODAY()),${text(T.overdue)},IF(${newCell}<>"",${text(T.slipped)},${text(T.onTime)})))`, style: "label" }, 3);
    board.colourByWord(state, { red: T.overdue, yellow: T.slipped, green: T.onTime, missing: "-" });
    // A slipped plan keeps its first date, in red, beside the new one (as in the Handlingsplan).
    board.conditional.push({ range: dueCell.replace(/\$/g, ""), rules: [{ formula: `AND(${dueCell}<>"",${newCell}<>"")`, ...STATUS_FILLS.red }] });
    board.height(row, 30);
  }
  return head + LISTED + 2;
}

/** The improvement items, in the sheet's order, by the same numbering as the actions. */
function improvements(board: Board, sources: BoardSources, top: number, helper: number): number {
  const first = 2;
  const last = sources.improvementRows + 1;
  const range = (key: ImprovementKey) => `${IMPROVEMENTS}!$${improvementColumn(key)}$${first}:$${improvementColumn(key)}$${last}`;
  const items = sources.improvements.filter((item) => item.problem !== "");
  let rank = 0;
  for (let i = 0; i < sources.improvementRows; i++) {
    const row = first + i;
    const cell = `${IMPROVEMENTS}!$${improvementColumn("problem")}$${row}`;
    const written = (sources.improvements[i]?.problem ?? "") !== "";
    if (written) rank += 1;
    board.set(i, helper, { value: written ? rank : "", formula: `IF(${cell}<>"",COUNTIF(${IMPROVEMENTS}!$${improvementColumn("problem")}$${first}:$${improvementColumn("problem")}$${row},"?*"),"")` });
  }
  const ranks = `$${columnLetters(helper)}$1:$${columnLetters(helper)}$${sources.improvementRows}`;
  board.set(top, 0, { value: T.improvementsHeading, style: "title" }, 5);
  board.set(top + 1, 0, T.improvementCount, 2);
  board.set(top + 1, 2, { value: items.length, formula: `COUNTIF(${range("problem")},"?*")` });
  const head = top + 2;
  const columns: [string, number, number][] = [[T.problem, 0, 4], [T.rootCause, 4, 4], [T.improvementAction, 8, 3], [T.stage, 11, 1], [T.owner, 12, 2]];
  for (const [label, at, span] of columns) board.set(head, at, { value: label, style: "bold" }, span);
  for (let k = 1; k <= LISTED; k++) {
    const row = head + k;
    const listed = items[k - 1];
    const position = board.set(row, helper + 1, { value: listed === undefined ? "" : sources.improvements.indexOf(listed) + 1, formula: `IFERROR(MATCH(${k},${ranks},0),"")` });
    const pick = (key: ImprovementKey) => `IF(${position}="","",IF(INDEX(${range(key)},${position})="","",INDEX(${range(key)},${position})))`;
    // The root cause is the last "varför?" answered.
    const rootCause = [...WHY_KEYS].reverse().reduceRight((inner, key) => `IF(INDEX(${range(key)},${position})<>"",INDEX(${range(key)},${position}),${inner})`, '""');
    board.set(row, 0, { value: listed?.problem ?? "", formula: pick("problem"), style: "wrap" }, 4);
    board.set(row, 4, { value: listed?.whys.filter((why) => why !== "").at(-1) ?? "", formula: `IF(${position}="","",${rootCause})`, style: "wrap" }, 4);
    board.set(row, 8, { value: listed?.action ?? "", formula: pick("action"), style: "wrap" }, 3);
    board.set(row, 11, { value: listed?.stage ?? "", formula: pick("stage"), style: "wrap" });
    board.set(row, 12, { value: listed?.owner ?? "", formula: pick("owner"), style: "wrap" }, 2);
    board.height(row, 45);
  }
  return head + LISTED + 1;
}

/** The unit's Pulstavla over its template's sheets. */
export function unitPulseBoard(sources: BoardSources): SheetOut {
  const board = new Board();
  const unitName = sources.plan.organisation.find((o) => o.id === sources.unit)?.name ?? sources.unit;
  const periodName = sources.plan.periods.find((p) => p.id === sources.period)?.name || sources.period;
  board.set(0, 0, { value: T.title(unitName), style: "title" }, COLUMNS);
  board.set(1, 0, { value: T.lead(periodName), style: "wrap" }, COLUMNS);
  board.height(1, 30);
  counts(board, sources, 2);
  const helper = COLUMNS + 1;
  let row = tiles(board, sources, 4);
  row = actions(board, sources, row, helper);
  improvements(board, sources, row, helper + 2);
  const rows = Array.from(board.cells, (cells) => cells ?? []);
  return {
    name: PULSE_BOARD_SHEET,
    headerTools: false,
    columns: [
      ...Array.from({ length: COLUMNS }, (_, index) => ({ header: "", width: (index + 1) % (TILE_WIDTH + 1) === 0 ? 2 : 11 })),
      ...Array.from({ length: 5 }, () => ({ header: "", hidden: true })),
    ],
    rows,
    merges: board.merges,
    rowHeights: board.heights,
    conditionalFormats: board.conditional,
    protect: true,
    onePage: true,
  };
}
