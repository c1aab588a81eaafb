import { Field, Input, Select, Switch, makeStyles, tokens } from "@fluentui/react-components";
import type { Lang } from "../../analysis/messages";
import { textIn } from "../i18n";
import { GARUDA_MAX_BYTES } from "../../sheets/garuda";
import { DOC_PEOPLE, type PaneSettings } from "../paneHost";
import { DocumentChoice } from "./DocumentChoice";
import { GarudaField } from "./GarudaField";
import { PublishedTotalField } from "./PublishedTotalField";
import { ScoreField } from "./ScoreField";
import { YearField } from "./YearField";

interface Props {
  lang: Lang;
  /** Every document the pipeline can write. */
  documentKinds: readonly string[];
  settings: PaneSettings;
  /** The fiscal year the measures get when the field is blank. */
  defaultFiscalYear: number | null;
  /** The latest year assessed and its levels, for NACC's published total; null when no year was read. */
  assessedYear: { year: number; levels: readonly string[] } | null;
  agencyGuessed: boolean;
  agencyMissing: boolean;
  onChange(s: PaneSettings): void;
  /** The name of the chosen last-year measures file and how many sheets it holds. */
  previous: { name: string; sheets: number } | null;
  onPreviousFile(file: File | null): void;
}

const FONTS: PaneSettings["font"][] = ["TH SarabunPSK", "TH Sarabun New"];

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
});

/** Who the documents are for and from, which documents, and the marks; every change applies at once. */
export function SettingsForm(p: Props) {
  const { lang, settings, onChange } = p;
  const s = useStyles();
  const t = textIn(lang);
  const set = <K extends keyof PaneSettings>(k: K, v: PaneSettings[K]) => onChange({ ...settings, [k]: v });
  return (
    <div className={s.form}>
      <Field
        label={t("agency")}
        required
        validationState={p.agencyMissing ? "error" : "none"}
        validationMessage={p.agencyMissing ? t("agencyMissing") : undefined}
        hint={p.agencyGuessed && !p.agencyMissing ? t("agencyGuessed") : undefined}
      >
        <Input id="agency" value={settings.agency} onChange={(_, d) => set("agency", d.value)} />
      </Field>
      {DOC_PEOPLE.map((k) => (
        <Field key={k} label={t(k)} hint={k === "division" ? t("blankPrints") : undefined}>
          <Input value={settings[k]} onChange={(_, d) => set(k, d.value)} />
        </Field>
      ))}
      <GarudaField
        value={settings.garuda}
        label={t("garuda")}
        hint={t("garudaHint")}
        chosen={(width, height) => t("garudaChosen", { width, height })}
        invalid={t("garudaInvalid", { max: GARUDA_MAX_BYTES / 1000 })}
        remove={t("garudaRemove")}
        onChange={(g) => set("garuda", g)}
      />
      {p.assessedYear && (
        <PublishedTotalField
          year={p.assessedYear.year}
          levels={p.assessedYear.levels}
          value={settings.publishedTotals.find((x) => x.year === p.assessedYear!.year) ?? null}
          label={t("publishedTotal", { year: p.assessedYear.year })}
          hint={t("publishedTotalHint")}
          invalid={t("scoreInvalid")}
          levelLabel={t("publishedLevel")}
          onCommit={(v) =>
            set("publishedTotals", [
              ...settings.publishedTotals.filter((x) => x.year !== p.assessedYear!.year),
              ...(v ? [v] : []),
            ])
          }
        />
      )}
      <DocumentChoice
        lang={lang}
        kinds={p.documentKinds}
        chosen={settings.documents}
        onChange={(d) => set("documents", d)}
      />
      <ScoreField
        label={t("threshold")}
        value={settings.threshold}
        invalid={t("scoreInvalid")}
        onCommit={(n) => set("threshold", n)}
      />
      <ScoreField
        label={t("urgentBelow")}
        value={settings.urgentBelow}
        invalid={t("scoreInvalid")}
        onCommit={(n) => set("urgentBelow", n)}
      />
      <YearField
        label={t("fiscalYear")}
        value={settings.fiscalYear}
        hint={p.defaultFiscalYear === null ? "" : t("fiscalYearHint", { year: p.defaultFiscalYear })}
        invalid={t("yearInvalid")}
        onCommit={(y) => set("fiscalYear", y)}
      />
      <Field
        label={t("previousFile")}
        hint={
          p.previous
            ? t("previousLoaded", { name: p.previous.name, count: p.previous.sheets })
            : t("previousFileHint")
        }
      >
        {(props) => (
          <input
            {...props}
            type="file"
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            data-testid="previous-file"
            onChange={(e) => p.onPreviousFile(e.target.files?.[0] ?? null)}
          />
        )}
      </Field>
      <Field label={t("font")}>
        <Select
          value={settings.font}
          onChange={(_, d) => {
            const f = FONTS.find((x) => x === d.value);
            if (f) set("font", f);
          }}
        >
          {FONTS.map((f) => (
            <option key={f} value={f}>
              {f}
            </option>
          ))}
        </Select>
      </Field>
      <Switch
        label={t("thaiDigits")}
        checked={settings.thaiDigits}
        onChange={(_, d) => set("thaiDigits", d.checked)}
      />
    </div>
  );
}
