/**
 * Reports the size of an entry's initial JavaScript (what the page loads before it can show
 * anything: the entry's own chunks, not the chunks it loads later with import()), gzipped as a
 * server sends it, prints it, writes it to dist/size-report.json, and fails a production build
 * that is over its budget.
 */
const { gzipSync } = require("node:zlib");

class SizeReportPlugin {
  constructor({ entry, budgetKb }) {
    this.entry = entry;
    this.budgetKb = budgetKb;
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap("SizeReportPlugin", (compilation) => {
      compilation.hooks.processAssets.tap({ name: "SizeReportPlugin", stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_REPORT }, () => {
        const entrypoint = compilation.entrypoints.get(this.entry);
        if (entrypoint === undefined) return;
        const files = entrypoint.getFiles().filter((file) => file.endsWith(".js"));
        const gzipped = files.reduce((sum, file) => sum + gzipSync(compilation.getAsset(file).source.buffer(), { level: 9 }).length, 0);
        const kb = Math.round((gzipped / 1024) * 10) / 10;
        const report = { entry: this.entry, files, gzippedBytes: gzipped, gzippedKb: kb, budgetKb: this.budgetKb, mode: compiler.options.mode };
        compilation.emitAsset("size-report.json", new compiler.webpack.sources.RawSource(`${JSON.stringify(report, null, 2)}\n`));
        const production = compiler.options.mode === "production";
        const line = `Puls: the task pane's initial JavaScript is ${kb} KB gzipped (budget ${this.budgetKb} KB${production ? "" : ", for production builds; this one is not minified"}; ${files.join(", ")}).`;
        if (production && kb > this.budgetKb) compilation.errors.push(new compiler.webpack.WebpackError(`${line} Over budget: load more of it lazily.`));
        console.log(line);
      });
    });
  }
}

module.exports = { SizeReportPlugin };
