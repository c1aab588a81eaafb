import officeAddins from "eslint-plugin-office-addins";
import tseslint from "typescript-eslint";

const jestGlobals = Object.fromEntries(
  ["describe", "test", "it", "expect", "beforeAll", "afterAll", "beforeEach", "afterEach", "jest"].map(
    (g) => [g, "readonly"],
  ),
);

const onlyIn = (folder, name, message) => ({
  files: ["src/**/*.ts", "src/**/*.tsx"],
  ignores: [`src/${folder}/**`],
  rules: {
    "no-restricted-imports": [
      "error",
      { paths: [{ name, message }], patterns: [{ group: [`${name}/*`], message }] },
    ],
  },
});

export default [
  {
    ignores: [
      "node_modules/",
      "dist/",
      "coverage/",
      "test-output/",
      ".stryker-tmp/",
      "reports/",
      "**/*.cjs",
      "**/*.mjs",
      "webpack.config.js",
    ],
  },
  // The Office add-in rules (they bring typescript-eslint and prettier).
  ...officeAddins.configs.recommended.map((c) => (c.files ? { ...c, files: [...c.files, "**/*.tsx"] } : c)),
  {
    files: ["**/*.ts", "**/*.tsx"],
    languageOptions: {
      parser: tseslint.parser,
      parserOptions: { ecmaVersion: 2022, sourceType: "module", ecmaFeatures: { jsx: true } },
    },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
      "no-undef": "off",
      "no-eval": "error",
      "no-new-func": "error",
    },
  },
  { files: ["test/**/*.ts", "test/**/*.tsx"], languageOptions: { globals: jestGlobals } },
  // exceljs objects are not Office.js proxies: the load/sync rules do not apply to them.
  {
    files: ["test/**/*.ts", "src/workbook/xlsx/**/*.ts"],
    rules: { "office-addins/load-object-before-read": "off", "office-addins/call-sync-before-read": "off" },
  },
  // The compatibility check and the frame's look must parse in Internet Explorer 11: ES5 only.
  {
    files: ["assets/compat.js", "assets/frame.js"],
    languageOptions: {
      ecmaVersion: 5,
      sourceType: "script",
      globals: {
        window: "readonly",
        document: "readonly",
        fetch: "readonly",
        Promise: "readonly",
        Proxy: "readonly",
        Symbol: "readonly",
      },
    },
    rules: { "no-undef": "error", "prettier/prettier": "off" },
  },
  // The layering of DEVELOPERS.md: only src/workbook/xlsx may import exceljs; only src/taskpane may import React.
  onlyIn("workbook/xlsx", "exceljs", "Only src/workbook/xlsx may import exceljs."),
  onlyIn("taskpane", "react", "Only src/taskpane may import React."),
  // …and only src/workbook/excel may touch Office.js (the pane asks it through officeContext and the port).
  {
    files: ["src/**/*.ts", "src/**/*.tsx"],
    ignores: ["src/workbook/excel/**"],
    rules: {
      "no-restricted-globals": [
        "error",
        ...["Office", "Excel", "OfficeExtension"].map((name) => ({
          name,
          message: "Only src/workbook/excel may touch Office.js.",
        })),
      ],
    },
  },
];
