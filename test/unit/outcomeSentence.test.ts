import {
  INTERPRETATION,
  formatChange,
  formatScore,
  outcomeSentence,
} from "../../src/measures/outcomeSentence";

const base = { previousYear: 2565, year: 2566, threshold: 85 };

describe("outcomeSentence (the seeds' figures, without their mistakes)", () => {
  test("an item that rose and now passes", () => {
    expect(
      outcomeSentence({
        ...base,
        indicator: 3,
        previousCode: "I13",
        code: "I13",
        previousScore: 84.8,
        score: 88.81,
      }),
    ).toBe(
      `ผลการประเมิน ITA ปี 2565 ตัวชี้วัดที่ 3 การใช้อำนาจ ข้อ I13 ได้ 84.80 ปี 2566 ได้ 88.81 เพิ่มขึ้น 4.01 คะแนน และผ่านเกณฑ์การประเมินฯ ${INTERPRETATION["improved-pass"]}`,
    );
  });

  test("an item that rose but still fails", () => {
    expect(
      outcomeSentence({
        ...base,
        indicator: 3,
        previousCode: "I15",
        code: "I15",
        previousScore: 82.14,
        score: 83.4,
      }),
    ).toContain(
      `ได้ 82.14 ปี 2566 ได้ 83.40 เพิ่มขึ้น 1.26 คะแนน แต่ยังไม่ผ่านเกณฑ์การประเมินฯ ${INTERPRETATION["improved-below"]}`,
    );
  });

  test("an indicator that fell but still passes: ลดลง 0.50 คะแนน", () => {
    expect(
      outcomeSentence({
        ...base,
        indicator: 5,
        previousCode: null,
        code: null,
        previousScore: 88.94,
        score: 88.44,
      }),
    ).toBe(
      `ผลการประเมิน ITA ปี 2565 ตัวชี้วัดที่ 5 การแก้ไขปัญหาการทุจริต ได้ 88.94 ปี 2566 ได้ 88.44 ลดลง 0.50 คะแนน แต่ยังผ่านเกณฑ์การประเมินฯ ${INTERPRETATION["declined-pass"]}`,
    );
  });

  test("a renumbered item names the code it was compared with", () => {
    expect(
      outcomeSentence({
        ...base,
        indicator: 2,
        previousCode: "I12",
        code: "I8",
        previousScore: 78.75,
        score: 75.84,
      }),
    ).toBe(
      `ผลการประเมิน ITA ปี 2565 ตัวชี้วัดที่ 2 การใช้งบประมาณ ข้อ I12 ได้ 78.75 ปี 2566 เทียบกับข้อ I8 ได้ 75.84 ลดลง 2.91 คะแนน และยังไม่ผ่านเกณฑ์การประเมินฯ ${INTERPRETATION["declined-below"]}`,
    );
  });

  test("the change is computed, never copied: 75.64 → 100 is +24.36", () => {
    expect(
      outcomeSentence({
        ...base,
        indicator: 9,
        previousCode: null,
        code: null,
        previousScore: 75.64,
        score: 100,
      }),
    ).toContain("ได้ 75.64 ปี 2566 ได้ 100.00 เพิ่มขึ้น 24.36 คะแนน");
  });

  test("no counterpart this year, and an unchanged score", () => {
    expect(
      outcomeSentence({
        ...base,
        year: 2567,
        indicator: 2,
        previousCode: "I8",
        code: null,
        previousScore: 72.5,
        score: null,
      }),
    ).toMatch(/ปี 2567 ไม่มีข้อที่ตรงกับข้อนี้$/);
    expect(
      outcomeSentence({
        ...base,
        indicator: 8,
        previousCode: null,
        code: null,
        previousScore: 85,
        score: 85,
      }),
    ).toMatch(/เท่าเดิม ซึ่งผ่านเกณฑ์การประเมินฯ แสดงให้เห็นว่าหน่วยงานรักษามาตรฐานไว้ได้$/);
  });

  test("from 2567 the sentence names the ประเด็น before the indicator", () => {
    expect(
      outcomeSentence({
        ...base,
        previousYear: 2567,
        year: 2568,
        prakaden: 4,
        indicator: 4,
        previousCode: "I10",
        code: "I10",
        previousScore: 80,
        score: 80,
      }),
    ).toMatch(
      /^ผลการประเมิน ITA ปี 2567 ประเด็นที่ 4 กระบวนการกำกับดูแลการใช้ทรัพย์สินของราชการ ตัวชี้วัดที่ 4 การใช้ทรัพย์สินของราชการ ข้อ I10 ได้ 80.00 ปี 2568 ได้ 80.00 เท่าเดิม ซึ่งยังไม่ผ่านเกณฑ์การประเมินฯ แสดงให้เห็นว่า/,
    );
  });

  test("number formats of the documents", () => {
    expect([formatScore(84.8), formatScore(100), formatScore(0)]).toEqual(["84.80", "100.00", "0.00"]);
    expect([formatChange(-0.5), formatChange(4.01), formatChange(0.12000000000000455)]).toEqual([
      "0.50",
      "4.01",
      "0.12",
    ]);
  });

  test("a comparison across item lists says เทียบกับข้อ even for the same number", () => {
    const facts = {
      ...base,
      indicator: 3,
      previousCode: "I13",
      code: "I13",
      previousScore: 84.8,
      score: 88.81,
    };
    expect(outcomeSentence({ ...facts, crosswalk: true })).toContain("ปี 2566 เทียบกับข้อ I13 ได้ 88.81");
    expect(outcomeSentence({ ...facts, crosswalk: false })).toContain("ปี 2566 ได้ 88.81");
  });

  test("indicator 8 is named as the year of the new score prints it", () => {
    const facts = {
      indicator: 8,
      previousCode: null,
      code: null,
      previousScore: 85.13,
      score: 98.06,
      threshold: 85,
    };
    expect(outcomeSentence({ ...facts, previousYear: 2567, year: 2568 })).toContain(
      "ตัวชี้วัดที่ 8 การปรับปรุงการดำเนินงาน ได้ 85.13",
    );
    expect(outcomeSentence({ ...facts, previousYear: 2565, year: 2566 })).toContain(
      "ตัวชี้วัดที่ 8 การปรับปรุงระบบการทำงาน ได้ 85.13",
    );
  });
});
