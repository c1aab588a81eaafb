import { groupNotes, hasNoteAction, noteAction } from "../../src/analysis/noteActions";
import { countNotes } from "../../src/analysis/noteCount";
import { ENGINE_MESSAGES } from "../../src/i18n/messages";
import { DEFAULT_SETTINGS } from "../../src/analysis/settings";
import { runPipeline } from "../../src/pipeline";
import { DEFAULT_DOC_OPTIONS } from "../../src/sheets/sheetBuilder";
import { loadSampleGrids } from "../helpers/sample";
import { grid } from "../helpers/grid";
import { SEED000_ROWS } from "../helpers/seed000";

/** Messages that are not notes about the data: the CLI's errors and warnings, and parts of other messages. */
const NOT_NOTES = /^(error|warning|assumption)\./;

describe("ข้อควรตรวจ grouped by what the officer should do", () => {
  test("every note the engine can say has its own action (a new note cannot fall into a default)", () => {
    const missing = Object.keys(ENGINE_MESSAGES).filter((id) => !NOT_NOTES.test(id) && !hasNoteAction(id));
    expect(missing).toEqual([]);
  });

  test("an id without a line falls back on its level", () => {
    expect(noteAction("somethingNew", "error")).toBe("fix");
    expect(noteAction("somethingNew", "warning")).toBe("check");
    expect(noteAction("somethingNew", "info")).toBe("know");
    expect(noteAction("notAScore.text", "info")).toBe("fix");
    expect(noteAction("notAScore.noResult", "warning")).toBe("know");
  });

  test("groups in order fix, enter, check, know; errors first; a repeated note once with all its cells", () => {
    const n = (code: string, level: "error" | "warning" | "info", cell: string | null, message = code) => ({
      code,
      level,
      sheet: cell ? "ผล" : null,
      cell,
      message,
    });
    const groups = groupNotes([
      n("hiddenNotRead", "info", null),
      n("yearFromTitle", "warning", "A1"),
      n("crosswalkUsed", "info", "B2"),
      n("noTotal", "warning", null),
      n("duplicateItem", "warning", "A5", "I1 ซ้ำ"),
      n("notAScore.text", "error", "B7", "ไม่ใช่ตัวเลข"),
      n("notAScore.text", "error", "B9", "ไม่ใช่ตัวเลข"),
      n("notAScore.text", "error", "B9", "ไม่ใช่ตัวเลข"),
      n("duplicateItem", "warning", "A6", "I2 ซ้ำ"),
    ]);
    expect(groups.map((g) => g.action)).toEqual(["fix", "enter", "check", "know"]);
    expect(groups[0]!.notes.map((x) => [x.message, x.at.map((a) => a.cell)])).toEqual([
      ["ไม่ใช่ตัวเลข", ["B7", "B9"]],
      ["I1 ซ้ำ", ["A5"]],
      ["I2 ซ้ำ", ["A6"]],
    ]);
    expect(groups[2]!.notes.map((x) => x.code)).toEqual(["yearFromTitle", "crosswalkUsed"]);
    expect(countNotes([n("a", "info", "A1"), n("a", "info", "A2"), n("b", "info", "A1")])).toBe(2);
  });

  test.each(["seed 000", "the sample"])("%s: every note in a group, nothing internal said", async (which) => {
    const grids = which === "seed 000" ? [grid("ผล", SEED000_ROWS)] : await loadSampleGrids();
    const r = runPipeline(grids, DEFAULT_SETTINGS, DEFAULT_DOC_OPTIONS, "th");
    expect(r.report.diagnostics.length).toBeGreaterThan(0);
    const groups = groupNotes(r.report.diagnostics);
    expect(groups.flatMap((g) => g.notes).length).toBe(countNotes(r.report.diagnostics));
    for (const d of r.report.diagnostics) expect(hasNoteAction(d.code)).toBe(true);
    const words = r.report.diagnostics.map((d) => d.message).join("\n");
    expect(words).not.toMatch(
      /mean-of-items|seed \d|crosswalks\.|ความเชื่อมั่น|confidence|undefined|\{[a-z]+\}/i,
    );
  });
});
