/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json" }],
  },
  // Builds the add-in once before the tests that check what ships in dist/.
  globalSetup: "<rootDir>/test/support/build-once.js",
  reporters: ["default", "<rootDir>/test/support/plain-summary-reporter.js"],
  testTimeout: 60000,
  moduleNameMapper: { "^office-addin-manifest$": "<rootDir>/test/support/stubs/office-addin-manifest.js" },
};
