import data from "./recommendations.json";
import { itemDef, itemList, listIdFor } from "./catalog";
import type { Instrument } from "./types";
import {
  type KeepTemplateData,
  type RecommendationData,
  type RecommendationTemplateData,
  loadRecommendations,
} from "./validateRecommendations";

export type RecommendationTemplate = RecommendationTemplateData;
export type KeepTemplate = KeepTemplateData;

const DATA: RecommendationData = loadRecommendations(data);

/** The text for a group whose items all pass. */
export const KEEP_STANDARD = DATA.keep;

/** A recommendation resolved for one item of one year: its OIT references numbered for that year. */
export interface Recommendation extends Omit<RecommendationTemplate, "oitRefs" | "subIndicatorRefs"> {
  /** Items with the same key share one measure. */
  key: string;
  /** OIT items that evidence the action, numbered for the year (o11, o28), or sub-indicators ("9.1"). */
  oitRefs: string[];
  /** The NACC-style sentence: observation, "ดังนั้น หน่วยงานควร…", "(อ้างอิงจาก oNN)". */
  text: string;
}

/** Whether the year's OIT list is grouped in sub-indicators (9.1–10.2), as up to 2566. */
function hasSubIndicators(year: number): boolean {
  return itemList(year, "OIT")?.items.some((i) => i.sub) ?? false;
}

function resolve(key: string, t: RecommendationTemplate, year: number): Recommendation {
  const oitList = listIdFor(year, "OIT");
  const subs = t.subIndicatorRefs && hasSubIndicators(year) ? t.subIndicatorRefs : null;
  const refs = subs
    ? []
    : (t.oitRefs ?? [])
        .map((topic) => (oitList ? DATA.oitTopics[topic]?.[oitList] : undefined))
        .filter((n): n is number => n !== undefined)
        .filter((n, i, all) => all.indexOf(n) === i)
        .map((n) => `o${n}`);
  const cited = subs ? `ตัวชี้วัด ${subs.join(", ")}` : refs.join(", ");
  const text = `${t.observation} ดังนั้น หน่วยงานควร${t.action}${cited ? ` (อ้างอิงจาก${subs ? "" : " "}${cited})` : ""}`;
  return {
    measure: t.measure,
    observation: t.observation,
    action: t.action,
    steps: t.steps,
    owner: t.owner,
    period: t.period,
    monitoring: t.monitoring,
    key,
    oitRefs: subs ?? refs,
    text,
  };
}

/** The recommendation for a weak indicator (also used for items whose wording is not known). */
export function indicatorRecommendation(indicator: number, year: number): Recommendation {
  const key = `indicator-${indicator}`;
  return resolve(key, DATA.templates[key]!, year);
}

/**
 * The recommendation for an item of a year: its own template for IIT/EIT items, the publication measure
 * for OIT items, else its indicator's template, else a general one that names the item.
 */
export function itemRecommendation(year: number, instrument: Instrument, n: number): Recommendation {
  const list = listIdFor(year, instrument);
  if (list && instrument === "OIT") {
    const t = DATA.oit[list]?.[String(n)];
    if (t) return resolve(`oit-${list}-${n}`, t, year);
  } else if (list) {
    const key = DATA.items[list]?.[String(n)];
    if (key) return resolve(key, DATA.templates[key]!, year);
  }
  const indicator = itemDef(year, instrument, n)?.indicator;
  if (indicator) return indicatorRecommendation(indicator, year);
  return generalRecommendation(instrument, n, year);
}

/** For an item the catalogue knows nothing about: a measure that names the item. */
function generalRecommendation(instrument: Instrument, n: number, year: number): Recommendation {
  const general = DATA.templates[instrument === "OIT" ? "oit-generic" : "item-generic"]!;
  const code = `${instrument[0]!.toLowerCase()}${n}`;
  const fill = (s: string) => s.replace(/\{code\}/g, code);
  const t = {
    ...general,
    measure: fill(general.measure),
    observation: fill(general.observation),
    action: fill(general.action),
    steps: general.steps.map(fill),
  };
  return resolve(`general-${instrument}-${n}`, t, year);
}

/** The keep-and-raise measure of a passing indicator or ประเด็น. */
export function keepRecommendation(kind: "indicator" | "prakaden", n: number): KeepTemplate | undefined {
  return DATA.keepTemplates[`${kind}-${n}`];
}

/** What an OIT item of a year asks to publish, as its catalogue entry names it ("แผนปฏิบัติการป้องกันการทุจริต"). */
export function oitTopic(year: number, n: number): string | null {
  const list = listIdFor(year, "OIT");
  const quoted = list ? /“([^”]+)”/.exec(DATA.oit[list]?.[String(n)]?.measure ?? "")?.[1] : undefined;
  return quoted ?? itemDef(year, "OIT", n)?.topic ?? null;
}

/** Fills {fy} (fiscal year of the measures) and {fyStart} (the year its October falls in). */
export function fillYears(text: string, fiscalYear: number): string {
  return text.replace(/\{fy\}/g, String(fiscalYear)).replace(/\{fyStart\}/g, String(fiscalYear - 1));
}
