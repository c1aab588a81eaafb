/** Jest for mutation runs: the fast suites only (unit + property), property tests with fewer runs. */
const base = require("./jest.config.cjs");
process.env.FC_NUM_RUNS = process.env.FC_NUM_RUNS ?? "150";
module.exports = {
  ...base,
  testMatch: ["<rootDir>/test/unit/**/*.test.ts", "<rootDir>/test/property/**/*.test.ts"],
};
