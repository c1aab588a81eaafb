import { relativeTarget, resolveTarget } from "../../src/workbook/xlsx/package/parts";

describe("a new relationship's target, relative to the part that holds it", () => {
  test.each([
    ["xl/workbook.xml", "xl/worksheets/sheet3.xml", "worksheets/sheet3.xml"],
    ["xl/workbook.xml", "xl/styles.xml", "styles.xml"],
    ["xl/drawings/drawing1.xml", "xl/media/image1.png", "../media/image1.png"],
    ["xl/worksheets/sheet3.xml", "xl/drawings/drawing1.xml", "../drawings/drawing1.xml"],
    ["workbook.xml", "xl/worksheets/sheet1.xml", "xl/worksheets/sheet1.xml"],
    ["a/b/c/part.xml", "a/x/y.xml", "../../x/y.xml"],
  ])("from %s to %s: %s, which resolves back to the part", (source, part, target) => {
    expect(relativeTarget(source, part)).toBe(target);
    expect(resolveTarget(source, target)).toBe(part);
  });
});
