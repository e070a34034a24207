"use client";

import { useEffect, useRef, useState, type ReactNode } from "react";

import { gridWindow } from "./grid-window";

type VirtualGridProps<T> = {
  items: readonly T[];
  getKey: (item: T) => string;
  renderItem: (item: T) => ReactNode;
  /** Accessible name of the scroll area that holds the list. */
  label: string;
  minItemWidth: number;
  rowHeight: number;
  /** Tallest the scroll area grows, in px; longer lists scroll inside it. */
  maxHeight: number;
};

/**
 * A grid that renders only the rows in view (see grid-window.ts), for lists that can hold thousands
 * of entries. Items carry aria-setsize/aria-posinset so screen readers still hear the full size.
 */
export function VirtualGrid<T>({ items, getKey, renderItem, label, minItemWidth, rowHeight, maxHeight }: VirtualGridProps<T>) {
  const scroller = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);
  const [scrollTop, setScrollTop] = useState(0);

  useEffect(() => {
    const element = scroller.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => setWidth(entry?.contentRect.width ?? 0));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  const view = gridWindow({
    itemCount: items.length,
    width,
    minItemWidth,
    rowHeight,
    scrollTop,
    viewportHeight: maxHeight,
  });
  const visible = items.slice(view.start, view.end);

  return (
    <div
      ref={scroller}
      className="virtual-grid"
      style={{ maxHeight }}
      onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}
      // Keyboard users can focus the area to scroll it.
      tabIndex={items.length > 0 ? 0 : -1}
      role="group"
      aria-label={label}
    >
      <ul className="virtual-grid-list" style={{ height: view.totalHeight }}>
        {visible.map((item, offset) => {
          const index = view.start + offset;
          const row = Math.floor(index / view.columns);
          const column = index % view.columns;
          return (
            <li
              key={getKey(item)}
              aria-setsize={items.length}
              aria-posinset={index + 1}
              style={{
                top: row * rowHeight,
                left: `${(column * 100) / view.columns}%`,
                width: `${100 / view.columns}%`,
                height: rowHeight,
              }}
            >
              {renderItem(item)}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
