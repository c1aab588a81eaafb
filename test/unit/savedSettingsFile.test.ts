import path from "node:path";
import { existsSync, readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { savedAgency } from "../../src/compare/compareSources";
import { XlsxWorkbook } from "../../src/workbook/xlsx/xlsxWorkbook";
import { runCli } from "../helpers/cli";
import { tempDir } from "../helpers/xlsx";
import { withSavedSettings } from "../helpers/savedSettings";

test("the pane's settings saved in a file are read back, and name the agency in a comparison", async () => {
  const bytes = await withSavedSettings({ agency: "เทศบาลตำบลจากการตั้งค่า", threshold: 85 });
  const wb = await XlsxWorkbook.load(bytes);
  expect(savedAgency(wb.savedSettings)).toBe("เทศบาลตำบลจากการตั้งค่า");
  const dir = path.join(tempDir(), "folder");
  mkdirSync(dir);
  writeFileSync(path.join(dir, "ไฟล์ของหน่วยงาน.xlsx"), bytes);
  const r = await runCli(["compare", dir, "--json", "-"]);
  expect(r.code).toBe(0);
  expect(JSON.parse(r.stdout).agencies.map((a: { name: string }) => a.name)).toEqual([
    "เทศบาลตำบลจากการตั้งค่า",
  ]);
});

test("settings that are not the pane's never name an agency", () => {
  expect(savedAgency(null)).toBeNull();
  expect(savedAgency("{not json")).toBeNull();
  expect(savedAgency({ agency: "  " })).toBeNull();
  expect(savedAgency(JSON.stringify({ agency: " อบต.หนึ่ง " }))).toBe("อบต.หนึ่ง");
});

test("the main run takes the agency the pane saved in the workbook, says so, and --agency still wins", async () => {
  const dir = tempDir();
  const input = path.join(dir, "ผล.xlsx");
  writeFileSync(input, await withSavedSettings({ agency: "เทศบาลตำบลจากการตั้งค่า" }));
  const r = await runCli([input, "--out", path.join(dir, "a.xlsx"), "--json", path.join(dir, "a.json")]);
  expect(r.code).toBe(0);
  expect(r.stdout).toContain("ชื่อหน่วยงานจากการตั้งค่าที่บันทึกไว้ในสมุดงาน: เทศบาลตำบลจากการตั้งค่า");
  const grids = await (await XlsxWorkbook.load(readFileSync(path.join(dir, "a.xlsx")))).readGrids();
  const analysis = grids.find((g) => g.generatedKind === "analysis")!;
  expect(JSON.stringify(analysis.rows.slice(0, 4))).toContain("เทศบาลตำบลจากการตั้งค่า");
  const own = await runCli([input, "--out", path.join(dir, "b.xlsx"), "--agency", "อบต.ที่ระบุเอง"]);
  expect(own.stdout).not.toContain("จากการตั้งค่าที่บันทึกไว้");
  const b = await (await XlsxWorkbook.load(readFileSync(path.join(dir, "b.xlsx")))).readGrids();
  expect(JSON.stringify(b.find((g) => g.generatedKind === "analysis")!.rows.slice(0, 4))).toContain(
    "อบต.ที่ระบุเอง",
  );
});

test("the main run takes the people and the totals the pane saved, says which, and an option given wins", async () => {
  const dir = tempDir();
  const input = path.join(dir, "ผล.xlsx");
  writeFileSync(
    input,
    await withSavedSettings({
      agency: "เทศบาลตำบลจากการตั้งค่า",
      executiveName: "นายนายก ใจดี",
      executivePosition: "นายกเทศมนตรีตำบลจากการตั้งค่า",
    }),
  );
  const r = await runCli([input, "--out", path.join(dir, "a.xlsx")]);
  expect(r.code).toBe(0);
  expect(r.stdout).toContain("จากการตั้งค่าที่บันทึกไว้ในสมุดงาน: ค่าของ --executive, --executive-position");
  const texts = async (file: string) =>
    JSON.stringify((await (await XlsxWorkbook.load(readFileSync(file))).readGrids()).map((g) => g.rows));
  expect(await texts(path.join(dir, "a.xlsx"))).toContain("นายกเทศมนตรีตำบลจากการตั้งค่า");
  const own = await runCli([input, "--out", path.join(dir, "b.xlsx"), "--executive-position", "ปลัดที่ระบุเอง"]);
  expect(own.stdout).toContain("ค่าของ --executive (ระบุ");
  const b = await texts(path.join(dir, "b.xlsx"));
  expect(b).toContain("ปลัดที่ระบุเอง");
  expect(b).not.toContain("นายกเทศมนตรีตำบลจากการตั้งค่า");
});

test("the main run flags at the pane's saved pass mark and prints its digits and excluded tables, saying so", async () => {
  const dir = tempDir();
  const input = path.join(dir, "ผล.xlsx");
  const excluded = "สรุปตัวชี้วัด!A1:C12";
  writeFileSync(
    input,
    await withSavedSettings({ threshold: 95, urgentBelow: 70, thaiDigits: true, excludedTables: [excluded] }),
  );
  const r = await runCli([input, "--out", path.join(dir, "a.xlsx"), "--json", path.join(dir, "a.json")]);
  expect(r.code).toBe(0);
  expect(r.stdout).toContain("ค่าของ --threshold, --thai-digits");
  expect(r.stdout).toContain(`ไม่อ่าน 1 ตารางที่เลือกไม่ใช้ไว้ในแผงงาน (บันทึกไว้ในสมุดงาน): ${excluded}`);
  const report = JSON.parse(readFileSync(path.join(dir, "a.json"), "utf8"));
  expect(report.threshold).toBe(95);
  const texts = JSON.stringify(
    (await (await XlsxWorkbook.load(readFileSync(path.join(dir, "a.xlsx")))).readGrids())
      .filter((g) => g.generated)
      .map((g) => g.rows),
  );
  expect(texts).toMatch(/[๐-๙]{4}/);
  // The pass mark given wins; an urgent mark is checked against the pass mark saved (90 is below it), and one above
  // it is refused before anything is written.
  const own = await runCli([
    input,
    "--out",
    path.join(dir, "b.xlsx"),
    "--json",
    path.join(dir, "b.json"),
    "--threshold",
    "85",
  ]);
  expect(JSON.parse(readFileSync(path.join(dir, "b.json"), "utf8")).threshold).toBe(85);
  expect(own.stdout).not.toContain("--threshold");
  expect((await runCli([input, "--out", path.join(dir, "c.xlsx"), "--urgent-below", "90"])).code).toBe(0);
  const refused = await runCli([input, "--out", path.join(dir, "d.xlsx"), "--urgent-below", "96"]);
  expect(refused.code).toBe(2);
  expect(refused.stderr).toContain("--urgent-below");
  expect(existsSync(path.join(dir, "d.xlsx"))).toBe(false);
});
