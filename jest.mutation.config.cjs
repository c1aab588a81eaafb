/**
 * Jest for mutation runs: the fast suites only (unit + property, without the Office and manifest tests),
 * property tests with fewer runs, so that each mutant costs seconds.
 */
const base = require("./jest.config.cjs");
process.env.FC_NUM_RUNS = process.env.FC_NUM_RUNS ?? "40";
module.exports = {
  ...base,
  testMatch: ["<rootDir>/test/unit/**/*.test.ts", "<rootDir>/test/property/**/*.test.ts"],
  testPathIgnorePatterns: ["/node_modules/", "excelWorkbook", "manifest"],
  // No browser or build test runs here: no webpack build of dist/web in the sandbox.
  globalSetup: undefined,
};
