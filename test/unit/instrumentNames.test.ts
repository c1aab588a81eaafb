import { parseSummaryRowLabel } from "../../src/analysis/parseLabels";

describe("an instrument's row named as the ITA manual and ITAS name it", () => {
  test.each([
    ["แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT)", "IIT"],
    ["แบบวัดการรับรู้ผู้มีส่วนได้ส่วนเสียภายนอก (EIT)", "EIT"],
    ["แบบวัดการเปิดเผยข้อมูลสาธารณะ (OIT)", "OIT"],
    ["แบบวัดการเปิดเผยข้อมูลสาธารณะ", "OIT"],
    ["คะแนนแบบวัด IIT", "IIT"],
    ["IIT", "IIT"],
  ])("%s is %s", (label, instrument) =>
    expect(parseSummaryRowLabel(label)).toEqual({ kind: "instrument", instrument }),
  );

  test("a name and a code that contradict each other are neither", () => {
    expect(parseSummaryRowLabel("แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (EIT)")).toBeNull();
    expect(parseSummaryRowLabel("แบบวัดความพึงพอใจ")).toBeNull();
  });
});
