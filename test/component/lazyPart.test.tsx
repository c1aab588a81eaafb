/**
 * @jest-environment jsdom
 */
import { act, render, screen } from "@testing-library/react";
import { ErrorBoundary } from "../../src/taskpane/components/ErrorBoundary";
import { lazyPart } from "../../src/taskpane/components/lazyPart";

/** A load the test settles by hand. */
function manualLoad() {
  let settle: { resolve(): void; reject(e: Error): void } = { resolve: () => {}, reject: () => {} };
  let calls = 0;
  const load = () => {
    calls++;
    return new Promise<(p: { name: string }) => JSX.Element>((resolve, reject) => {
      settle = { resolve: () => resolve((p) => <p data-testid="part">{p.name}</p>), reject };
    });
  };
  return { load, settle: () => settle, calls: () => calls };
}

describe("a part whose code loads on first use", () => {
  test("draws its fallback, then itself once loaded; loaded once, then drawn at once", async () => {
    const m = manualLoad();
    const { Part } = lazyPart(m.load, (p) => <span data-testid="fallback">{p.name}…</span>);
    const first = render(<Part name="ก" />);
    expect(screen.getByTestId("fallback").textContent).toBe("ก…");
    await act(async () => m.settle().resolve());
    expect(screen.getByTestId("part").textContent).toBe("ก");
    first.unmount();
    render(<Part name="ข" />);
    expect(screen.getByTestId("part").textContent).toBe("ข");
    expect(screen.queryByTestId("fallback")).toBeNull();
    expect(m.calls()).toBe(1);
  });

  test("a part drawn with its fallback is drawn again when a preload finished the load", async () => {
    const m = manualLoad();
    const { Part, preload } = lazyPart(m.load);
    const done = preload();
    render(<Part name="ค" />);
    expect(screen.queryByTestId("part")).toBeNull();
    await act(async () => {
      m.settle().resolve();
      await done;
    });
    expect(screen.getByTestId("part").textContent).toBe("ค");
    expect(m.calls()).toBe(1);
  });

  test("a failed load is said by the error boundary; the part drawn again tries again", async () => {
    const m = manualLoad();
    const { Part } = lazyPart(m.load, () => <span data-testid="fallback" />);
    jest.spyOn(console, "error").mockImplementation(() => undefined); // React logs the caught error
    const pane = (key: number) => (
      <ErrorBoundary title="ผิดพลาด" describe={(e) => `โหลดไม่ได้: ${e.message}`} resetKey={key}>
        <Part name="ง" />
      </ErrorBoundary>
    );
    const { rerender } = render(pane(0));
    await act(async () => m.settle().reject(new Error("network")));
    expect(screen.queryByTestId("fallback")).toBeNull();
    expect(document.body.textContent).toContain("โหลดไม่ได้: network");
    // A new answer (the boundary's reset) draws the part again: its code is asked for again, and drawn this time.
    rerender(pane(1));
    expect(screen.getByTestId("fallback")).toBeTruthy();
    await act(async () => m.settle().resolve());
    expect(screen.getByTestId("part").textContent).toBe("ง");
    expect(m.calls()).toBe(2);
  });
});
