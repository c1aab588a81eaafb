/**
 * @jest-environment jsdom
 */
import { fireEvent, screen, waitFor } from "@testing-library/react";
import { grid } from "../helpers/grid";
import { garudaPng } from "../helpers/garudaPng";
import { SEED000_ROWS } from "../helpers/seed000";
import { host, openSection, show } from "./paneHelpers";

beforeEach(() => localStorage.clear());

/** A File as the browser gives it from the picker (jsdom's File lacks arrayBuffer()). */
function pickedFile(bytes: Uint8Array, name: string, type: string): File {
  const file = new File([new Uint8Array(bytes)], name, { type });
  Object.defineProperty(file, "arrayBuffer", { value: async () => new Uint8Array(bytes).buffer });
  return file;
}

/** The pane on a workbook, its settings open, with `file` chosen as the ครุฑ. */
async function settingsWithFile(file: File) {
  const h = host([grid("ผล", SEED000_ROWS)]);
  show(h);
  await screen.findByTestId("flagged");
  await openSection(/ตั้งค่าเอกสาร/);
  fireEvent.change(screen.getByTestId("garuda-file"), { target: { files: [file] } });
  return h;
}

describe("the ครุฑ is chosen once and kept in the workbook", () => {
  test("a PNG is taken (its size said), saved in the settings and printed on the memos", async () => {
    const h = await settingsWithFile(pickedFile(garudaPng(120, 150), "garuda.png", "image/png"));
    await screen.findByText("ใช้ตราครุฑที่เลือกไว้ (120×150 พิกเซล) ในบันทึกข้อความและประกาศ");
    fireEvent.click(screen.getByRole("button", { name: "จัดทำเอกสาร" }));
    await screen.findByTestId("written");
    expect(h.saved.at(-1)!.garuda).toMatchObject({ extension: "png", width: 120, height: 150 });
    expect(h.written[0]!.find((s) => s.kind === "measuresMemo")!.images).toHaveLength(1);
    // Removed, the memos leave its place blank.
    fireEvent.click(screen.getByRole("button", { name: "ไม่ใช้ตราครุฑ" }));
    expect(screen.getByText(/ถ้าไม่เลือก บันทึกข้อความและประกาศจะเว้นที่ไว้ให้ติดเอง/)).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "จัดทำเอกสาร" }));
    await waitFor(() => expect(h.written).toHaveLength(2));
    expect(h.saved.at(-1)!.garuda).toBeNull();
    expect(h.written[1]!.find((s) => s.kind === "measuresMemo")!.images).toBeUndefined();
  });

  test("a file that is not a PNG or JPEG is refused with what to choose; nothing is saved", async () => {
    const h = await settingsWithFile(
      pickedFile(new Uint8Array(Buffer.from("<svg/>")), "garuda.svg", "image/svg+xml"),
    );
    await screen.findByText("ใช้ไฟล์นี้ไม่ได้ — เลือกไฟล์ภาพ PNG หรือ JPG ขนาดไม่เกิน 200 KB");
    expect(h.saved.every((s) => !s.garuda)).toBe(true);
  });
});
