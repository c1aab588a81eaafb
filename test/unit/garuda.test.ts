import JSZip from "jszip";
import { DEFAULT_SETTINGS } from "../../src/analysis/settings";
import { runPipeline } from "../../src/pipeline";
import { GARUDA_MAX_BYTES, isGaruda, readGaruda } from "../../src/sheets/garuda";
import { DEFAULT_DOC_OPTIONS } from "../../src/sheets/sheetBuilder";
import { readSavedSettings } from "../../src/taskpane/savedSettings";
import { XlsxWorkbook } from "../../src/workbook/xlsx/xlsxWorkbook";
import { garudaPng } from "../helpers/garudaPng";
import { packageProblems } from "../helpers/packageCheck";
import { transition } from "../helpers/yearFixtures";

const png = garudaPng(120, 150);
const garuda = readGaruda(png)!;

/** A JPEG's first bytes: SOI, an APP0 segment, then SOF0 with height 300 and width 240. */
const JPEG = new Uint8Array([
  0xff, 0xd8, 0xff, 0xe0, 0x00, 0x04, 0x00, 0x00, 0xff, 0xc0, 0x00, 0x11, 0x08, 0x01, 0x2c, 0x00, 0xf0, 0x03,
]);

describe("the ครุฑ file", () => {
  test("a PNG or a JPEG is read with its size; anything else, or too large, is refused", () => {
    expect(garuda).toMatchObject({ extension: "png", width: 120, height: 150 });
    expect(Buffer.from(garuda.base64, "base64")).toEqual(Buffer.from(png));
    expect(readGaruda(JPEG)).toMatchObject({ extension: "jpeg", width: 240, height: 300 });
    expect(readGaruda(new TextEncoder().encode("not a picture"))).toBeNull();
    expect(readGaruda(new Uint8Array())).toBeNull();
    const big = new Uint8Array(GARUDA_MAX_BYTES + 1);
    big.set(png);
    expect(readGaruda(big)).toBeNull();
  });

  test("kept in the workbook's settings and read back; a damaged one is dropped, the rest kept", () => {
    expect(isGaruda(garuda)).toBe(true);
    const saved = readSavedSettings(JSON.stringify({ agency: "อบต.ก", garuda }));
    expect(saved.settings.garuda).toEqual(garuda);
    const broken = readSavedSettings(
      JSON.stringify({ agency: "อบต.ก", garuda: { ...garuda, base64: "<svg>" } }),
    );
    expect(broken).toMatchObject({ settings: { agency: "อบต.ก" }, dropped: ["garuda"] });
  });
});

describe("the ครุฑ on the memos and the ประกาศ", () => {
  const specs = (withGaruda: boolean) =>
    runPipeline(
      transition(2567, 2568, "many"),
      DEFAULT_SETTINGS,
      { ...DEFAULT_DOC_OPTIONS, agency: "เทศบาลตำบลตัวอย่าง", ...(withGaruda ? { garuda } : {}) },
      "th",
      { documents: ["measuresMemo", "measuresAnnouncement", "resultsMemo", "measures"] },
    ).specs;

  test("1.5 cm at a memo's top left, 3 cm centred atop the ประกาศ, in proportion; none on the tables", () => {
    const byKind = new Map(specs(true).map((s) => [s.kind, s]));
    for (const kind of ["measuresMemo", "resultsMemo"] as const) {
      const [img] = byKind.get(kind)!.images!;
      expect(img!.anchor).toMatchObject({ row: 0, col: 0 });
      expect(img!.height).toBeCloseTo(42.52, 1);
      expect(img!.width).toBeCloseTo((42.52 * 120) / 150, 1);
    }
    const announcement = byKind.get("measuresAnnouncement")!;
    const [img] = announcement.images!;
    expect(img!.height).toBeCloseTo(85.04, 1);
    // Centred: as much room left of it as right of it, across the printed columns.
    const page = announcement.columns.slice(0, 7).reduce((s, w) => s + (w * 7 + 5) * 0.75, 0);
    expect(img!.anchor.x * 2 + img!.width).toBeCloseTo(page, 0);
    expect(announcement.rows[img!.anchor.row]!.height).toBeGreaterThanOrEqual(img!.height);
    expect(byKind.get("measures")!.images).toBeUndefined();
  });

  test("without one, nothing is placed and the ประกาศ keeps its place (the same rows)", () => {
    const plain = specs(false);
    expect(plain.every((s) => s.images === undefined)).toBe(true);
    const withIt = specs(true);
    const rows = (list: typeof plain) =>
      list.find((s) => s.kind === "measuresAnnouncement")!.rows.map((r) => r.height);
    expect(rows(plain)).toEqual(rows(withIt));
  });

  test("written into the package as a picture part, replaced with the documents on the next run", async () => {
    const wb = XlsxWorkbook.empty();
    await wb.writeSheets(specs(true));
    const first = await wb.toBuffer();
    expect(await packageProblems(first)).toEqual([]);
    const zip = await JSZip.loadAsync(first);
    const media = Object.keys(zip.files).filter((f) => f.startsWith("xl/media/"));
    expect(media).toHaveLength(3);
    expect(Buffer.from(await zip.file(media[0]!)!.async("uint8array"))).toEqual(Buffer.from(png));
    const types = await zip.file("[Content_Types].xml")!.async("string");
    expect(types).toMatch(/Extension="png" ContentType="image\/png"/);
    expect(types.match(/drawing\+xml/g)).toHaveLength(3);
    const drawings = Object.keys(zip.files).filter((f) => /^xl\/drawings\/drawing\d+\.xml$/.test(f));
    expect(drawings).toHaveLength(3);
    // Each memo's sheet points at its drawing, which points at its picture.
    const sheets = Object.keys(zip.files).filter((f) => /^xl\/worksheets\/sheet\d+\.xml$/.test(f));
    const withDrawing = [];
    for (const s of sheets)
      if (/<drawing r:id="rId\d+"\/>/.test(await zip.file(s)!.async("string"))) withDrawing.push(s);
    expect(withDrawing).toHaveLength(3);

    // Run again on the written file: the old pictures go with their sheets, the new ones come in.
    const again = await XlsxWorkbook.load(first);
    await again.readGrids();
    await again.writeSheets(specs(true));
    const secondBytes = await again.toBuffer();
    expect(await packageProblems(secondBytes)).toEqual([]);
    const second = await JSZip.loadAsync(secondBytes);
    expect(Object.keys(second.files).filter((f) => f.startsWith("xl/media/"))).toHaveLength(3);
    expect(Object.keys(second.files).filter((f) => /^xl\/drawings\/drawing\d+\.xml$/.test(f))).toHaveLength(
      3,
    );
  });
});
