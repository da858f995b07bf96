#!/usr/bin/env node
/**
 * The `puls` command. Runs the TypeScript sources through tsx, so `npx puls …` works straight
 * after `npm ci`, with no build step.
 */
const { require: tsRequire } = require("tsx/cjs/api");

tsRequire("../src/cli/run.ts", __filename);
