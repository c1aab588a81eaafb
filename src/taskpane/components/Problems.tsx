import { Button, MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { Lang } from "../../analysis/messages";
import type { AnalysisReport } from "../../analysis/report";
import { translate } from "../i18n";

interface Props {
  lang: Lang;
  diagnostics: AnalysisReport["diagnostics"];
  onSelect?(sheet: string, cell: string): void;
}

/** Warnings about the data, each with its cell; clicking shows the cell in Excel. */
export function Problems({ lang, diagnostics, onSelect }: Props) {
  const shown = diagnostics.filter((d) => d.level !== "info").slice(0, 50);
  if (shown.length === 0) return null;
  return (
    <section aria-labelledby="problems-title">
      <h2 id="problems-title">{translate(lang, "diagnostics")}</h2>
      {shown.map((d, i) => (
        <MessageBar key={i} intent={d.level === "error" ? "error" : "warning"} layout="multiline">
          <MessageBarBody>
            {d.sheet && d.cell && (
              <MessageBarTitle>
                {onSelect ? (
                  <Button appearance="transparent" size="small" onClick={() => onSelect(d.sheet!, d.cell!)}>
                    {d.sheet}!{d.cell}
                  </Button>
                ) : (
                  `${d.sheet}!${d.cell}`
                )}
              </MessageBarTitle>
            )}
            {d.message}
          </MessageBarBody>
        </MessageBar>
      ))}
    </section>
  );
}
