import { Badge, Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { ItemResult } from "../../analysis/analyse";
import type { Lang } from "../../analysis/messages";
import type { ItemClass } from "../../analysis/settings";
import { textIn } from "../i18n";
import { useRovingFocus } from "../useRovingFocus";
import { changeText } from "../changeText";
import { fixed2 } from "./numbers";

const useStyles = makeStyles({
  group: { margin: `${tokens.spacingVerticalS} 0 0`, fontSize: tokens.fontSizeBase300 },
  list: { listStyle: "none", margin: 0, padding: 0 },
  item: {
    display: "grid",
    gridTemplateColumns: "1fr auto",
    columnGap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXS} 0`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
  },
  code: { fontWeight: tokens.fontWeightSemibold, minWidth: 0, overflowWrap: "anywhere" },
  score: { textAlign: "right", fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap" },
  detail: { gridColumn: "1 / -1", color: tokens.colorNeutralForeground2 },
  link: { minWidth: 0, padding: 0, justifyContent: "start", textAlign: "start", height: "auto" },
});

const COLOR: Record<ItemClass, "danger" | "warning" | "informative" | "success"> = {
  urgent: "danger",
  improve: "warning",
  declined: "informative",
  keep: "success",
};
const CLASS_TEXT = {
  urgent: "classUrgent",
  improve: "classImprove",
  declined: "classDeclined",
  keep: "classKeep",
} as const;

interface Props {
  lang: Lang;
  items: ItemResult[];
  threshold: number;
  urgentBelow: number;
  measureOf(code: string): string;
  /** The measures are still being worked out (their titles come a moment later): the list says it is busy. */
  measuresPending?: boolean;
  /** The ประเด็น or indicator heading an item is listed under. */
  groupOf(item: ItemResult): string;
  onSelect?(sheet: string, cell: string): void;
}

/** The items below the mark, grouped, each with its code and title, change, class and the measure it will get. */
export function FlaggedItems(p: Props) {
  const { lang, items, threshold, urgentBelow, measureOf, groupOf, onSelect } = p;
  const s = useStyles();
  const roving = useRovingFocus();
  let index = 0;
  const t = textIn(lang);
  const flagged = items.filter((i) => i.flagged);
  const groups = new Map<string, ItemResult[]>();
  for (const i of flagged) groups.set(groupOf(i), [...(groups.get(groupOf(i)) ?? []), i]);
  return (
    <section aria-labelledby="flagged-title">
      <h2 id="flagged-title" className={s.group}>
        {t("flagged")} ({flagged.length})
      </h2>
      {flagged.length === 0 ? (
        <Text data-testid="nothing-flagged">{t(items.length === 0 ? "noItemScores" : "nothingFlagged")}</Text>
      ) : (
        <div data-testid="flagged" aria-busy={p.measuresPending === true} onKeyDown={roving.onKeyDown}>
          <Text size={200} block>
            {t("classHelp", { urgent: urgentBelow, mark: threshold })}
          </Text>
          {[...groups].map(([group, list]) => (
            <div key={group}>
              <h3 className={s.group}>{group}</h3>
              <ul className={s.list}>
                {list.map((i) => {
                  const name = `${i.code} ${i.title ?? i.topic ?? ""}`.trim();
                  return (
                    <li key={i.code} className={s.item}>
                      <span className={s.code}>
                        {onSelect ? (
                          <Button
                            className={s.link}
                            appearance="transparent"
                            size="small"
                            title={t("goToCell", { where: `${i.sheet}!${i.cell}` })}
                            tabIndex={roving.tabIndexOf(index++)}
                            onClick={() => onSelect(i.sheet, i.cell)}
                          >
                            {name}
                          </Button>
                        ) : (
                          name
                        )}
                      </span>
                      <span className={s.score}>
                        {fixed2(i.score)}{" "}
                        <Badge color={COLOR[i.class]} appearance="tint">
                          {t(CLASS_TEXT[i.class])}
                        </Badge>
                      </span>
                      <Text size={200} className={s.detail}>
                        {[
                          i.previous ? changeText(i, threshold, t) : "",
                          measureLine(measureOf(i.code), p.measuresPending === true, t("measure")),
                        ]
                          .filter((x) => x !== "")
                          .join(" · ")}
                      </Text>
                    </li>
                  );
                })}
              </ul>
            </div>
          ))}
        </div>
      )}
    </section>
  );
}

/** "มาตรการ: …" beside an item: its measure's title, an ellipsis while the measures are worked out, else nothing. */
function measureLine(title: string, pending: boolean, label: string): string {
  if (title) return `${label}: ${title}`;
  return pending ? `${label}: …` : "";
}
