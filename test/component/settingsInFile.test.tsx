/**
 * @jest-environment jsdom
 */
import { fireEvent, screen, within } from "@testing-library/react";
import { grid } from "../helpers/grid";
import { SEED000_ROWS } from "../helpers/seed000";
import { host, show } from "./paneHelpers";

/** The standalone page's host: a file opened in the browser, downloaded after Generate. */
const fileHost = (keeps: boolean) =>
  host([grid("ผล", SEED000_ROWS)], {
    kind: "file",
    select: undefined,
    download: async () => ({ name: "ผล-ita.xlsx", blob: new Blob([]) }),
    downloadKeepsSettings: keeps,
  });

describe("after Generate, the standalone page says when the download does not keep the page's settings", () => {
  test("a file where Excel saved no settings: said, in the result", async () => {
    show(fileHost(false));
    fireEvent.click(await screen.findByRole("button", { name: "จัดทำเอกสาร" }));
    const said = await screen.findByTestId("settings-not-in-file");
    expect(said.textContent).toBe("การตั้งค่าในหน้านี้ไม่ได้เก็บในไฟล์ (ไม่เคยบันทึกจาก Excel) ครั้งหน้าต้องกรอกใหม่");
    expect(within(screen.getByTestId("written")).getByTestId("settings-not-in-file")).toBe(said);
  });

  test("a file where Excel saved settings before: they are kept, nothing to say", async () => {
    show(fileHost(true));
    fireEvent.click(await screen.findByRole("button", { name: "จัดทำเอกสาร" }));
    await screen.findByTestId("written");
    expect(screen.queryByTestId("settings-not-in-file")).toBeNull();
  });

  test("in Excel, where the pane saves them in the workbook, nothing is said", async () => {
    show(host([grid("ผล", SEED000_ROWS)]));
    fireEvent.click(await screen.findByRole("button", { name: "จัดทำเอกสาร" }));
    await screen.findByTestId("written");
    expect(screen.queryByTestId("settings-not-in-file")).toBeNull();
  });
});
