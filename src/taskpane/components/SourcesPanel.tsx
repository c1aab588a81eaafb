import type { Lang } from "../../analysis/messages";
import type { PipelineResult } from "../../pipeline";
import { textIn } from "../i18n";
import type { PaneSettings } from "../paneHost";
import { Sources } from "./Sources";
import { YearField } from "./YearField";

interface Props {
  lang: Lang;
  /** The tables to list, excluded ones included. */
  tables: PipelineResult["report"]["tables"];
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
