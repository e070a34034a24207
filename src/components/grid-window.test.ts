import { describe, expect, it } from "vitest";

import { gridWindow } from "./grid-window";

const base = { minItemWidth: 100, rowHeight: 50, viewportHeight: 300, overscanRows: 2 };

describe("gridWindow", () => {
  it("renders only the rows near the viewport of a 10,000-item grid", () => {
    const window = gridWindow({ ...base, itemCount: 10_000, width: 400, scrollTop: 0 });
    expect(window.columns).toBe(4);
    expect(window.totalHeight).toBe(2_500 * 50);
    expect(window).toMatchObject({ start: 0, end: (6 + 2) * 4 });
  });

  it("follows the scroll position, with overscan on both sides", () => {
    // Scrolled to row 1000: rows 998..1008 (6 visible + 2 above + 2 below).
    const window = gridWindow({ ...base, itemCount: 10_000, width: 400, scrollTop: 1_000 * 50 });
    expect(window).toMatchObject({ start: 998 * 4, end: 1_008 * 4 });
    expect(window.end - window.start).toBeLessThan(50);
  });

  it("stops at the last item when the last row is partly filled", () => {
    const window = gridWindow({ ...base, itemCount: 10, width: 400, scrollTop: 0 });
    expect(window).toMatchObject({ columns: 4, totalHeight: 150, start: 0, end: 10 });
  });

  it("uses one column before the grid is measured, and handles an empty grid", () => {
    expect(gridWindow({ ...base, itemCount: 3, width: 0, scrollTop: 0 })).toEqual({ columns: 1, totalHeight: 150, start: 0, end: 3 });
    expect(gridWindow({ ...base, itemCount: 0, width: 400, scrollTop: 0 })).toEqual({ columns: 4, totalHeight: 0, start: 0, end: 0 });
  });

  it("renders nothing beyond the end when scrolled past it (the list shrank)", () => {
    const window = gridWindow({ ...base, itemCount: 8, width: 400, scrollTop: 10_000 });
    expect(window.start).toBe(8);
    expect(window.end).toBe(8);
  });
});
