/**
 * Webpack plugin: emits functions-sv.json from the functions.json that
 * custom-functions-metadata-plugin generated and the Swedish table in src/functions/function-catalogue.ts.
 * A missing or extra id or parameter fails the build (see src/functions/localise-metadata.ts).
 */
const { require: tsRequire } = require("tsx/cjs/api");
const { Compilation, WebpackError, sources } = require("webpack");

const pluginName = "FunctionsSvPlugin";

class FunctionsSvPlugin {
  constructor({ input = "functions.json", output = "functions-sv.json" } = {}) {
    this.input = input;
    this.output = output;
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap(pluginName, (compilation) => {
      compilation.hooks.processAssets.tap({ name: pluginName, stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        const english = compilation.getAsset(this.input);
        if (english === undefined) {
          // The metadata plugin has already reported why it produced nothing.
          if (compilation.errors.length === 0) compilation.errors.push(new WebpackError(`${pluginName}: ${this.input} was not generated`));
          return;
        }
        try {
          const { localiseMetadata } = tsRequire("../src/functions/localise-metadata.ts", __filename);
          const { SWEDISH_FUNCTION_TEXTS } = tsRequire("../src/functions/function-catalogue.ts", __filename);
          const swedish = localiseMetadata(JSON.parse(english.source.source().toString()), SWEDISH_FUNCTION_TEXTS);
          compilation.emitAsset(this.output, new sources.RawSource(JSON.stringify(swedish, null, 2) + "\n"));
        } catch (error) {
          compilation.errors.push(new WebpackError(`${pluginName}: ${error.message}`));
        }
      });
    });
  }
}

module.exports = FunctionsSvPlugin;
