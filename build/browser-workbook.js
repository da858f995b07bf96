/**
 * What webpack needs to bundle the workbook layer for a browser (the task pane will use it):
 * exceljs's Node entry pulls in Node's core modules, which webpack 5 does not polyfill, so the
 * browser build points at exceljs's own prebuilt browser bundle (docs/architecture.md).
 */
const path = require("node:path");

const browserWorkbookResolve = {
  alias: { exceljs$: path.resolve(__dirname, "..", "node_modules", "exceljs", "dist", "exceljs.min.js") },
};

module.exports = { browserWorkbookResolve };
