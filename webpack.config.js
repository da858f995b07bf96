/**
 * Builds the add-in into dist/: functions.js (+ functions.json, functions-sv.json), the task pane,
 * the manifest (URLs rewritten for production) and the icons. Shaped like Microsoft's "Excel custom
 * functions with a shared runtime" template.
 */
const path = require("node:path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const FunctionsSvPlugin = require("./build/functions-sv-plugin");
const { productionUrl, rewriteManifest } = require("./build/manifest-url");
const { browserWorkbookResolve } = require("./build/browser-workbook");
const { SizeReportPlugin } = require("./build/size-report-plugin");

const DEV_SERVER_PORT = 3000;

/** https with Office's dev certificates where Excel sideloads (Windows, Mac), else http on 127.0.0.1 for the browser. */
async function devServerOptions() {
  const wanted = process.env.PULS_DEV_SERVER ?? (process.platform === "win32" || process.platform === "darwin" ? "https" : "http");
  if (wanted === "https") {
    try {
      const devCerts = require("office-addin-dev-certs");
      return { host: "localhost", server: { type: "https", options: await devCerts.getHttpsServerOptions() } };
    } catch (error) {
      // office-addin-dev-certs is installed by hand (scripts/office.js says how), so it may be missing.
      console.warn(`Puls: no https certificates (${error.message}); serving over http on 127.0.0.1 instead. For https: npm install --no-save office-addin-dev-certs@2.0.10`);
    }
  }
  return { host: "127.0.0.1", server: "http" };
}

module.exports = async (_env, argv) => {
  const dev = argv.mode !== "production";
  const url = dev ? undefined : productionUrl();
  if (!dev && url === undefined) {
    console.warn("Puls: PULS_PRODUCTION_URL is not set; dist/manifest.xml keeps https://localhost:3000/ (fine for sideloading, not for deployment).");
  }
  return {
    devtool: dev ? "source-map" : false,
    entry: {
      functions: "./src/functions/functions.ts",
      taskpane: "./src/taskpane/taskpane.ts",
      // The pane's reports and next year's plan are built in this worker (wizard/background-jobs.ts).
      "report-worker": "./src/taskpane/wizard/report-worker.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      // Relative URLs, and no document.currentScript lookup in the runtime: functions.js must
      // load where there is no DOM (Excel's JavaScript-only runtime, a Node vm).
      publicPath: "",
      globalObject: "globalThis",
      clean: true,
    },
    // exceljs's own browser build (its Node entry needs Node's core modules); it is only in the
    // task pane's lazily loaded chunk.
    resolve: { extensions: [".ts", ".tsx", ".js"], ...browserWorkbookResolve },
    module: {
      rules: [{ test: /\.tsx?$/, exclude: /node_modules/, use: { loader: "ts-loader", options: { configFile: "tsconfig.build.json" } } }],
    },
    performance: { hints: false },
    // Terser's function inlining (and reduce_funcs) folds the custom functions' per-cell
    // computations into the element loop in a shape V8 optimises worse: STATUS over 100,000 rows
    // took 11-15 ms minified that way against 7-10 ms unminified. Without them it is as fast as
    // unminified, and 2 % larger (npm run bench measures it).
    optimization: { minimizeOptions: { javascript: { compress: { passes: 2, inline: false, reduce_funcs: false } } } },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: "./src/functions/functions.ts" }),
      new FunctionsSvPlugin({ input: "functions.json", output: "functions-sv.json" }),
      new HtmlWebpackPlugin({ filename: "taskpane.html", template: "./src/taskpane/taskpane.html", chunks: ["taskpane"] }),
      new SizeReportPlugin({ entry: "taskpane", budgetKb: 300 }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "src/taskpane/taskpane.css", to: "taskpane.css" },
          { from: "manifest.xml", to: "manifest.xml", transform: (content) => rewriteManifest(content.toString(), url) },
        ],
      }),
    ],
    devServer: {
      port: DEV_SERVER_PORT,
      headers: { "Access-Control-Allow-Origin": "*" },
      static: { directory: path.resolve(__dirname, "dist") },
      ...(dev ? await devServerOptions() : {}),
    },
  };
};
