import type { Page } from "playwright-core";

/** Visible text in Thai set smaller than `min` px, as "font-size: text" lines (empty when there is none). */
export async function smallThaiText(page: Page, min: number): Promise<string[]> {
  return page.evaluate((least) => {
    const out: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = n.textContent ?? "";
      const el = n.parentElement;
      if (!el || !/[\u0e00-\u0e7f]/.test(text)) continue;
      const style = getComputedStyle(el);
      const box = el.getBoundingClientRect();
      if (style.visibility === "hidden" || box.width === 0 || box.height === 0) continue;
      const size = parseFloat(style.fontSize);
      if (size < least) out.push(`${size}px: ${text.trim().slice(0, 40)}`);
    }
    return out;
  }, min);
}

/**
 * The chart's bars whose colour stands out less than `min`:1 from what is behind them (WCAG 1.4.11), as
 * "ratio colour on background" lines.
 */
export async function faintBars(page: Page, min: number): Promise<string[]> {
  return page.evaluate((least) => {
    const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number);
    const lum = (c: string) => {
      const [r, g, b] = rgb(c).map((v) => {
        const s = v / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      }) as [number, number, number];
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const behind = (el: Element | null): string => {
      for (let e = el; e; e = e.parentElement) {
        const c = getComputedStyle(e).backgroundColor;
        if (c && !/rgba\(.*, 0\)$/.test(c) && c !== "transparent") return c;
      }
      return "rgb(255, 255, 255)";
    };
    const out: string[] = [];
    const bars = document.querySelectorAll("figure [aria-hidden=true] > div[style*=width]");
    for (const bar of bars) {
      const colour = getComputedStyle(bar).backgroundColor;
      const back = behind(bar.parentElement);
      const [a, b] = [lum(colour), lum(back)].sort((x, y) => y - x) as [number, number];
      const ratio = (a + 0.05) / (b + 0.05);
      if (ratio < least) out.push(`${ratio.toFixed(2)} ${colour} on ${back}`);
    }
    return bars.length === 0 ? ["no bars found"] : [...new Set(out)];
  }, min);
}
