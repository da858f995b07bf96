/**
 * ESLint: typescript-eslint's type-checked recommended rules for the TypeScript code, Microsoft's
 * Office.js rules on the add-in's code, and a ban on inserting HTML into the page (workbook text
 * is data, never markup).
 */
const js = require("@eslint/js");
const globals = require("globals");
const tseslint = require("typescript-eslint");
const officeAddins = require("eslint-plugin-office-addins");

// Microsoft's Office.js rules (load before read, sync before read, no sync in a loop, …) on the
// code that talks to Excel; set one by one rather than through the plugin's "recommended", which
// also brings Prettier formatting that this project does not use.
const OFFICE_RULES = Object.fromEntries(Object.keys(officeAddins.rules).map((rule) => [`office-addins/${rule}`, "error"]));

const NO_HTML_INSERTION = [
  { property: "innerHTML", message: "Insert text with textContent: workbook text is never HTML." },
  { property: "outerHTML", message: "Insert text with textContent: workbook text is never HTML." },
  { property: "insertAdjacentHTML", message: "Insert text with textContent: workbook text is never HTML." },
];

module.exports = tseslint.config(
  { ignores: ["dist/**", "lib/**", "coverage/**", "out/**", "node_modules/**", "test/architecture/fixtures/**"] },
  js.configs.recommended,
  {
    files: ["**/*.ts", "**/*.tsx"],
    extends: [...tseslint.configs.recommendedTypeChecked],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: __dirname } },
    rules: {
      // React's escape hatch for raw HTML: workbook text is never HTML.
      "no-restricted-syntax": ["error", { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: "Render text as children: workbook text is never HTML." }],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "no-restricted-properties": ["error", ...NO_HTML_INSERTION],
      eqeqeq: "error",
    },
  },
  {
    files: ["src/taskpane/**/*.ts", "src/taskpane/**/*.tsx", "src/functions/**/*.ts"],
    plugins: { "office-addins": officeAddins },
    rules: OFFICE_RULES,
  },
  {
    files: ["test/**/*.ts"],
    rules: {
      // Tests reach into loosely typed results (spilled grids, parsed JSON) on purpose.
      "@typescript-eslint/no-unsafe-assignment": "off",
      "@typescript-eslint/no-unsafe-member-access": "off",
      "@typescript-eslint/unbound-method": "off",
    },
  },
  {
    files: ["**/*.js", "**/*.cjs"],
    languageOptions: { sourceType: "commonjs", globals: { ...globals.node } },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);
