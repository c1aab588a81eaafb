/** What the pane needs to know of its Office host, read once Office.js is ready. */
export interface OfficeContext {
  /** The add-in runs in Excel (not Word, Outlook or a browser page). */
  isExcel: boolean;
  /** Office's display language ("th-TH"), when it gives one. */
  displayLanguage: string | undefined;
  /** The Office theme's body background ("#ffffff"), when it gives one. */
  themeBackground: string | undefined;
  /** Whether this Excel supports a requirement set ("ExcelApi", "1.7"). */
  supports: (set: string, version: string) => boolean;
}

/** Waits for Office.js and reads its context: the pane's only way to ask about its host. */
export async function officeReady(): Promise<OfficeContext> {
  const info = await Office.onReady();
  return {
    isExcel: info.host === Office.HostType.Excel,
    displayLanguage: Office.context?.displayLanguage,
    themeBackground: Office.context?.officeTheme?.bodyBackgroundColor,
    supports: (set, version) => Office.context.requirements.isSetSupported(set, version),
  };
}
