import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import JSZip from "jszip";
import { runCli } from "../helpers/cli";
import { garudaPng } from "../helpers/garudaPng";
import { SAMPLE } from "../helpers/sample";
import { tempDir } from "../helpers/xlsx";

describe("--garuda: the agency's ครุฑ on the memos and the ประกาศ", () => {
  test("a PNG is printed on the three papers (a picture part each), not on the tables", async () => {
    const dir = tempDir();
    const png = path.join(dir, "ครุฑ.png");
    writeFileSync(png, garudaPng(120, 150));
    const out = path.join(dir, "out.xlsx");
    const r = await runCli([SAMPLE, "--out", out, "--agency", "เทศบาลตำบลตัวอย่าง", "--garuda", png]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const zip = await JSZip.loadAsync(readFileSync(out));
    const media = Object.keys(zip.files).filter((f) => /^xl\/media\/image\d+\.png$/.test(f));
    expect(media).toHaveLength(3);
  });

  test("a file that is not a PNG or JPEG stops the run before anything is written, saying what it takes", async () => {
    const dir = tempDir();
    const svg = path.join(dir, "garuda.svg");
    writeFileSync(svg, "<svg/>");
    const out = path.join(dir, "out.xlsx");
    const r = await runCli([SAMPLE, "--out", out, "--garuda", svg, "--lang", "en"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /^error: “.*garuda\.svg” cannot be used as the Garuda emblem — it must be a PNG or JPG/,
    );
    expect(existsSync(out)).toBe(false);
    const missing = await runCli([SAMPLE, "--out", out, "--garuda", path.join(dir, "none.png")]);
    expect(missing.stderr).toMatch(/ไม่พบไฟล์ “.*none\.png”/);
  });
});
