import { Checker } from "./dataError";

/** One recommendation and measure, as recommendations.json holds it (agencies may edit every text). */
export interface RecommendationTemplateData {
  measure: string;
  observation: string;
  action: string;
  oitRefs?: string[];
  /** Sub-indicators cited instead of OIT items in the years that have them ("ตัวชี้วัด 9.1, 9.2, 9.3"). */
  subIndicatorRefs?: string[];
  steps: string[];
  owner: string;
  period: string;
  monitoring: string;
}

/** A measure for a group whose items all pass: keep the standard and raise it. */
export interface KeepTemplateData {
  measure: string;
  /** The analysis sentence, as seed 003 writes it for passing items. */
  observation: string;
  steps: string[];
  owner: string;
  period: string;
  monitoring: string;
}

export interface RecommendationData {
  templates: Record<string, RecommendationTemplateData>;
  /** "indicator-N" / "prakaden-N" → the measure for a group whose items all pass. */
  keepTemplates: Record<string, KeepTemplateData>;
  /** OIT topic → list id → item number in that list. */
  oitTopics: Record<string, Record<string, number>>;
  /** List id → item number → template key. */
  items: Record<string, Record<string, string>>;
  /** OIT list id → item number → its own template. */
  oit: Record<string, Record<string, RecommendationTemplateData>>;
  keep: string;
  /** Internal notes (English) on how an entry was chosen; never printed. */
  notes?: Record<string, string>;
}

const FILE = "src/ita/recommendations.json";
const c = new Checker(FILE);
/** Templates the code falls back on: one per indicator and two generic ones. */
const REQUIRED = [
  ...Array.from({ length: 10 }, (_, i) => `indicator-${i + 1}`),
  "item-generic",
  "oit-generic",
];

/**
 * Checks recommendations.json (which agencies are invited to edit) when it is loaded: every template has
 * its texts, every item and OIT reference points at something that exists. A bad entry throws a
 * DataFileError naming it, e.g. `templates["bribery"].steps[2] must be a non-empty text`.
 */
export function loadRecommendations(data: unknown): RecommendationData {
  const root = c.object(data, "(file)");
  const oitTopics: Record<string, Record<string, number>> = {};
  for (const [topic, v] of Object.entries(c.object(root.oitTopics, "oitTopics"))) {
    oitTopics[topic] = {};
    for (const [list, n] of Object.entries(c.object(v, `oitTopics["${topic}"]`)))
      oitTopics[topic]![list] = c.number(n, `oitTopics["${topic}"]["${list}"]`, 1, 99);
  }
  const template = (v: unknown, at: string) => templateOf(v, at, oitTopics);
  const templates: Record<string, RecommendationTemplateData> = {};
  for (const [key, v] of Object.entries(c.object(root.templates, "templates")))
    templates[key] = template(v, `templates["${key}"]`);
  for (const key of REQUIRED)
    if (!templates[key]) c.fail(`templates["${key}"]`, "is missing (the code falls back on it)");
  const items: Record<string, Record<string, string>> = {};
  for (const [list, v] of Object.entries(c.object(root.items, "items"))) {
    items[list] = {};
    for (const [n, key] of Object.entries(c.object(v, `items["${list}"]`))) {
      const at = `items["${list}"]["${n}"]`;
      const k = c.string(key, at);
      if (!templates[k]) c.fail(at, `names template "${k}", which does not exist`);
      items[list]![n] = k;
    }
  }
  const oit: Record<string, Record<string, RecommendationTemplateData>> = {};
  for (const [list, v] of Object.entries(c.object(root.oit, "oit"))) {
    oit[list] = {};
    for (const [n, t] of Object.entries(c.object(v, `oit["${list}"]`)))
      oit[list]![n] = template(t, `oit["${list}"]["${n}"]`);
  }
  const keepTemplates: Record<string, KeepTemplateData> = {};
  for (const [key, v] of Object.entries(c.object(root.keepTemplates, "keepTemplates")))
    keepTemplates[key] = keepTemplateOf(v, `keepTemplates["${key}"]`);
  const notes: Record<string, string> = {};
  if (root.notes !== undefined)
    for (const [key, v] of Object.entries(c.object(root.notes, "notes")))
      notes[key] = c.string(v, `notes["${key}"]`);
  return { templates, keepTemplates, oitTopics, items, oit, keep: c.string(root.keep, "keep"), notes };
}

function templateOf(
  v: unknown,
  at: string,
  oitTopics: Record<string, Record<string, number>>,
): RecommendationTemplateData {
  const o = c.object(v, at);
  const oitRefs = o.oitRefs === undefined ? undefined : c.strings(o.oitRefs, `${at}.oitRefs`);
  oitRefs?.forEach((ref, i) => {
    if (!oitTopics[ref]) c.fail(`${at}.oitRefs[${i}]`, `names OIT topic "${ref}", which is not in oitTopics`);
  });
  return {
    measure: c.string(o.measure, `${at}.measure`),
    observation: c.string(o.observation, `${at}.observation`),
    action: c.string(o.action, `${at}.action`),
    ...(oitRefs ? { oitRefs } : {}),
    ...(o.subIndicatorRefs === undefined
      ? {}
      : { subIndicatorRefs: c.strings(o.subIndicatorRefs, `${at}.subIndicatorRefs`) }),
    steps: c.strings(o.steps, `${at}.steps`),
    owner: c.string(o.owner, `${at}.owner`),
    period: c.string(o.period, `${at}.period`),
    monitoring: c.string(o.monitoring, `${at}.monitoring`),
  };
}

function keepTemplateOf(v: unknown, at: string): KeepTemplateData {
  const o = c.object(v, at);
  return {
    measure: c.string(o.measure, `${at}.measure`),
    observation: c.string(o.observation, `${at}.observation`),
    steps: c.strings(o.steps, `${at}.steps`),
    owner: c.string(o.owner, `${at}.owner`),
    period: c.string(o.period, `${at}.period`),
    monitoring: c.string(o.monitoring, `${at}.monitoring`),
  };
}
