import { analyse } from "../../src/analysis/analyse";
import { MESSAGES } from "../../src/analysis/messages";
import { recogniseWorkbook } from "../../src/analysis/recogniseWorkbook";
import { DEFAULT_SETTINGS } from "../../src/analysis/settings";
import { CASES } from "../fixtures/diagnosticCases";

describe("every recognition diagnostic id is produced, at its cell, by its own case", () => {
  test.each(CASES.map((c) => [c.id, c] as const))("%s", (id, c) => {
    const rec = recogniseWorkbook(c.grids, { defaultYear: c.year });
    const { diagnostics } = analyse(rec, DEFAULT_SETTINGS);
    expect(MESSAGES[id]).toBeDefined();
    const found = diagnostics.filter((d) => d.id === id);
    expect(found.map((d) => d.cell)).toContain(c.cell);
  });

  test("a diagnostic's parameters fill every placeholder of its message", () => {
    for (const c of CASES) {
      const { diagnostics } = analyse(recogniseWorkbook(c.grids, { defaultYear: c.year }), DEFAULT_SETTINGS);
      for (const d of diagnostics)
        for (const lang of ["th", "en"] as const)
          for (const [, key] of MESSAGES[d.id]![lang].matchAll(/\{(\w+)\}/g))
            expect({ id: d.id, key, has: key! in d.params }).toEqual({ id: d.id, key, has: true });
    }
  });
});
