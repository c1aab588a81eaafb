import type { Analysis } from "../analysis/analyse";
import type { Lang } from "../analysis/messages";
import type { AnalysisReport } from "../analysis/report";

/** A short human summary: the years, what is flagged, the biggest drops, and how many diagnostics. */
export function summary(
  a: Analysis,
  r: AnalysisReport & { measures: unknown[] },
  lang: Lang,
  outFile: string | null,
  sheets: string[] = [],
): string {
  const th = lang === "th";
  const lines: string[] = [];
  const flagged = a.items.filter((i) => i.flagged);
  const urgent = flagged.filter((i) => i.class === "urgent").length;
  lines.push(
    th
      ? `ปีที่พบ: ${a.years.join(", ")} (ล่าสุด ${a.latestYear})`
      : `Years found: ${a.years.join(", ")} (latest ${a.latestYear})`,
  );
  if (r.total)
    lines.push(
      `${th ? "คะแนนรวม" : "Total"}: ${r.total.score.toFixed(2)}${r.level ? ` (${r.level.level})` : ""}`,
    );
  lines.push(
    th
      ? `ข้อที่ต่ำกว่าเกณฑ์ ${a.threshold}: ${flagged.length} จาก ${a.items.length} ข้อ (เร่งด่วน ${urgent}, ต้องพัฒนา ${flagged.length - urgent})`
      : `Items below ${a.threshold}: ${flagged.length} of ${a.items.length} (urgent ${urgent}, improve ${flagged.length - urgent})`,
  );
  const weakInd = a.indicators.filter((i) => i.flagged).map((i) => i.number);
  lines.push(
    th
      ? `ตัวชี้วัดที่ต่ำกว่าเกณฑ์: ${weakInd.length ? weakInd.join(", ") : "ไม่มี"}`
      : `Indicators below the mark: ${weakInd.length ? weakInd.join(", ") : "none"}`,
  );
  const drops = [
    ...a.items,
    ...a.indicators.map((i) => ({ ...i, code: th ? `ตัวชี้วัดที่ ${i.number}` : `indicator ${i.number}` })),
  ]
    .filter((i) => i.delta !== null && i.delta < 0)
    .sort((x, y) => x.delta! - y.delta!)
    .slice(0, 3);
  if (drops.length)
    lines.push(
      `${th ? "ลดลงมากที่สุด" : "Biggest drops"}: ${drops.map((d) => `${d.code} ${d.delta!.toFixed(2)}`).join(", ")}`,
    );
  const warnings = r.diagnostics.filter((d) => d.level !== "info");
  if (warnings.length) {
    lines.push(th ? `คำเตือน ${warnings.length} รายการ:` : `${warnings.length} warning(s):`);
    for (const d of warnings.slice(0, 10))
      lines.push(`  ${d.sheet ? `${d.sheet}!${d.cell ?? ""} ` : ""}${d.message}`);
    if (warnings.length > 10)
      lines.push(
        th
          ? `  … และอีก ${warnings.length - 10} รายการ (ดูใน --json)`
          : `  … and ${warnings.length - 10} more (see --json)`,
      );
  }
  lines.push(th ? `มาตรการ: ${r.measures.length} มาตรการ` : `Measures: ${r.measures.length}`);
  if (outFile)
    lines.push(
      `${th ? "บันทึกไฟล์" : "Wrote"}: ${outFile}${sheets.length ? ` (${th ? "ชีต" : "sheets"}: ${sheets.join(", ")})` : ""}`,
    );
  return lines.join("\n");
}
