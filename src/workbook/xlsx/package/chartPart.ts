import type { ChartSpec } from "../../../sheets/sheetSpec";
import { a1 } from "../../../analysis/grid";
import { escapeXml } from "./xml";
import { quotedSheet } from "../../markers";

export const CHART_TYPE = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";
const C = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const A = "http://schemas.openxmlformats.org/drawingml/2006/main";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
/** The chart's size on the sheet, in cells from its anchor. */
const SPAN = { cols: 10, rows: 20 };

/** `'sheet name'!$B$5:$B$20`: a column of the chart's rows, as a chart formula. */
function columnRef(sheet: string, col: number, c: ChartSpec): string {
  const abs = (row: number) => a1(row, col).replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2");
  return `${quotedSheet(sheet)}!${abs(c.rows.first)}:${abs(c.rows.last)}`;
}

/**
 * The chart part of a sheet's column chart (ECMA-376 DrawingML charts): one clustered bar series per spec series,
 * values and categories referring to the sheet's own cells, so the chart follows what the officer changes.
 */
export function chartXml(c: ChartSpec, sheet: string): string {
  const cat = columnRef(sheet, c.categoryColumn ?? 0, c);
  const series = c.series
    .map(
      (s, i) =>
        `<c:ser><c:idx val="${i}"/><c:order val="${i}"/><c:tx><c:v>${escapeXml(s.name)}</c:v></c:tx>` +
        `<c:invertIfNegative val="0"/><c:cat><c:strRef><c:f>${escapeXml(cat)}</c:f></c:strRef></c:cat>` +
        `<c:val><c:numRef><c:f>${escapeXml(columnRef(sheet, s.col, c))}</c:f></c:numRef></c:val></c:ser>`,
    )
    .join("");
  const title =
    `<c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>${escapeXml(c.title)}</a:t></a:r></a:p></c:rich></c:tx>` +
    `<c:overlay val="0"/></c:title>`;
  const axes =
    `<c:catAx><c:axId val="1"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/>` +
    `<c:axPos val="b"/><c:crossAx val="2"/></c:catAx>` +
    `<c:valAx><c:axId val="2"/><c:scaling><c:orientation val="minMax"/><c:max val="100"/></c:scaling>` +
    `<c:delete val="0"/><c:axPos val="l"/><c:majorGridlines/><c:numFmt formatCode="0" sourceLinked="0"/>` +
    `<c:crossAx val="1"/></c:valAx>`;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<c:chartSpace xmlns:c="${C}" xmlns:a="${A}" xmlns:r="${R}"><c:chart>${title}<c:autoTitleDeleted val="0"/>` +
    `<c:plotArea><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>${series}` +
    `<c:axId val="1"/><c:axId val="2"/></c:barChart>${axes}</c:plotArea>` +
    `<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/></c:chart></c:chartSpace>`
  );
}

/** The drawing's anchor of the chart: from its anchor cell, SPAN cells across and down. */
export function chartAnchorXml(c: ChartSpec, relId: string, shapeId: number): string {
  const cell = (col: number, row: number) =>
    `<xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff>`;
  return (
    `<xdr:twoCellAnchor><xdr:from>${cell(c.anchor.col, c.anchor.row)}</xdr:from>` +
    `<xdr:to>${cell(c.anchor.col + SPAN.cols, c.anchor.row + SPAN.rows)}</xdr:to>` +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${shapeId}" name="${escapeXml(c.title)}"/>` +
    `<xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
    `<a:graphic><a:graphicData uri="${C}"><c:chart xmlns:c="${C}" r:id="${relId}"/></a:graphicData></a:graphic>` +
    `</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
  );
}
