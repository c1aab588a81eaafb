import { noteKey } from "./noteCount";
import type { DiagnosticLevel } from "./types";

/**
 * What the officer should do about a note, most important first: fix the sheet (a figure is wrong or was not
 * read), enter what is missing, check what the tool inferred, or simply know what was left out.
 */
export const NOTE_ACTIONS = ["fix", "enter", "check", "know"] as const;
export type NoteAction = (typeof NOTE_ACTIONS)[number];

/** Each note's action, by its id (or the id's family before the dot). Data: a new note gets its line here. */
const ACTION_OF: Record<string, NoteAction> = {
  notAScore: "fix",
  sameYearOtherColumn: "fix",
  twoColumnsSameYear: "fix",
  noYear: "fix",
  noYearManyColumns: "fix",
  codeOutOfRange: "fix",
  duplicateItem: "fix",
  duplicateIndicator: "fix",
  "unreadRows.item": "fix",
  "unreadRows.title": "fix",
  "unreadRows.indicator": "fix",
  "unreadRows.total": "fix",
  yesNoScore: "fix",
  notALevel: "fix",
  titlesDisagree: "fix",
  titleNamesOtherItem: "fix",
  otherAgencies: "fix",
  "compare.noName": "fix",
  "compare.noYear": "fix",
  "compare.twiceInYear": "fix",
  "compare.badScore": "fix",
  "compare.badLevel": "fix",
  "compare.sameName": "check",
  "compare.weightedColumn": "know",
  "compare.noScores": "know",
  "compare.summaryRow": "know",
  "compare.noScoresInFile": "know",
  "compare.notWorkbook": "fix",
  "compare.olderYear": "know",
  enteredTotalDiffers: "fix",
  enteredLevelDiffers: "fix",
  noInstrument: "fix",
  yearColumnNotScores: "fix",
  noTotal: "enter",
  noLevel: "enter",
  oitRuleUnknown: "enter",
  previousYearMissing: "enter",
  noPreviousScore: "enter",
  enteredTotalNoScores: "enter",
  yearFromTitle: "check",
  yearFromSetting: "check",
  yearFromCE: "check",
  ocrRepair: "check",
  thaiZero: "check",
  fractionColumn: "check",
  crosswalkUsed: "check",
  comparedByTitle: "check",
  codeFromTitle: "check",
  indicatorFromItems: "check",
  indicatorFromSubindicators: "check",
  roundedScores: "check",
  roundedAcrossMark: "check",
  titleNoiseReplaced: "check",
  titlesNoiseReplaced: "check",
  listFromTitles: "check",
  listFromCodes: "check",
  listFromTitlesKept: "check",
  mergedItemCompared: "check",
  mergedItemPartly: "check",
  indexFramework: "check",
  levelSchemeBoth: "check",
  givenLevelOtherScheme: "check",
  enteredLevelOtherScheme: "check",
  yearBeforeFramework: "check",
  weightsUnconfirmed: "check",
  channelsNotCombined: "check",
  ambiguousChannel: "check",
  unknownYear: "check",
  laterYear: "check",
  levelShortfall: "know",
  hiddenNotRead: "know",
  veryHiddenNotRead: "know",
  copiedDocument: "know",
  noCrosswalk: "know",
  notCompared: "know",
  columnWithoutYear: "know",
  notScoreTable: "know",
  "unreadRows.subIndicator": "know",
  "unreadRows.average": "know",
  enteredTotalKept: "know",
  enteredLevelKept: "know",
  givenTotalKept: "know",
  givenLevelKept: "know",
  givenInstrumentKept: "know",
  "notAScore.noResult": "know",
};

const BY_LEVEL: Record<DiagnosticLevel, NoteAction> = { error: "fix", warning: "check", info: "know" };

/** The note's own line, or its family's ("notAScore" for "notAScore.text"); undefined when it has none. */
function ownAction(id: string): NoteAction | undefined {
  for (const key of [id, id.split(".")[0]!]) if (Object.hasOwn(ACTION_OF, key)) return ACTION_OF[key];
  return undefined;
}

/** The note's action: its own line, else its family's, else what its level suggests. */
export function noteAction(id: string, level: DiagnosticLevel): NoteAction {
  return ownAction(id) ?? BY_LEVEL[level];
}

/** True when the id (or its family) has its own line (a test checks every diagnostic message has one). */
export function hasNoteAction(id: string): boolean {
  return ownAction(id) !== undefined;
}

interface Note {
  level: DiagnosticLevel;
  sheet: string | null;
  cell: string | null;
  code: string;
  message: string;
}

/** One note as shown: its words once, with every cell it was said at. */
export interface NoteShown {
  level: DiagnosticLevel;
  code: string;
  message: string;
  at: { sheet: string; cell: string }[];
}

const LEVEL_ORDER: Record<DiagnosticLevel, number> = { error: 0, warning: 1, info: 2 };

/**
 * The notes grouped by what to do (fix, enter, check, know), errors before warnings in each group, and a note said
 * in the same words at several cells shown once with all its cells. Groups with no note are left out.
 */
export function groupNotes(notes: readonly Note[]): { action: NoteAction; notes: NoteShown[] }[] {
  const groups = new Map<NoteAction, Map<string, NoteShown>>(NOTE_ACTIONS.map((a) => [a, new Map()]));
  for (const n of notes) {
    const group = groups.get(noteAction(n.code, n.level))!;
    const key = noteKey(n);
    const shown = group.get(key) ?? { level: n.level, code: n.code, message: n.message, at: [] };
    group.set(key, shown);
    if (n.sheet && n.cell && !shown.at.some((a) => a.sheet === n.sheet && a.cell === n.cell))
      shown.at.push({ sheet: n.sheet, cell: n.cell });
  }
  return NOTE_ACTIONS.map((action) => ({
    action,
    notes: [...groups.get(action)!.values()].sort((a, b) => LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level]),
  })).filter((g) => g.notes.length > 0);
}
