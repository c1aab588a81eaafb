import { sheetExtras } from "../../src/workbook/xlsx/read/inventory";

describe("what a sheet holds beyond its values", () => {
  test("formulas are counted (shared and array ones too), cached values alone are not", () => {
    const xml =
      '<worksheet><sheetData><row r="1"><c r="A1"><f>SUM(B1:B2)</f><v>3</v></c>' +
      '<c r="B1"><f t="shared" ref="B1:B3" si="0">C1*2</f><v>2</v></c><c r="B2"><f t="shared" si="0"/><v>4</v></c>' +
      '<c r="C1"><v>1</v></c></row></sheetData></worksheet>';
    expect(sheetExtras(xml, [])).toEqual(["formulas:3"]);
    expect(
      sheetExtras(
        '<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData></worksheet>',
        [],
      ),
    ).toEqual([]);
  });

  test("comments and pictures are counted by kind; a chart is not (the pane draws one on its analysis)", () => {
    const drawing =
      "<xdr:wsDr><xdr:twoCellAnchor><xdr:pic/></xdr:twoCellAnchor><xdr:graphicFrame/></xdr:wsDr>";
    expect(sheetExtras("<worksheet/>", ["http://x/relationships/comments"], [drawing])).toEqual([
      "comments:1",
      "drawings:1",
    ]);
  });
});
