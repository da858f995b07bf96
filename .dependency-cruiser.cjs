/**
 * The layering of architecture.md, enforced: arrows point inward.
 * `core` imports nothing outside itself (no packages, no Node built-ins); the outer ring
 * (functions, taskpane, cli) never imports each other. Run by test/architecture/layering.test.ts.
 */
const OUTER = ["functions", "taskpane", "cli"];

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
      comment: `src/${layer} must not import the other entry points (${OUTER.filter((o) => o !== layer).join(", ")}); share code through core or the library.`,
      severity: "error",
      from: { path: `^src/${layer}/` },
      to: { path: `^src/(${OUTER.filter((o) => o !== layer).join("|")})/` },
    })),
    {
      name: "inner-layers-do-not-reach-out",
      comment: "workbook, reports, example, node and kolada serve the entry points; they never import them.",
      severity: "error",
      from: { path: "^src/(workbook|reports|example|node|kolada)/" },
      to: { path: `^src/(${OUTER.join("|")})/` },
    },
    {
      name: "browser-code-stays-off-node",
      comment: "workbook, reports, example, kolada, functions and taskpane also run in Excel and browsers: no Node built-ins, no src/node and no native renderer (charts reach reports as an injected renderer).",
      severity: "error",
      from: { path: "^src/(workbook|reports|example|functions|taskpane|kolada)/" },
      to: { path: "^src/node/|^node:|^(fs|path|os|child_process|crypto|stream|util)$|node_modules/@resvg/", dependencyTypesNot: ["type-only"] },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: { extensions: [".ts", ".tsx", ".js", ".json"] },
  },
};
