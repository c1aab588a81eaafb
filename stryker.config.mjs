/**
 * Mutation testing of the recogniser (npm run test:mutation; not in CI). scripts/mutation.mjs runs Stryker
 * one file at a time (`--mutate <file>`) against the unit and property tests, with fewer property runs.
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
  testRunner: "jest",
  jest: { configFile: "jest.mutation.config.cjs", enableFindRelatedTests: false },
  coverageAnalysis: "perTest",
  // Module-level constants (regexes, tables) would rerun every test per mutant; they are covered by the unit tests.
  ignoreStatic: true,
  reporters: ["clear-text", "progress-append-only", "json"],
  jsonReporter: { fileName: "reports/mutation/mutation.json" },
  tempDirName: ".stryker-tmp",
  cleanTempDir: true,
  concurrency: 2,
  timeoutMS: 30000,
  ignorePatterns: [
    "dist",
    "coverage",
    "test-output",
    "reports",
    "samples/*-ita.xlsx",
    "test/browser",
    "test/render",
  ],
};
