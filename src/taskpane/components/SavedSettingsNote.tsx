import { Button, MessageBar, MessageBarActions, MessageBarBody } from "@fluentui/react-components";
import type { Lang } from "../../analysis/messages";
import { textIn } from "../i18n";
import type { SavedSettings } from "../savedSettings";

interface Props {
  lang: Lang;
  saved: SavedSettings;
  /** Saves the settings as they are now over the damaged ones, for everyone who opens the workbook. */
  onRepair(): void;
}

/** Says that the settings saved in the workbook could not all be used, and offers to save good ones over them. */
export function SavedSettingsNote({ lang, saved, onRepair }: Props) {
  const t = textIn(lang);
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="settings-note">
      <MessageBarBody>
        {saved.unreadable
          ? t("settingsUnreadable")
          : t("settingsDropped", { fields: saved.dropped.join(", ") })}
      </MessageBarBody>
      <MessageBarActions>
        <Button size="small" onClick={onRepair}>
          {t("settingsRepair")}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
