import { brokenReferences } from "../../src/workbook/xlsx/package/definedNames";

describe("references to a removed sheet become #REF!, and nothing else does", () => {
  test("this workbook's sheet, quoted or not, alone or in a range", () => {
    expect(brokenReferences("'มาตรการ ITA 2568'!$D$15", ["มาตรการ ITA 2568"])).toBe("#REF!");
    expect(brokenReferences("SUM(Sheet1!A1:B2)+1", ["Sheet1"])).toBe("SUM(#REF!)+1");
  });

  test("a sheet of the same name in another workbook (an external link) stays as it is", () => {
    for (const text of ["[1]'มาตรการ ITA 2568'!$D$15", "'[1]มาตรการ ITA 2568'!$D$15", "[1]Sheet1!$A$1"])
      expect(brokenReferences(text, ["มาตรการ ITA 2568", "Sheet1"])).toBe(text);
  });

  test("a longer sheet name that ends with the removed one stays", () => {
    expect(brokenReferences("สรุปSheet1!A1", ["Sheet1"])).toBe("สรุปSheet1!A1");
  });
});
