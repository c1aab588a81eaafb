import { Button, MessageBar, MessageBarBody, MessageBarTitle, makeStyles } from "@fluentui/react-components";
import type { AnalysisReport } from "../../analysis/report";

interface Props {
  diagnostics: AnalysisReport["diagnostics"];
  onSelect?(sheet: string, cell: string): void;
}

const useStyles = makeStyles({
  // A note may hold a long list of codes or a cell range without spaces: it wraps rather than widen the pane.
  body: { overflowWrap: "anywhere", minWidth: 0 },
});

const INTENT = { error: "error", warning: "warning", info: "info" } as const;

/**
 * Every note about the data — errors, warnings and the info-level guesses (a year or list inferred), which are
 * exactly what the officer should check — each with its cell; clicking shows the cell in Excel.
 */
export function Problems({ diagnostics, onSelect }: Props) {
  const s = useStyles();
  return (
    <div data-testid="diagnostics">
      {diagnostics.map((d, i) => (
        <MessageBar key={i} intent={INTENT[d.level]} layout="multiline">
          <MessageBarBody className={s.body}>
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
    </div>
  );
}
