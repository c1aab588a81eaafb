import data from "./recommendations.json";
import { itemDef, listIdFor } from "./catalog";
import type { Instrument } from "./types";
import { loadRecommendations } from "./validateRecommendations";

export interface RecommendationTemplate {
  measure: string;
  observation: string;
  action: string;
  oitRefs?: string[];
  steps: string[];
  owner: string;
  period: string;
  monitoring: string;
}

interface RecommendationData {
  templates: Record<string, RecommendationTemplate>;
  oitTopics: Record<string, Record<string, number>>;
  items: Record<string, Record<string, string>>;
  oit: Record<string, Record<string, RecommendationTemplate>>;
  keep: string;
}

const DATA: RecommendationData = loadRecommendations(data);

/** The text for a group whose items all pass. */
export const KEEP_STANDARD = DATA.keep;

/** A recommendation resolved for one item of one year: its OIT references numbered for that year. */
export interface Recommendation extends Omit<RecommendationTemplate, "oitRefs"> {
  /** Items with the same key share one measure. */
  key: string;
  /** OIT items that evidence the action, numbered for the year (o11, o28). */
  oitRefs: string[];
  /** The NACC-style sentence: observation, "ดังนั้น หน่วยงานควร…", "(อ้างอิงจาก oNN)". */
  text: string;
}

function resolve(key: string, t: RecommendationTemplate, year: number): Recommendation {
  const oitList = listIdFor(year, "OIT");
  const refs = (t.oitRefs ?? [])
    .map((topic) => (oitList ? DATA.oitTopics[topic]?.[oitList] : undefined))
    .filter((n): n is number => n !== undefined)
    .filter((n, i, all) => all.indexOf(n) === i)
    .map((n) => `o${n}`);
  const text = `${t.observation} ดังนั้น หน่วยงานควร${t.action}${refs.length ? ` (อ้างอิงจาก ${refs.join(", ")})` : ""}`;
  return { ...t, key, oitRefs: refs, text };
}

/** The recommendation for a weak indicator (also used for items whose wording is not known). */
export function indicatorRecommendation(indicator: number, year: number): Recommendation {
  const key = `indicator-${indicator}`;
  return resolve(key, DATA.templates[key]!, year);
}

/**
 * The recommendation for an item of a year: its own template for IIT/EIT items, the publication measure
 * for OIT items, else its indicator's template, else a generic one that names the item.
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
  return genericRecommendation(instrument, n, year);
}

/** For an item the catalogue knows nothing about: a measure that names the item, to be edited by the officer. */
function genericRecommendation(instrument: Instrument, n: number, year: number): Recommendation {
  const generic = DATA.templates[instrument === "OIT" ? "oit-generic" : "item-generic"]!;
  const code = `${instrument[0]!.toLowerCase()}${n}`;
  const fill = (s: string) => s.replace(/\{code\}/g, code);
  const t = {
    ...generic,
    measure: fill(generic.measure),
    observation: fill(generic.observation),
    action: fill(generic.action),
    steps: generic.steps.map(fill),
  };
  return resolve(`generic-${instrument}-${n}`, t, year);
}

/** Fills {fy} (fiscal year of the measures) and {fyStart} (the year its October falls in). */
export function fillYears(text: string, fiscalYear: number): string {
  return text.replace(/\{fy\}/g, String(fiscalYear)).replace(/\{fyStart\}/g, String(fiscalYear - 1));
}
