/**
 * The layering of docs/architecture.md, enforced: arrows point inward.
 * - `core` imports nothing outside itself (no packages, no Node built-ins).
 * - The entry points (the CLI, the task pane's screens, the custom functions) never import each
 *   other, and reach the rest only through the application layer (`src/app`) and core; types
 *   may come from anywhere (they are the ports' shapes). The task pane's own adapters to its
 *   hosts (`taskpane/excel`, `taskpane/browser`) are adapters, not screens.
 * - The inner layers (workbook, reports, example, node, kolada) never import the application
 *   layer or an entry point; the application layer never imports an entry point.
 * - Code that also runs in Excel and browsers stays off Node.
 * - No cycles, no orphans.
 * Run by test/architecture/layering.test.ts, which also shows each rule failing on a fixture.
 */
const OUTER = ["functions", "taskpane", "cli"];
const INNER = "workbook|reports|example|node|kolada";

module.exports = {
  forbidden: [
    {
      name: "core-is-pure",
      comment: "src/core is pure: it may import only src/core (no packages, no Node, no other layer).",
      severity: "error",
      from: { path: "^src/core/" },
      to: { pathNot: "^src/core/" },
    },
    ...OUTER.map((layer) => ({
      name: `${layer}-stays-apart`,
      comment: `src/${layer} must not import the other entry points (${OUTER.filter((o) => o !== layer).join(", ")}); share code through core or the application layer.`,
      severity: "error",
      from: { path: `^src/${layer}/` },
      to: { path: `^src/(${OUTER.filter((o) => o !== layer).join("|")})/` },
    })),
    {
      name: "entry-points-use-the-application-layer",
      comment: "The CLI and the task pane's screens call use cases (src/app) and core; they do not put workflows together from the inner layers (types, the ports' shapes, may come from anywhere).",
      severity: "error",
      from: { path: "^src/(cli/|taskpane/(wizard|steps|parts)/|taskpane/[^/]+$)" },
      to: { path: `^src/(${INNER})/`, dependencyTypesNot: ["type-only"] },
    },
    {
      name: "functions-use-the-core",
      comment: "The custom functions compute with the core's rules only.",
      severity: "error",
      from: { path: "^src/functions/" },
      to: { path: `^src/(${INNER}|app)/`, dependencyTypesNot: ["type-only"] },
    },
    {
      name: "inner-layers-do-not-reach-out",
      comment: "workbook, reports, example, node and kolada serve the application layer; they never import it or an entry point.",
      severity: "error",
      from: { path: `^src/(${INNER})/` },
      to: { path: `^src/(app|${OUTER.join("|")})/` },
    },
    {
      name: "the-application-layer-does-not-reach-out",
      comment: "src/app serves the entry points; it never imports one.",
      severity: "error",
      from: { path: "^src/app/" },
      to: { path: `^src/(${OUTER.join("|")})/` },
    },
    {
      name: "browser-code-stays-off-node",
      comment: "workbook, reports, example, kolada, functions, taskpane and the application layer (but src/app/node) also run in Excel and browsers: no Node built-ins, no src/node or src/app/node and no native renderer (charts reach reports as an injected renderer).",
      severity: "error",
      from: { path: "^src/(workbook|reports|example|functions|taskpane|kolada|app/(?!node/))" },
      to: { path: "^src/node/|^src/app/node/|^node:|^(fs|path|os|child_process|crypto|stream|util)$|node_modules/@resvg/", dependencyTypesNot: ["type-only"] },
    },
    {
      name: "no-circular",
      comment: "A cycle makes two modules one; split out what both need.",
      severity: "error",
      from: {},
      to: { circular: true },
    },
    {
      name: "no-orphans",
      comment: "A module nothing imports is dead code (entry points, tests' fixtures and declaration files aside).",
      severity: "error",
      from: { orphan: true, pathNot: ["\\.d\\.ts$", "^src/cli/run\\.ts$", "^src/index\\.ts$", "^src/taskpane/taskpane\\.ts$", "^src/taskpane/start\\.tsx$", "^src/taskpane/wizard/report-worker\\.ts$", "^src/node/collect-thread\\.ts$", "^src/functions/functions\\.ts$", "(^|/)\\.[^/]+\\.(js|cjs|mjs)$"] },
      to: {},
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: { extensions: [".ts", ".tsx", ".js", ".json"] },
  },
};
