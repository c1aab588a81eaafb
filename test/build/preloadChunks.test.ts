import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

const WEB = path.join(__dirname, "..", "..", "dist", "web");
const built = existsSync(path.join(WEB, "taskpane.html")) ? test : test.skip;

/** The scripts taskpane.html asks the browser to fetch at once (scripts/preload-chunks.cjs). */
function preloaded(): string[] {
  const html = readFileSync(path.join(WEB, "taskpane.html"), "utf8");
  return [...html.matchAll(/<link rel=preload as=script href=([^ >]+)>/g)].map((m) => m[1]!);
}

describe("taskpane.html preloads what the pane asks for as it opens", () => {
  built("every preloaded script is in the build", () => {
    expect(preloaded().length).toBeGreaterThanOrEqual(3);
    for (const f of preloaded()) expect(existsSync(path.join(WEB, f))).toBe(true);
  });

  // What src/taskpane/index.tsx starts loading at once: the light engine, the answer's code, the Office.js adapter.
  built.each(["lightView", "PaneBody", "ExcelWorkbook"])(
    "the chunk that exports %s is among them",
    (name) => {
      const holds = preloaded().filter((f) => readFileSync(path.join(WEB, f), "utf8").includes(name));
      expect(holds.length).toBeGreaterThanOrEqual(1);
    },
  );

  built("the Office.js adapter's chunk first: the workbook's read starts while the rest is evaluated", () => {
    const first = preloaded().findIndex((f) =>
      readFileSync(path.join(WEB, f), "utf8").includes("ExcelWorkbook"),
    );
    const engine = preloaded().findIndex((f) =>
      readFileSync(path.join(WEB, f), "utf8").includes("lightView"),
    );
    const body = preloaded().findIndex((f) => readFileSync(path.join(WEB, f), "utf8").includes("PaneBody"));
    expect(first).toBeGreaterThanOrEqual(0);
    expect(first).toBeLessThan(engine);
    expect(first).toBeLessThan(body);
  });

  built("and nothing the pane loads later (the worker's engine, the forms, the workbook writer)", () => {
    const late = preloaded().filter((f) =>
      /engineBuild|SettingsForm|exceljs/.test(readFileSync(path.join(WEB, f), "utf8")),
    );
    expect(late).toEqual([]);
  });
});
