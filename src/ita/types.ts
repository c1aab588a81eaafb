export type Instrument = "IIT" | "EIT" | "OIT";
export type Channel = "EP" | "ES";
export const INSTRUMENTS: readonly Instrument[] = ["IIT", "EIT", "OIT"];

export interface ItemDef {
  n: number;
  indicator: number | null;
  /** True when the indicator was inferred from the 2566 item of the same title (OIT 2567+). */
  indicatorInferred?: boolean;
  sub?: string;
  prakaden?: number | null;
  /** True when the ประเด็น was inferred by title from the 2567 item (the 2568/2569 lists give none). */
  prakadenInferred?: boolean;
  prakadenSource?: string;
  topic: string | null;
  /** Why the topic is null: the wording is not known (and what would settle it). */
  topicUnknown?: string;
  confidence: string;
}

/** One numbered item list of one instrument, valid for one or more assessment years. */
export interface ItemList {
  instrument: Instrument;
  years: string;
  /** Number of items, or null when the list's length is not known. */
  count: number | null;
  /** How item scores make an indicator score, or null when not known for this list. */
  aggregate: "mean-of-items" | "mean-of-subindicators" | null;
  confidence: string;
  source: string;
  /** How the items' indicators were found, when inferred. */
  indicatorNote?: string;
  items: ItemDef[];
}

export interface YearFacts {
  lists: Record<Instrument, string>;
  /** "2567" is the ผ่านดีเยี่ยม … scheme, used from ITA 2566 on despite its name (see levelSchemeSource). */
  levelScheme: "legacy" | "2567";
  levelSchemeSource?: string;
  /** Another scheme whose words a sheet may print for this year (both are attested): accepted as given. */
  levelSchemeAlso?: "legacy" | "2567";
  grouping: "indicator" | "prakaden";
  weights: Record<Instrument, number>;
  weightsConfirmed: boolean;
  weightsSource: string;
}

export interface Crosswalk {
  from: string;
  to: string;
  kind: "explicit" | "topic";
  confidence: string;
  source: string;
  pairs: [number, number][];
  /** Items of the later list with no earlier counterpart (new in that year), each with why it is thought so. */
  added: { n: number; note: string }[];
  /** Items of the earlier list with no later counterpart (dropped or absorbed), each with why. */
  dropped: { n: number; note: string }[];
}

export interface LegacyLevel {
  level: string;
  min: number;
}

export interface Levels2567 {
  excellent: number;
  good: number;
  improveFrom: number;
  names: [string, string, string, string, string];
  confidence: string;
  source: string;
}

/** One of the 10 indicators; its meaning never changes, its printed name may (renamed from a year on). */
export interface IndicatorDef {
  number: number;
  name: string;
  instrument: Instrument;
  source: string;
  renamed?: { from: number; name: string; source: string; confidence: string }[];
}

export interface ItaFacts {
  indicators: IndicatorDef[];
  /** The seven ประเด็น (2567+) and the indicators an indicator-only workbook lists under each (prakadenIndicatorsSource). */
  prakaden: { number: number; name: string; indicators: number[] }[];
  levels: { legacy: LegacyLevel[]; legacySource: string; legacyConfidence: string; "2567": Levels2567 };
  prakadenSource: string;
  prakadenIndicatorsSource: string;
  years: Record<string, YearFacts>;
  lists: Record<string, ItemList>;
  crosswalks: Crosswalk[];
}
