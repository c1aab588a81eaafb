import { Button, Checkbox, ProgressBar, Text } from "@fluentui/react-components";
import type { Lang } from "../../analysis/messages";
import type { GeneratedKind } from "../../sheets/sheetSpec";
import { translate } from "../i18n";

interface Props {
  lang: Lang;
  documents: GeneratedKind[];
  onDocuments(d: GeneratedKind[]): void;
  busy: boolean;
  written: string[];
  onGenerate(): void;
  onOpen?(sheet: string): void;
  onDownload?(): void;
}

const LABEL = { analysis: "docAnalysis", measures: "docMeasures", results: "docResults" } as const;

export function Generate({
  lang,
  documents,
  onDocuments,
  busy,
  written,
  onGenerate,
  onOpen,
  onDownload,
}: Props) {
  const t = (k: Parameters<typeof translate>[1]) => translate(lang, k);
  return (
    <section aria-labelledby="generate-title">
      <h2 id="generate-title">{t("generate")}</h2>
      {(Object.keys(LABEL) as (keyof typeof LABEL)[]).map((k) => (
        <Checkbox
          key={k}
          label={t(LABEL[k])}
          checked={documents.includes(k)}
          onChange={(_, d) => onDocuments(d.checked ? [...documents, k] : documents.filter((x) => x !== k))}
        />
      ))}
      <div>
        <Button appearance="primary" disabled={busy || documents.length === 0} onClick={onGenerate}>
          {t("generate")}
        </Button>
      </div>
      {busy && <ProgressBar aria-label={t("writing")} />}
      {written.length > 0 && (
        <div data-testid="written">
          <Text block>{t("written")}</Text>
          {written.map((name) =>
            onOpen ? (
              <Button key={name} appearance="subtle" size="small" onClick={() => onOpen(name)}>
                {name}
              </Button>
            ) : (
              <Text key={name} block>
                {name}
              </Text>
            ),
          )}
          {onDownload && (
            <Button appearance="primary" onClick={onDownload}>
              {t("download")}
            </Button>
          )}
        </div>
      )}
    </section>
  );
}
