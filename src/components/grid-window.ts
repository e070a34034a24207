/**
 * Which items of a long grid to render: only the rows in (or near) the scroll viewport. A room's
 * audience can hold thousands of listeners; the page keeps a few dozen elements whatever the size.
 */
export type GridWindowInput = {
  itemCount: number;
  /** Width of the grid in px (0 before it is measured: one column). */
  width: number;
  /** Narrowest an item may be; the grid fits as many columns as this allows. */
  minItemWidth: number;
  rowHeight: number;
  scrollTop: number;
  viewportHeight: number;
  /** Extra rows rendered above and below the viewport, so fast scrolling shows no gaps. */
  overscanRows?: number;
};

export type GridWindow = {
  columns: number;
  totalHeight: number;
  /** Items [start, end) are rendered. */
  start: number;
  end: number;
};

export function gridWindow(input: GridWindowInput): GridWindow {
  const overscan = input.overscanRows ?? 2;
  const columns = Math.max(1, Math.floor(input.width / input.minItemWidth));
  const rows = Math.ceil(input.itemCount / columns);
  const firstRow = Math.max(0, Math.floor(input.scrollTop / input.rowHeight) - overscan);
  const lastRow = Math.min(rows, Math.ceil((input.scrollTop + input.viewportHeight) / input.rowHeight) + overscan);
  return {
    columns,
    totalHeight: rows * input.rowHeight,
    start: Math.min(input.itemCount, firstRow * columns),
    end: Math.min(input.itemCount, Math.max(firstRow, lastRow) * columns),
  };
}
