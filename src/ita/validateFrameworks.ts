import { Checker } from "./dataError";
import {
  INSTRUMENTS,
  type Crosswalk,
  type IndicatorDef,
  type Instrument,
  type ItaFacts,
  type ItemDef,
  type ItemList,
  type YearFacts,
} from "./types";

const FILE = "src/ita/frameworks.json";
const AGGREGATES = ["mean-of-items", "mean-of-subindicators"] as const;
const c = new Checker(FILE);

/**
 * Checks frameworks.json when it is loaded and returns it typed; a malformed entry throws a DataFileError
 * naming it (e.g. `lists["OIT-C"].items[7].n must be a number from 1 to 99`).
 */
export function validateFrameworks(data: unknown): ItaFacts {
  const root = c.object(data, "(file)");
  const indicators = c.array(root.indicators, "indicators").map((v, i) => indicator(v, `indicators[${i}]`));
  const numbers = indicators.map((i) => i.number);
  numbers.forEach((n, i) => {
    if (n !== i + 1)
      c.fail(`indicators[${i}].number`, `must be ${i + 1} (indicators are numbered 1…N in order)`);
  });
  const prakaden = c.array(root.prakaden, "prakaden").map((v, i) => {
    const o = c.object(v, `prakaden[${i}]`);
    return {
      number: c.number(o.number, `prakaden[${i}].number`, 1, 99),
      name: c.string(o.name, `prakaden[${i}].name`),
      indicators: c
        .array(o.indicators, `prakaden[${i}].indicators`)
        .map((n, k) => c.number(n, `prakaden[${i}].indicators[${k}]`, 1, numbers.length)),
    };
  });
  const placed = prakaden.flatMap((p) => p.indicators);
  if (new Set(placed).size !== placed.length)
    c.fail("prakaden[].indicators", "an indicator is listed under two ประเด็น");
  const lists: Record<string, ItemList> = {};
  for (const [id, v] of Object.entries(c.object(root.lists, "lists")))
    lists[id] = itemList(
      v,
      `lists["${id}"]`,
      numbers,
      prakaden.map((p) => p.number),
    );
  const years: Record<string, YearFacts> = {};
  for (const [y, v] of Object.entries(c.object(root.years, "years"))) {
    if (!/^25\d\d$/.test(y)) c.fail(`years["${y}"]`, "must be a Buddhist-era year such as 2567");
    years[y] = yearFacts(v, `years["${y}"]`, lists);
  }
  const crosswalks = c
    .array(root.crosswalks, "crosswalks")
    .map((v, i) => crosswalk(v, `crosswalks[${i}]`, lists));
  const levelsObj = c.object(root.levels, "levels");
  const legacy = c.array(levelsObj.legacy, "levels.legacy").map((v, i) => {
    const o = c.object(v, `levels.legacy[${i}]`);
    return {
      level: c.string(o.level, `levels.legacy[${i}].level`),
      min: c.number(o.min, `levels.legacy[${i}].min`, 0, 100),
    };
  });
  const l = c.object(levelsObj["2567"], 'levels["2567"]');
  const names = c.strings(l.names, 'levels["2567"].names');
  if (names.length !== 5) c.fail('levels["2567"].names', "must hold the 5 level words, best first");
  const levels2567 = {
    excellent: c.number(l.excellent, 'levels["2567"].excellent', 0, 100),
    good: c.number(l.good, 'levels["2567"].good', 0, 100),
    improveFrom: c.number(l.improveFrom, 'levels["2567"].improveFrom', 0, 100),
    names: [names[0]!, names[1]!, names[2]!, names[3]!, names[4]!] as [
      string,
      string,
      string,
      string,
      string,
    ],
    confidence: c.string(l.confidence, 'levels["2567"].confidence'),
    source: c.string(l.source, 'levels["2567"].source'),
  };
  const levels = {
    legacy,
    legacySource: c.string(levelsObj.legacySource, "levels.legacySource"),
    legacyConfidence: c.string(levelsObj.legacyConfidence, "levels.legacyConfidence"),
    "2567": levels2567,
  };
  const prakadenSource = c.string(root.prakadenSource, "prakadenSource");
  const prakadenIndicatorsSource = c.string(root.prakadenIndicatorsSource, "prakadenIndicatorsSource");
  return { indicators, prakaden, prakadenSource, prakadenIndicatorsSource, levels, years, lists, crosswalks };
}

