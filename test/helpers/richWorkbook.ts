import ExcelJS from "exceljs";
import JSZip from "jszip";
import { SEED000_ROWS } from "./seed000";

const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PNG = Buffer.from(
  "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082",
  "hex",
);

/**
 * A workbook as an officer's real one is: the scores, and around them what Excel users add — an image, notes
 * (legacy comments), a table, data validation, conditional formatting, a hyperlink, a hidden sheet, names of their
 * own — and, added as Excel writes them, a chart and a text box in the drawing, a pivot table with its cache,
 * threaded comments with their persons, a link to another workbook, custom XML and (for `macro`) a VBA project.
 */
export async function richWorkbook(macro = false): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const scores = wb.addWorksheet("คะแนน");
  SEED000_ROWS.forEach((row, r) =>
    row.forEach((v, c) => v !== null && (scores.getCell(r + 1, c + 1).value = v as ExcelJS.CellValue)),
  );
  scores.getCell("A1").note = "ตรวจกับ ITAS แล้ว";
  scores.getCell("B4").dataValidation = {
    type: "decimal",
    operator: "between",
    formulae: [0, 100],
    allowBlank: true,
  };
  scores.addConditionalFormatting({
    ref: "C4:C40",
    rules: [
      {
        type: "cellIs",
        operator: "lessThan",
        formulae: [85],
        priority: 1,
        style: { font: { color: { argb: "FFC00000" } } },
      },
    ],
  });
  const chart = wb.addWorksheet("แผนภูมิ");
  chart.getCell("A1").value = { text: "ITAS", hyperlink: "https://itas.nacc.go.th" };
  chart.addImage(
    wb.addImage({ base64: `data:image/png;base64,${PNG.toString("base64")}`, extension: "png" }),
    "C3:D5",
  );
  chart.addTable({
    name: "ตารางงบ",
    ref: "F1",
    columns: [{ name: "รายการ" }, { name: "บาท" }],
    rows: [
      ["อบรม", 5000],
      ["ป้าย", 1200],
    ],
  });
  chart.getCell("A3").value = { formula: "[1]Sheet1!A1", result: 42 };
  wb.addWorksheet("ซ่อน", { state: "hidden" }).getCell("A1").value = "ข้อมูลเก่า";
  wb.definedNames.add("'คะแนน'!$B$4:$C$40", "คะแนนทั้งหมด");
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  await addExcelParts(zip, macro);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/** The parts exceljs cannot write, as Excel writes them, wired into the package. */
async function addExcelParts(zip: JSZip, macro: boolean): Promise<void> {
  const types = await text(zip, "[Content_Types].xml");
  const overrides: [string, string][] = [
    ["/xl/charts/chart1.xml", "application/vnd.openxmlformats-officedocument.drawingml.chart+xml"],
    [
      "/xl/pivotCache/pivotCacheDefinition1.xml",
      "application/vnd.openxmlformats-officedocument.spreadsheetml.pivotCacheDefinition+xml",
    ],
    [
      "/xl/pivotCache/pivotCacheRecords1.xml",
      "application/vnd.openxmlformats-officedocument.spreadsheetml.pivotCacheRecords+xml",
    ],
    [
      "/xl/pivotTables/pivotTable1.xml",
      "application/vnd.openxmlformats-officedocument.spreadsheetml.pivotTable+xml",
    ],
    ["/xl/threadedComments/threadedComment1.xml", "application/vnd.ms-excel.threadedcomments+xml"],
    ["/xl/persons/person.xml", "application/vnd.ms-excel.person+xml"],
    [
      "/xl/externalLinks/externalLink1.xml",
      "application/vnd.openxmlformats-officedocument.spreadsheetml.externalLink+xml",
    ],
    ["/customXml/itemProps1.xml", "application/vnd.openxmlformats-officedocument.customXmlProperties+xml"],
  ];
  let t = types.replace(
    "</Types>",
    `${overrides.map(([p, c]) => `<Override PartName="${p}" ContentType="${c}"/>`).join("")}</Types>`,
  );
  if (macro)
    t = t
      .replace(
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
        "application/vnd.ms-excel.sheet.macroEnabled.main+xml",
      )
      .replace(
        "</Types>",
        '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>',
      );
  zip.file("[Content_Types].xml", t);

  // The chart and a text box, in the drawing of the sheet that has the image.
  const drawing = await text(zip, "xl/drawings/drawing1.xml");
  zip.file(
    "xl/drawings/drawing1.xml",
    drawing.replace(
      "</xdr:wsDr>",
      `<xdr:twoCellAnchor><xdr:from><xdr:col>0</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>8</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>6</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>22</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to><xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Chart 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="${R}" r:id="rId90"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>` +
        `<xdr:twoCellAnchor><xdr:from><xdr:col>7</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>8</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>10</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>12</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to><xdr:sp macro="" textlink=""><xdr:nvSpPr><xdr:cNvPr id="3" name="TextBox 2"/><xdr:cNvSpPr txBox="1"/></xdr:nvSpPr><xdr:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="1800000" cy="700000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr><xdr:txBody><a:bodyPr/><a:lstStyle/><a:p><a:r><a:t>หมายเหตุ: ส่งสำนักงาน ป.ป.ช. แล้ว</a:t></a:r></a:p></xdr:txBody></xdr:sp><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>`,
    ),
  );
  const drawingRels = await text(zip, "xl/drawings/_rels/drawing1.xml.rels");
  zip.file(
    "xl/drawings/_rels/drawing1.xml.rels",
    drawingRels.replace(
      "</Relationships>",
      `<Relationship Id="rId90" Type="${R}/chart" Target="../charts/chart1.xml"/></Relationships>`,
    ),
  );
  zip.file(
    "xl/charts/chart1.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><c:chart><c:plotArea><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:ser><c:idx val="0"/><c:order val="0"/><c:val><c:numRef><c:f>'คะแนน'!$C$4:$C$8</c:f></c:numRef></c:val></c:ser><c:axId val="1"/><c:axId val="2"/></c:barChart><c:catAx><c:axId val="1"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:axPos val="b"/><c:crossAx val="2"/></c:catAx><c:valAx><c:axId val="2"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:axPos val="l"/><c:crossAx val="1"/></c:valAx></c:plotArea></c:chart></c:chartSpace>`,
  );

  // A pivot table on the chart sheet, over the scores, with its cache; threaded comments on the scores sheet.
  zip.file(
    "xl/pivotCache/pivotCacheDefinition1.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<pivotCacheDefinition xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${R}" r:id="rId1" recordCount="0"><cacheSource type="worksheet"><worksheetSource ref="A3:C8" sheet="คะแนน"/></cacheSource><cacheFields count="1"><cacheField name="แบบวัด" numFmtId="0"><sharedItems/></cacheField></cacheFields></pivotCacheDefinition>`,
  );
  zip.file(
    "xl/pivotCache/_rels/pivotCacheDefinition1.xml.rels",
    rels([["rId1", `${R}/pivotCacheRecords`, "pivotCacheRecords1.xml"]]),
  );
  zip.file(
    "xl/pivotCache/pivotCacheRecords1.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<pivotCacheRecords xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="0"/>`,
  );
  zip.file(
    "xl/pivotTables/pivotTable1.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<pivotTableDefinition xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" name="PivotTable1" cacheId="5" dataCaption="Values"><location ref="J1:J2" firstHeaderRow="1" firstDataRow="1" firstDataCol="0"/><pivotFields count="1"><pivotField showAll="0"/></pivotFields></pivotTableDefinition>`,
  );
  zip.file(
    "xl/pivotTables/_rels/pivotTable1.xml.rels",
    rels([["rId1", `${R}/pivotCacheDefinition`, "../pivotCache/pivotCacheDefinition1.xml"]]),
  );
  zip.file(
    "xl/threadedComments/threadedComment1.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<ThreadedComments xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments"><threadedComment ref="C5" dT="2026-11-20T09:00:00.00" personId="{6A1E0C1B-0000-4000-8000-000000000001}" id="{6A1E0C1B-0000-4000-8000-0000000000A1}"><text>คะแนนข้อนี้ให้กองคลังตรวจอีกครั้ง</text></threadedComment></ThreadedComments>`,
  );
  zip.file(
    "xl/persons/person.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<personList xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments"><person displayName="นิติกร" id="{6A1E0C1B-0000-4000-8000-000000000001}" userId="nitikorn" providerId="None"/></personList>`,
  );
  zip.file(
    "xl/externalLinks/externalLink1.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<externalLink xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${R}"><externalBook r:id="rId1"><sheetNames><sheetName val="Sheet1"/></sheetNames><sheetDataSet><sheetData sheetId="0"><row r="1"><cell r="A1"><v>42</v></cell></row></sheetData></sheetDataSet></externalBook></externalLink>`,
  );
  zip.file(
    "xl/externalLinks/_rels/externalLink1.xml.rels",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/externalLinkPath" Target="file:///C:/%E0%B8%87%E0%B8%9A/budget.xlsx" TargetMode="External"/></Relationships>`,
  );
  zip.file(
    "customXml/item1.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="no"?><ita xmlns="urn:agency:ita"><owner>สำนักปลัด</owner></ita>`,
  );
  zip.file(
    "customXml/itemProps1.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n<ds:datastoreItem ds:itemID="{11111111-2222-3333-4444-555555555555}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs/></ds:datastoreItem>`,
  );
  zip.file("customXml/_rels/item1.xml.rels", rels([["rId1", `${R}/customXmlProps`, "itemProps1.xml"]]));
  if (macro) zip.file("xl/vbaProject.bin", Buffer.from("d0cf11e0a1b11ae1" + "00".repeat(504), "hex"));

  const sheetRels = async (part: string, more: [string, string, string][]) => {
    const existing = zip.file(part) ? await text(zip, part) : rels([]);
    zip.file(
      part,
      existing.replace(
        "</Relationships>",
        `${more.map(([i, ty, ta]) => `<Relationship Id="${i}" Type="${ty}" Target="${ta}"/>`).join("")}</Relationships>`,
      ),
    );
  };
  await sheetRels("xl/worksheets/_rels/sheet2.xml.rels", [
    ["rId91", `${R}/pivotTable`, "../pivotTables/pivotTable1.xml"],
  ]);
  await sheetRels("xl/worksheets/_rels/sheet1.xml.rels", [
    [
      "rId92",
      "http://schemas.microsoft.com/office/2017/10/relationships/threadedComment",
      "../threadedComments/threadedComment1.xml",
    ],
  ]);
  const wbRels: [string, string, string][] = [
    ["rId93", `${R}/pivotCacheDefinition`, "pivotCache/pivotCacheDefinition1.xml"],
    ["rId94", "http://schemas.microsoft.com/office/2017/10/relationships/person", "persons/person.xml"],
    ["rId95", `${R}/externalLink`, "externalLinks/externalLink1.xml"],
    ["rId96", `${R}/customXml`, "../customXml/item1.xml"],
  ];
  if (macro)
    wbRels.push([
      "rId97",
      "http://schemas.microsoft.com/office/2006/relationships/vbaProject",
      "vbaProject.bin",
    ]);
  await sheetRels("xl/_rels/workbook.xml.rels", wbRels);
  const workbook = await text(zip, "xl/workbook.xml");
  zip.file(
    "xl/workbook.xml",
    workbook
      .replace(
        "</sheets>",
        '</sheets><externalReferences><externalReference r:id="rId95"/></externalReferences>',
      )
      .replace(
        /<calcPr[^>]*\/>/,
        (calc) => `${calc}<pivotCaches><pivotCache cacheId="5" r:id="rId93"/></pivotCaches>`,
      ),
  );
}

function rels(list: [string, string, string][]): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${list.map(([i, t, ta]) => `<Relationship Id="${i}" Type="${t}" Target="${ta}"/>`).join("")}</Relationships>`;
}

async function text(zip: JSZip, part: string): Promise<string> {
  const f = zip.file(part);
  if (!f) throw new Error(`no ${part} in the exceljs package`);
  return f.async("string");
}
