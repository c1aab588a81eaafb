// Builds samples/ita-sample.xlsx: a fictional agency's workbook with two years of ITA scores in the layouts
// officers use, plus an unrelated budget sheet. The 2567 item scores are seed 003's real figures.
import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";

// Item titles as seed 003 prints them (the catalogue's 2567 topics), so the sample reads like a real sheet.
const lists = JSON.parse(readFileSync(new URL("../src/ita/frameworks.json", import.meta.url), "utf8")).lists;
const topic = (list, n) => lists[list].items.find((it) => it.n === n)?.topic ?? "";

const wb = new ExcelJS.Workbook();
let seed = 2566;
const rnd = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
const score = (lo, hi) => Math.round((lo + rnd() * (hi - lo)) * 100) / 100;

// 1. One sheet for 2566: code column, question column, one score column, title rows above.
const s66 = wb.addWorksheet("คะแนนรายข้อ 2566");
s66.addRow(["ผลการประเมินคุณธรรมและความโปร่งใส (ITA) ประจำปี 2566"]);
s66.addRow(["เทศบาลตำบลตัวอย่าง"]);
s66.addRow([]);
s66.addRow(["ข้อ", "ประเด็นการประเมิน", "คะแนน ปี 2566"]);
s66.addRow(["แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT)"]);
for (let n = 1; n <= 30; n++) s66.addRow([`I${n}`, "", n === 8 ? 72.5 : n === 19 ? 83.44 : score(82, 99)]);
s66.addRow(["แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT)"]);
for (let n = 1; n <= 15; n++) s66.addRow([`E${n}`, "", score(84, 99)]);
s66.addRow(["แบบตรวจการเปิดเผยข้อมูลสาธารณะ (OIT)"]);
for (let n = 1; n <= 43; n++) s66.addRow([`O${n}`, "", [10, 34, 42].includes(n) ? 0 : 100]);

// 2. 2567 as in seed 003: side-by-side IIT|score|OIT|score blocks, Thai digits, codes before the question.
const s67 = wb.addWorksheet("ITA 2567");
s67.addRow(["ผลการประเมิน ITA ปี พ.ศ. ๒๕๖๗ (รายข้อ)"]);
s67.addRow([
  "แบบวัดการรับรู้ผู้มีส่วนได้ส่วนเสียภายใน (IIT)",
  "คะแนน ๒๕๖๗",
  "แบบวัดการเปิดเผยข้อมูลสาธารณะ (OIT)",
  "คะแนน ๒๕๖๗",
]);
const iit67 = [
  94.0, 96.67, 100, 96.67, 95.33, 96.67, 94.67, 95.33, 100, 96.67, 96.0, 95.33, 96.67, 96.67, 96.67,
];
const oit67 = [
  100, 100, 100, 100, 100, 100, 0, 50, 0, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100,
  100, 100, 100, 100, 100, 100, 100, 0, 100, 100, 100, 100, 100,
];
const thai = (s) => String(s).replace(/[0-9]/g, (d) => String.fromCharCode(0x0e50 + Number(d)));
for (let k = 0; k < 35; k++) {
  const i = k < 15 ? [`i${thai(k + 1)} ${topic("IIT-C", k + 1)}`, iit67[k]] : [null, null];
  s67.addRow([...i, `o${thai(k + 1)} ${topic("OIT-C", k + 1)}`, k % 3 === 0 ? thai(oit67[k]) : oit67[k]]);
}
s67.addRow([]);
s67.addRow(["แบบวัดการรับรู้ผู้มีส่วนได้ส่วนเสียภายนอก (EIT)", "คะแนน ๒๕๖๗"]);
[100, 100, 100, 97.6, 98.4, 98.4, 100, 99.51, 65.43].forEach((v, k) =>
  s67.addRow([`e${k + 1} ${topic("EIT-C", k + 1)}`, v]),
);

// 3. Indicator summary, one column per year.
const ind = wb.addWorksheet("สรุปตัวชี้วัด");
ind.addRow(["ตัวชี้วัด", "ITA 2566", "ITA 2567"]);
const names = [
  "การปฏิบัติหน้าที่",
  "การใช้งบประมาณ",
  "การใช้อำนาจ",
  "การใช้ทรัพย์สินของราชการ",
  "การแก้ไขปัญหาการทุจริต",
  "คุณภาพการดำเนินงาน",
  "ประสิทธิภาพการสื่อสาร",
  "การปรับปรุงระบบการทำงาน",
  "การเปิดเผยข้อมูล",
  "การป้องกันการทุจริต",
];
const i66 = [93.12, 84.9, 90.4, 86.25, 88.44, 89.34, 87.8, 85.25, 95.56, 84.38];
const i67 = [null, null, null, null, null, null, null, null, 88.46, 88.24];
names.forEach((nm, k) => ind.addRow([`ตัวชี้วัดที่ ${k + 1} ${nm}`, i66[k], i67[k]]));

// 4. Noise: a budget sheet with year headers and large numbers.
const bud = wb.addWorksheet("งบประมาณ");
bud.addRow(["รายการ", "ปี 2566", "ปี 2567"]);
bud.addRow(["งบบุคลากร", 12500000, 13100000]);
bud.addRow(["งบดำเนินงาน", 4300000, 4550000]);
bud.addRow(["งบลงทุน", 2100000, 1800000]);

await wb.xlsx.writeFile("samples/ita-sample.xlsx");
console.log("wrote samples/ita-sample.xlsx");
