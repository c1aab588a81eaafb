/**
 * The part of the Office.js Excel API that ITA Analyzer uses, as structural types: the real Excel objects
 * satisfy them (checked by officeTypes.check.ts against @types/office-js), and the typed in-memory fake of
 * the tests implements exactly them, with Excel's batch semantics.
 */
export interface LoadableLike {
  load(props: string): unknown;
}

export interface RangeFormatLike {
  font: { name: string; size: number; bold: boolean; color: string };
  fill: { color: string };
  wrapText: boolean;
  horizontalAlignment: string;
  verticalAlignment: string;
  columnWidth: number;
  rowHeight: number;
  borders: { getItem(index: string): { style: string; color: string } };
}

export interface RangeLike extends LoadableLike {
  readonly isNullObject: boolean;
  address: string;
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
  values: unknown[][];
  numberFormat: unknown[][];
  columnHidden: boolean;
  format: RangeFormatLike;
  merge(across?: boolean): void;
  select(): void;
  /** ExcelApi 1.4. */
  getIntersectionOrNullObject(anotherRange: RangeLike | string): RangeLike;
  /** ExcelApi 1.9: the cells of the range holding constants, or formulas, as rectangles. */
  getSpecialCellsOrNullObject(cellType: "Constants" | "Formulas"): RangeAreasLike;
}

export interface RangeAreasLike {
  readonly isNullObject: boolean;
  areas: { load(props: string): unknown; items: RangeLike[] };
}

export interface ChartSeriesLike {
  name: string;
  /** ExcelApi 1.7. */
  setValues(sourceData: RangeLike): void;
  /** ExcelApi 1.7. */
  setXAxisValues(sourceData: RangeLike): void;
}

export interface ChartLike {
  title: { text: string };
  series: { getItemAt(index: number): ChartSeriesLike; add(name?: string): ChartSeriesLike };
  setPosition(startCell: RangeLike | string): void;
}

export interface WorksheetLike extends LoadableLike {
  name: string;
  visibility: string;
  protection: { protected: boolean } & LoadableLike;
  getUsedRangeOrNullObject(valuesOnly?: boolean): RangeLike;
  getRangeByIndexes(row: number, col: number, rows: number, cols: number): RangeLike;
  getRange(address: string): RangeLike;
  freezePanes: { freezeRows(count: number): void };
  pageLayout: {
    orientation: string;
    paperSize: string;
    zoom: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
    setPrintTitleRows(rows: string): void;
    /** ExcelApi 1.9: what prints, as an A1 range. */
    setPrintArea(range: string): void;
    /** ExcelApi 1.9: margins in points. */
    leftMargin: number;
    rightMargin: number;
    topMargin: number;
    bottomMargin: number;
    headerMargin: number;
    footerMargin: number;
    /** ExcelApi 1.9: the first page's number ("" for automatic, continuing from the sheet before). */
    firstPageNumber: number | "";
    /**
     * ExcelApi 1.9: headers and footers, with Excel's codes (&P page, &N pages); `state` "FirstAndDefault" gives
     * the first page its own (a memo's first page has no page number).
     */
    headersFooters: {
      state: string;
      defaultForAllPages: HeaderFooterLike;
      firstPage: HeaderFooterLike;
    };
  };
  /** ExcelApi 1.9: `add("A12")` puts a manual page break above row 12. */
  horizontalPageBreaks: { add(pageBreakRange: string): unknown };
  activate(): void;
  delete(): void;
  charts: { add(type: "ColumnClustered", sourceData: RangeLike, seriesBy: "Columns"): ChartLike };
  /** ExcelApi 1.9: pictures over the cells (a memo's ครุฑ). */
  shapes: { addImage(base64ImageString: string): ShapeLike };
}

/** A picture's shape: its place and size in points from the sheet's top-left corner. */
export interface ShapeLike {
  name: string;
  altTextDescription: string;
  lockAspectRatio: boolean;
  top: number;
  left: number;
  height: number;
  width: number;
}

export interface WorksheetCollectionLike extends LoadableLike {
  items: WorksheetLike[];
  add(name: string): WorksheetLike;
  getItem(name: string): WorksheetLike;
  getActiveWorksheet(): WorksheetLike;
}

export interface NamedItemLike {
  name: string;
  value: unknown;
  delete(): void;
}

export interface NamedItemCollectionLike extends LoadableLike {
  items: NamedItemLike[];
  getItem(name: string): NamedItemLike;
  add(name: string, reference: RangeLike | string, comment?: string): NamedItemLike;
}

export interface SettingLike {
  readonly isNullObject: boolean;
  value: unknown;
}

export interface ExcelContextLike {
  workbook: {
    getSelectedRange(): RangeLike;
    worksheets: WorksheetCollectionLike;
    names: NamedItemCollectionLike;
    settings: {
      add(key: string, value: unknown): unknown;
      getItemOrNullObject(key: string): SettingLike & LoadableLike;
    };
    protection: { protected: boolean } & LoadableLike;
  };
  application: { suspendApiCalculationUntilNextSync(): void };
  sync(): Promise<void>;
}

/** Runs a batch against Excel: `Excel.run` in the pane, the fake in tests. */
export type ExcelRunner = <T>(batch: (context: ExcelContextLike) => Promise<T>) => Promise<T>;

/** One set of header and footer sections (Excel.HeaderFooter). */
export interface HeaderFooterLike {
  leftFooter: string;
  centerFooter: string;
  rightFooter: string;
  centerHeader: string;
}
