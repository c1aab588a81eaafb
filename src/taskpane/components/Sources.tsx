import { Button, Checkbox, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Lang } from "../../analysis/messages";
import type { AnalysisReport } from "../../analysis/report";
import { textIn } from "../i18n";

interface Props {
  lang: Lang;
  /** Every table found, the excluded ones included (they stay listed, unticked). */
  tables: AnalysisReport["tables"];
  excluded: string[];
  onToggle(key: string, include: boolean): void;
  onSelect?(sheet: string, range: string): void;
  onUseSelection?(): void;
  /** What the last "use the selected table" found. */
  selectionNote: string | null;
}

const useStyles = makeStyles({
  list: { listStyle: "none", margin: 0, padding: 0 },
  row: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalXS,
  },
});

/** The score tables found, as a checkbox list ("ITA 2567 · ปี 2567 · 24 ข้อ"); untick to leave a table out. */
export function Sources({
  lang,
  tables,
  excluded,
  onToggle,
  onSelect,
  onUseSelection,
  selectionNote,
}: Props) {
  const s = useStyles();
  const t = textIn(lang);
  return (
    <div>
      <ul className={s.list} aria-label={t("sourcesSection", { count: tables.length })}>
        {tables.map((tb) => {
          const key = `${tb.sheet}!${tb.range}`;
          return (
            <li key={key} className={s.row}>
              <Checkbox
                label={t("sourceLabel", {
                  sheet: tb.sheet,
                  years: tb.years.join(", ") || "–",
                  rows: tb.rows,
                  unit: t(tb.kind === "items" ? "unitItems" : "unitIndicators"),
                })}
                checked={!excluded.includes(key)}
                onChange={(_, d) => onToggle(key, d.checked === true)}
              />
              {onSelect && (
                <Button
                  size="small"
                  appearance="transparent"
                  aria-label={t("showTable", { where: key })}
                  onClick={() => onSelect(tb.sheet, tb.range)}
                >
                  {tb.range}
                </Button>
              )}
            </li>
          );
        })}
      </ul>
      {onUseSelection && (
        <Button size="small" onClick={onUseSelection}>
          {t("useSelection")}
        </Button>
      )}
      {selectionNote && (
        <Text block role="status" data-testid="selection-note">
          {selectionNote}
        </Text>
      )}
    </div>
  );
}
