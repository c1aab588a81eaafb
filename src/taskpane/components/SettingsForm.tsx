import { Button, Dropdown, Field, Input, Option, Switch } from "@fluentui/react-components";
import type { Lang } from "../../analysis/messages";
import { translate } from "../i18n";
import type { PaneSettings } from "../paneHost";

interface Props {
  lang: Lang;
  settings: PaneSettings;
  defaultFiscalYear: number | null;
  onChange(s: PaneSettings): void;
  onSave?(): void;
}

const FONTS: PaneSettings["font"][] = ["TH SarabunPSK", "TH Sarabun New"];

export function SettingsForm({ lang, settings, defaultFiscalYear, onChange, onSave }: Props) {
  const t = (k: Parameters<typeof translate>[1]) => translate(lang, k);
  const set = <K extends keyof PaneSettings>(k: K, v: PaneSettings[K]) => onChange({ ...settings, [k]: v });
  return (
    <section aria-labelledby="settings-title">
      <h2 id="settings-title">{t("settings")}</h2>
      <Field label={t("threshold")}>
        <Input
          type="number"
          min={0}
          max={100}
          value={String(settings.threshold)}
          onChange={(_, d) => {
            const n = Number(d.value);
            if (Number.isFinite(n) && n >= 0 && n <= 100) set("threshold", n);
          }}
        />
      </Field>
      <Field label={t("agency")}>
        <Input value={settings.agency} onChange={(_, d) => set("agency", d.value)} />
      </Field>
      <Field label={t("fiscalYear")}>
        <Input
          type="number"
          value={String(settings.fiscalYear ?? defaultFiscalYear ?? "")}
          onChange={(_, d) => set("fiscalYear", /^\d{4}$/.test(d.value) ? Number(d.value) : null)}
        />
      </Field>
      <Field label={t("defaultYear")}>
        <Input
          type="number"
          placeholder="2567"
          value={settings.defaultYear === null ? "" : String(settings.defaultYear)}
          onChange={(_, d) => set("defaultYear", /^\d{4}$/.test(d.value) ? Number(d.value) : null)}
        />
      </Field>
      <Field label={t("font")}>
        <Dropdown
          value={settings.font}
          selectedOptions={[settings.font]}
          onOptionSelect={(_, d) => set("font", d.optionValue as PaneSettings["font"])}
        >
          {FONTS.map((f) => (
            <Option key={f} value={f}>
              {f}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Switch
        label={t("thaiDigits")}
        checked={settings.thaiDigits}
        onChange={(_, d) => set("thaiDigits", d.checked)}
      />
      {onSave && (
        <Button size="small" onClick={onSave}>
          {t("saveSettings")}
        </Button>
      )}
    </section>
  );
}
