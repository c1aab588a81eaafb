import type { SheetGrid } from "../../src/analysis/grid";
import { startFirstRead, whenToMount } from "../../src/taskpane/firstRead";
import type { PaneHost } from "../../src/taskpane/paneHost";
import type { ReadSize } from "../../src/workbook/port";
import { grid } from "../helpers/grid";

const GRIDS: SheetGrid[] = [
  grid("ITA 2568", [
    ["ข้อ", "2568"],
    ["i1", 80],
  ]),
];

/** A host whose read the test settles, telling sizes on the way. */
function slowHost(over: Partial<PaneHost> = {}) {
  let settle!: (g: SheetGrid[]) => void;
  let fail!: (e: unknown) => void;
  let tell: ((s: ReadSize) => void) | undefined;
  let reads = 0;
  const host: PaneHost = {
    kind: "excel",
    lang: "th",
    readGrids: (onSize) => {
      reads++;
      tell = onSize;
      return new Promise((resolve, reject) => ((settle = resolve), (fail = reject)));
    },
    readSettings: async () => '{"agency":"สำนักงานตัวอย่าง"}',
    writeSheets: async () => [],
    writeSettings: async () => undefined,
    ...over,
  };
  return {
    host,
    settle: (g: SheetGrid[]) => settle(g),
    fail: (e: unknown) => fail(e),
    size: (s: ReadSize) => tell?.(s),
    reads: () => reads,
  };
}

const flush = () => new Promise((r) => setImmediate(r));

describe("the pane's first read, started before it mounts", () => {
  test("reads the grids and the settings once; has them once settled; says the sizes told before and after", async () => {
    const h = slowHost();
    const first = startFirstRead(h.host);
    expect(h.reads()).toBe(1);
    expect(first.value).toBeNull();
    h.size({ sheets: 1, cells: 30 });
    expect(first.size).toEqual({ sheets: 1, cells: 30 });
    const heard: ReadSize[] = [];
    first.listen((s) => heard.push(s));
    h.size({ sheets: 1, cells: 40 });
    expect(heard).toEqual([{ sheets: 1, cells: 40 }]);
    h.settle(GRIDS);
    await expect(first.result).resolves.toEqual({ grids: GRIDS, raw: '{"agency":"สำนักงานตัวอย่าง"}' });
    expect(first.value).toEqual({ grids: GRIDS, raw: '{"agency":"สำนักงานตัวอย่าง"}' });
    expect(h.reads()).toBe(1);
  });

  test("settings that cannot be read never stop it (said as unreadable); a failed read is kept for the pane to say", async () => {
    const h = slowHost({ readSettings: () => Promise.reject(new Error("no settings")) });
    const first = startFirstRead(h.host);
    h.settle(GRIDS);
    await expect(first.result).resolves.toEqual({ grids: GRIDS, raw: "\u0000" });

    const g = slowHost();
    const failed = startFirstRead(g.host);
    g.fail(new Error("Excel is busy"));
    await expect(failed.result).rejects.toThrow("Excel is busy");
    expect(failed.value).toBeNull();
  });
});

describe("when the pane mounts", () => {
  afterEach(() => jest.useRealTimers());
  const o = { largeCells: 20_000, waitMs: 300 };

  test("as soon as the read and the code that draws the answer are both in", async () => {
    const h = slowHost();
    let loaded!: () => void;
    const ready = new Promise<void>((r) => (loaded = r));
    let mounted = false;
    void whenToMount(startFirstRead(h.host), ready, o).then(() => (mounted = true));
    h.settle(GRIDS);
    await flush();
    expect(mounted).toBe(false); // the code is not in yet
    loaded();
    await flush();
    expect(mounted).toBe(true);
  });

  test("a failed read or a failed load mounts too (the pane says the failure)", async () => {
    const h = slowHost();
    let mounted = false;
    void whenToMount(startFirstRead(h.host), Promise.reject(new Error("chunk")), o).then(
      () => (mounted = true),
    );
    h.fail(new Error("Excel is busy"));
    await flush();
    expect(mounted).toBe(true);
  });

  test("at once when the host says a large read (its size is said in words), not for a small one", async () => {
    const h = slowHost();
    let mounted = false;
    void whenToMount(startFirstRead(h.host), Promise.resolve(), o).then(() => (mounted = true));
    h.size({ sheets: 1, cells: 500 });
    await flush();
    expect(mounted).toBe(false);
    h.size({ sheets: 2, cells: 90_000 });
    await flush();
    expect(mounted).toBe(true);
  });

  test("a large size said before it was asked counts too", async () => {
    const h = slowHost();
    const first = startFirstRead(h.host);
    h.size({ sheets: 1, cells: 50_000 });
    let mounted = false;
    void whenToMount(first, Promise.resolve(), o).then(() => (mounted = true));
    await flush();
    expect(mounted).toBe(true);
  });

  test("at the latest after the wait, on a host slow to read", async () => {
    jest.useFakeTimers();
    const h = slowHost();
    let mounted = false;
    void whenToMount(startFirstRead(h.host), Promise.resolve(), o).then(() => (mounted = true));
    await jest.advanceTimersByTimeAsync(299);
    expect(mounted).toBe(false);
    await jest.advanceTimersByTimeAsync(1);
    expect(mounted).toBe(true);
  });
});
