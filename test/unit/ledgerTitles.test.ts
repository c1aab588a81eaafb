import { recogniseWorkbook } from "../../src/analysis/recogniseWorkbook";
import { itemDef } from "../../src/ita/catalog";
import { grid } from "../helpers/grid";

const title = (instrument: "IIT" | "EIT" | "OIT", n: number) => itemDef(2567, instrument, n)!.topic!;

const unread = (rows: (string | number | null)[][]) =>
  recogniseWorkbook([grid("ITA 2567", rows)])
    .diagnostics.filter((d) => d.id.startsWith("unreadRows"))
    .map((d) => ({ id: d.id, range: d.params.range, rows: d.params.rows }));

describe("a row that names an item by its catalogue title alone, with a score, is never dropped silently", () => {
  test("a code left empty in a coded table: the row is named, with its cells", () => {
    const rows = [
      ["ข้อ", "ประเด็นการประเมิน", "คะแนน 2567"],
      ...[1, 2, 3, 4, 5, 6].map((n) => [`I${n}`, title("IIT", n), 90]),
      [null, title("IIT", 7), 83],
      ...[8, 9, 10].map((n) => [`I${n}`, title("IIT", n), 91]),
    ];
    expect(unread(rows)).toEqual([{ id: "unreadRows.title", range: "B8:C8", rows: 1 }]);
  });

  test("a block pasted from ITAS under the coded rows, titles only: every row named", () => {
    const rows = [
      ["ข้อ", "คะแนน 2567"],
      ...[1, 2, 3].map((n) => [`I${n}`, 90]),
      ["แบบวัดการเปิดเผยข้อมูลสาธารณะ (OIT)"],
      ...[1, 2, 3, 4].map((n) => [title("OIT", n), 100]),
    ];
    expect(unread(rows)).toEqual([{ id: "unreadRows.title", range: "A6:B9", rows: 4 }]);
  });

  test("rows of another table, with text that is no item's title and numbers, are not named", () => {
    const rows = [
      ["รายการ", "ร้อยละการเบิกจ่าย"],
      ["ค่าตอบแทนใช้สอยและวัสดุ ไตรมาสที่ 1", 45],
      ["โครงการอบรมคุณธรรมจริยธรรมของบุคลากร", 80],
    ];
    expect(unread(rows)).toEqual([]);
  });
});