function indicator(v: unknown, at: string): IndicatorDef {
  const o = c.object(v, at);
  const renamed =
    o.renamed === undefined
      ? undefined
      : c.array(o.renamed, `${at}.renamed`).map((r, i) => {
          const x = c.object(r, `${at}.renamed[${i}]`);
          return {
            from: c.number(x.from, `${at}.renamed[${i}].from`, 2500, 2700),
            name: c.string(x.name, `${at}.renamed[${i}].name`),
            source: c.string(x.source, `${at}.renamed[${i}].source`),
            confidence: c.string(x.confidence, `${at}.renamed[${i}].confidence`),
          };
        });
  return {
    number: c.number(o.number, `${at}.number`, 1, 99),
    name: c.string(o.name, `${at}.name`),
    instrument: c.oneOf(o.instrument, `${at}.instrument`, INSTRUMENTS),
    source: c.string(o.source, `${at}.source`),
    ...(renamed ? { renamed } : {}),
  };
}

function itemList(v: unknown, at: string, indicators: number[], prakaden: number[]): ItemList {
  const o = c.object(v, at);
  const items = c
    .array(o.items, `${at}.items`)
    .map((x, i) => item(x, `${at}.items[${i}]`, indicators, prakaden));
  items.forEach((it, i) => {
    if (it.n !== i + 1)
      c.fail(`${at}.items[${i}].n`, `must be ${i + 1} (items are numbered 1…N in order, none missing)`);
  });
  const count = o.count === null ? null : c.number(o.count, `${at}.count`, 1, 99);
  if (count !== null && count !== items.length)
    c.fail(`${at}.count`, `is ${count} but the list has ${items.length} items`);
  return {
    instrument: c.oneOf(o.instrument, `${at}.instrument`, INSTRUMENTS),
    years: c.string(o.years, `${at}.years`),
    count,
    aggregate: o.aggregate === null ? null : c.oneOf(o.aggregate, `${at}.aggregate`, AGGREGATES),
    confidence: c.string(o.confidence, `${at}.confidence`),
    source: c.string(o.source, `${at}.source`),
    ...(o.indicatorNote === undefined
      ? {}
      : { indicatorNote: c.string(o.indicatorNote, `${at}.indicatorNote`) }),
    items,
  };
}

function item(v: unknown, at: string, indicators: number[], prakaden: number[]): ItemDef {
  const o = c.object(v, at);
  const indicator = o.indicator === null ? null : c.number(o.indicator, `${at}.indicator`, 1, 99);
  if (indicator !== null && !indicators.includes(indicator))
    c.fail(`${at}.indicator`, `${indicator} is not an indicator`);
  const p =
    o.prakaden === undefined || o.prakaden === null
      ? o.prakaden
      : c.number(o.prakaden, `${at}.prakaden`, 1, 99);
  if (typeof p === "number" && !prakaden.includes(p)) c.fail(`${at}.prakaden`, `${p} is not a ประเด็น`);
  const flag = (k: string) => (o[k] === undefined ? {} : { [k]: o[k] === true });
  return {
    n: c.number(o.n, `${at}.n`, 1, 99),
    indicator,
    ...(o.sub === undefined ? {} : { sub: c.string(o.sub, `${at}.sub`) }),
    ...(p === undefined ? {} : { prakaden: p }),
    ...flag("indicatorInferred"),
    ...flag("prakadenInferred"),
    ...(o.prakadenSource === undefined
      ? {}
      : { prakadenSource: c.string(o.prakadenSource, `${at}.prakadenSource`) }),
    topic: c.nullableString(o.topic, `${at}.topic`),
    ...(o.topicUnknown === undefined ? {} : { topicUnknown: c.string(o.topicUnknown, `${at}.topicUnknown`) }),
    confidence: c.string(o.confidence, `${at}.confidence`),
  };
}

