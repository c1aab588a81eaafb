import { type Lang, message } from "../analysis/messages";
import type { Diagnostic } from "../analysis/types";
import { diagnosticJson } from "../analysis/report";
import type { Comparison } from "./compareAgencies";
import type { CompareOrder } from "./compareOrder";

export const COMPARE_SCHEMA = "ita-compare/1";

/** The comparison as the `--json` contract (schema ita-compare/1), messages in the user's language. */
export function compareJson(c: Comparison, lang: Lang, order: CompareOrder = "total") {
  const said = (d: Diagnostic) => diagnosticJson(d, lang);
  return {
    schema: COMPARE_SCHEMA,
    threshold: c.threshold,
    /** How the sheet lists the agencies (the array here is always by rank). */
    order,
    /** The year the agencies are ranked by. */
    year: c.year,
    years: c.years,
    agencies: c.agencies.map((a) => ({
      name: a.name,
      ...(a.file !== undefined ? { file: a.file } : {}),
      where: a.where,
      years: Object.fromEntries(
        a.years.map((y) => [
          String(y.year),
          {
            total: y.total,
            totalSource: y.totalSource,
            /** True when the total or level is computed here, not published: an estimate. */
            estimate: y.totalSource === "computed" || y.levelEstimate,
            level: y.level,
            indicators: y.indicators,
            ...(y.estimatedIndicators.length ? { estimatedIndicators: y.estimatedIndicators } : {}),
            below: y.below,
          },
        ]),
      ),
      delta: a.delta,
      rank: a.rank,
      diagnostics: a.diagnostics.map(said),
    })),
    /** Agencies listed but not compared, each with why. */
    notRead: c.notRead.map((n) => ({
      name: n.name,
      ...(n.file !== undefined ? { file: n.file } : {}),
      where: n.where,
      code: n.id,
      message: message(n.id, n.params, lang),
    })),
    diagnostics: c.diagnostics.map(said),
  };
}

export type CompareReport = ReturnType<typeof compareJson>;
