import type { Recognition } from "../../src/analysis/types";

/** A recognition that read nothing and said nothing, with `more` in place. */
export const emptyRecognition = (more: Partial<Recognition> = {}): Recognition => ({
  tables: [],
  items: [],
  indicators: [],
  summaries: [],
  levels: [],
  diagnostics: [],
  ...more,
});
