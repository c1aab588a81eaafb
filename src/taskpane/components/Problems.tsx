import { Button, MessageBar, MessageBarBody, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Lang } from "../../analysis/messages";
import { type NoteShown, groupNotes } from "../../analysis/noteActions";
import type { AnalysisReport } from "../../analysis/report";
import { textIn } from "../i18n";

interface Props {
  lang: Lang;
  diagnostics: AnalysisReport["diagnostics"];
  onSelect?(sheet: string, cell: string): void;
}

const useStyles = makeStyles({
  group: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  heading: { margin: `${tokens.spacingVerticalS} 0 0`, fontSize: tokens.fontSizeBase300 },
  // A note may hold a long list of codes or a cell range without spaces: it wraps rather than widen the pane.
  body: { overflowWrap: "anywhere", minWidth: 0 },
  cells: { display: "flex", flexWrap: "wrap", alignItems: "center", columnGap: tokens.spacingHorizontalXS },
});

const INTENT = { error: "error", warning: "warning", info: "info" } as const;
/** Cells listed with a note before the rest are counted ("และอีก 12 แห่ง"). */
const CELLS_SHOWN = 4;

/**
 * Every note about the data — errors, warnings and the info-level guesses (a year or list inferred), which are
 * exactly what the officer should check — grouped by what to do about it, most important first; a note said at
 * several cells is shown once with each cell, and clicking a cell shows it in Excel.
 */
export function Problems({ lang, diagnostics, onSelect }: Props) {
  const s = useStyles();
  const t = textIn(lang);
  return (
    <div data-testid="diagnostics">
      {groupNotes(diagnostics).map((g) => (
        <section key={g.action} className={s.group} aria-labelledby={`notes-${g.action}`}>
          <h3 id={`notes-${g.action}`} className={s.heading} data-testid={`notes-${g.action}`}>
            {t(`notes.${g.action}`)} ({g.notes.length})
          </h3>
          {g.notes.map((n, i) => (
            <MessageBar key={i} intent={INTENT[n.level]} layout="multiline">
              <MessageBarBody className={s.body}>
                <Cells note={n} onSelect={onSelect} more={(count) => t("notesMore", { count })} />
                {n.message}
              </MessageBarBody>
            </MessageBar>
          ))}
        </section>
      ))}
    </div>
  );
}

function Cells({
  note,
  onSelect,
  more,
}: {
  note: NoteShown;
  onSelect?(sheet: string, cell: string): void;
  more(count: number): string;
}) {
  const s = useStyles();
  if (note.at.length === 0) return null;
  const shown = note.at.slice(0, CELLS_SHOWN);
  return (
    <span className={s.cells}>
      {shown.map((a) =>
        onSelect ? (
          <Button
            key={`${a.sheet}!${a.cell}`}
            appearance="transparent"
            size="small"
            onClick={() => onSelect(a.sheet, a.cell)}
          >
            {a.sheet}!{a.cell}
          </Button>
        ) : (
          <Text key={`${a.sheet}!${a.cell}`} weight="semibold">
            {a.sheet}!{a.cell}
          </Text>
        ),
      )}
      {note.at.length > CELLS_SHOWN && <Text size={200}>{more(note.at.length - CELLS_SHOWN)}</Text>}
    </span>
  );
}
