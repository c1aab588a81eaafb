/**
 * Jest for mutation runs: the fast suites only (unit + property), without the Office adapter, manifest and
 * pane-helper tests (they test the adapters and the pane, and cost 60% of a run through Office fakes and
 * Fluent's imports), property tests with fewer runs, so that each mutant costs seconds.
 */
const base = require("./jest.config.cjs");
process.env.FC_NUM_RUNS = process.env.FC_NUM_RUNS ?? "40";
module.exports = {
  ...base,
  testMatch: ["<rootDir>/test/unit/**/*.test.ts", "<rootDir>/test/property/**/*.test.ts"],
  testPathIgnorePatterns: [
    "/node_modules/",
    "excelWorkbook",
    "excelScenarios",
    "excelFailures",
    "fakeExcel",
    "officeRunner",
    "paneHelpers",
    "manifest",
  ],
  // No browser or build test runs here: no webpack build of dist/web in the sandbox.
  globalSetup: undefined,
};
