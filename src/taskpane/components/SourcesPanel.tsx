import { Checkbox, makeStyles } from "@fluentui/react-components";
import type { Lang } from "../../analysis/messages";
import type { PipelineResult } from "../../pipeline";
import { textIn } from "../i18n";
import type { PaneSettings } from "../paneHost";
import { Sources } from "./Sources";
import { YearField } from "./YearField";

const useStyles = makeStyles({ list: { listStyle: "none", margin: 0, padding: 0 } });

interface Props {
  lang: Lang;
  /** The tables to list, excluded ones included. */
  tables: PipelineResult["report"]["tables"];
  /** Hidden sheets holding score tables: those left out and those the officer included. */
  hiddenSheets: string[];
  settings: PaneSettings;
  onSettings(s: PaneSettings): void;
  note: string | null;
  onSelect?(sheet: string, cell?: string): void;
  onUseSelection?(): void;
}

/** The data used: the tables found (tick to include), "use the selected table", the year of yearless tables. */
export function SourcesPanel(p: Props) {
  const { lang, settings } = p;
  const t = textIn(lang);
  const s = useStyles();
  return (
    <>
      <Sources
        lang={lang}
        tables={p.tables}
        excluded={settings.excludedTables}
        onToggle={(key, include) =>
          p.onSettings({
            ...settings,
            excludedTables: include
              ? settings.excludedTables.filter((k) => k !== key)
              : [...settings.excludedTables, key],
          })
        }
        onSelect={p.onSelect}
        onUseSelection={p.onUseSelection}
        selectionNote={p.note}
      />
      {p.hiddenSheets.length > 0 && (
        <ul className={s.list} aria-label={t("hiddenSheets")}>
          {p.hiddenSheets.map((sheet) => (
            <li key={sheet}>
              <Checkbox
                label={t("hiddenSheet", { sheet })}
                checked={settings.includeHidden.includes(sheet)}
                onChange={(_, d) =>
                  p.onSettings({
                    ...settings,
                    includeHidden:
                      d.checked === true
                        ? [...settings.includeHidden, sheet]
                        : settings.includeHidden.filter((x) => x !== sheet),
                  })
                }
              />
            </li>
          ))}
        </ul>
      )}
      <YearField
        label={t("defaultYear")}
        value={settings.defaultYear}
        hint={t("defaultYearHint")}
        invalid={t("yearInvalid")}
        onCommit={(y) => p.onSettings({ ...settings, defaultYear: y })}
      />
    </>
  );
}