function yearFacts(v: unknown, at: string, lists: Record<string, ItemList>): YearFacts {
  const o = c.object(v, at);
  const l = c.object(o.lists, `${at}.lists`);
  const w = c.object(o.weights, `${at}.weights`);
  const ids = {} as Record<Instrument, string>;
  const weights = {} as Record<Instrument, number>;
  for (const inst of INSTRUMENTS) {
    ids[inst] = c.string(l[inst], `${at}.lists.${inst}`);
    if (lists[ids[inst]]?.instrument !== inst)
      c.fail(`${at}.lists.${inst}`, `names "${ids[inst]}", which is not an ${inst} list`);
    weights[inst] = c.number(w[inst], `${at}.weights.${inst}`, 0, 1);
  }
  const sum = INSTRUMENTS.reduce((s, i) => s + weights[i], 0);
  if (Math.abs(sum - 1) > 1e-9) c.fail(`${at}.weights`, `must add up to 1 (they add up to ${sum})`);
  const confirmed =
    typeof o.weightsConfirmed === "boolean"
      ? o.weightsConfirmed
      : c.fail(`${at}.weightsConfirmed`, "must be true or false");
  return {
    lists: ids,
    levelScheme: c.oneOf(o.levelScheme, `${at}.levelScheme`, ["legacy", "2567"]),
    ...(o.levelSchemeSource === undefined
      ? {}
      : { levelSchemeSource: c.string(o.levelSchemeSource, `${at}.levelSchemeSource`) }),
    ...(o.levelSchemeAlso === undefined
      ? {}
      : {
          levelSchemeAlso: c.oneOf(o.levelSchemeAlso, `${at}.levelSchemeAlso`, ["legacy", "2567"] as const),
        }),
    grouping: c.oneOf(o.grouping, `${at}.grouping`, ["indicator", "prakaden"]),
    weights,
    weightsConfirmed: confirmed,
    weightsSource: c.string(o.weightsSource, `${at}.weightsSource`),
  };
}

function crosswalk(v: unknown, at: string, lists: Record<string, ItemList>): Crosswalk {
  const o = c.object(v, at);
  const from = c.string(o.from, `${at}.from`);
  const to = c.string(o.to, `${at}.to`);
  const a = lists[from] ?? c.fail(`${at}.from`, `"${from}" is not a list`);
  const b = lists[to] ?? c.fail(`${at}.to`, `"${to}" is not a list`);
  if (a.instrument !== b.instrument) c.fail(at, `maps ${a.instrument} items to ${b.instrument} items`);
  const pairs = c.array(o.pairs, `${at}.pairs`).map((p, i): [number, number] => {
    const [f, t] = c.array(p, `${at}.pairs[${i}]`);
    const x = c.number(f, `${at}.pairs[${i}][0]`, 1, a.items.length);
    const y = c.number(t, `${at}.pairs[${i}][1]`, 1, b.items.length);
    return [x, y];
  });
  const notes = (key: "added" | "dropped", max: number, paired: Set<number>) =>
    (o[key] === undefined ? [] : c.array(o[key], `${at}.${key}`)).map((e, i) => {
      const x = c.object(e, `${at}.${key}[${i}]`);
      const n = c.number(x.n, `${at}.${key}[${i}].n`, 1, max);
      if (paired.has(n)) c.fail(`${at}.${key}[${i}].n`, `${n} is also in a pair`);
      return { n, note: c.string(x.note, `${at}.${key}[${i}].note`) };
    });
  return {
    from,
    to,
    kind: c.oneOf(o.kind, `${at}.kind`, ["explicit", "topic"]),
    confidence: c.string(o.confidence, `${at}.confidence`),
    source: c.string(o.source, `${at}.source`),
    pairs,
    added: notes("added", b.items.length, new Set(pairs.map(([, y]) => y))),
    dropped: notes("dropped", a.items.length, new Set(pairs.map(([x]) => x))),
  };
}
