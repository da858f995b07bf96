/**
 * The Puls core: the computation rules of docs/rules.md as pure functions, with no I/O, no Office,
 * no DOM and no clock. Everything else (custom functions, task pane, CLI) calls these.
 */
export * from "./errors";
export * from "./tolerance";
export * from "./number-text";
export * from "./values";
export * from "./words";
export * from "./time";
export * from "./direction";
export * from "./target";
export * from "./attainment";
export * from "./status";
export * from "./relative-status";
export * from "./progress";
export * from "./trend";
export * from "./rollup";
export * from "./aggregate";
export * from "./peers";
export * from "./unit-peers";
export * from "./forecast";
export * from "./labels";
export * from "./problems";
export * from "./messages";
export * from "./plan";
export * from "./evaluation";
export * from "./collection";
export * from "./reports";
export * from "./planning";
export * from "./audit";
