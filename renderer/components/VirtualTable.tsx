/**
 * A list that stays smooth at tens of thousands of rows: only the visible rows are in the page
 * (@tanstack/react-virtual). Headers sort, rows open with a click or Enter, arrows move.
 */
import { Box, Skeleton, Text, UnstyledButton } from '@mantine/core';
import { IconChevronDown, IconChevronUp, IconSelector } from '@tabler/icons-react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, useState, type KeyboardEvent, type ReactNode, type RefObject } from 'react';
import { fittingColumns, minimumWidth } from './table-columns';
import classes from './VirtualTable.module.css';

export interface Column<T, S extends string> {
  key: string;
  label: string;
  /** CSS grid track, e.g. "2fr" or "120px". */
  width: string;
  render: (row: T) => ReactNode;
  sortKey?: S;
  /**
   * Columns that may give way on a narrow window (1024 px): when the table lacks room, the
   * column with the highest number hides first. Columns without one (the name, the amount, the
   * status…) always stay in view.
   */
  priority?: number;
}

interface Props<T, S extends string> {
  /** Undefined entries are rows not loaded yet (paged lists): they show as placeholders. */
  rows: Array<T | undefined>;
  /** Paged lists: told which rows are on screen, to load them. */
  onVisibleRangeChange?: (start: number, end: number) => void;
  columns: Column<T, S>[];
  rowKey: (row: T) => number | string;
  onOpen: (row: T) => void;
  sort: S;
  direction: 'asc' | 'desc';
  onSort: (sort: S, direction: 'asc' | 'desc') => void;
  label: string;
  height?: string;
}

const ROW_HEIGHT = 44;

/** The inner width of an element, followed as the window (or the navigation) changes size. */
function useWidth(ref: RefObject<HTMLElement | null>): number | null {
  const [width, setWidth] = useState<number | null>(null);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setWidth(entry.contentRect.width);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}

export function VirtualTable<T, S extends string>(props: Props<T, S>) {
  const { rows, rowKey, onOpen, sort, direction, onSort, label } = props;
  const boxRef = useRef<HTMLDivElement>(null);
  const columns = fittingColumns(props.columns, useWidth(boxRef));
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  const template = columns.map((c) => c.width).join(' ');
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? 0;
  const { onVisibleRangeChange } = props;
  useEffect(() => {
    onVisibleRangeChange?.(first, last + 1);
  }, [first, last, onVisibleRangeChange]);

  const onRowKey = (event: KeyboardEvent<HTMLDivElement>, index: number) => {
    const row = rows[index];
    if (!row) return;
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onOpen(row);
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const next = Math.min(rows.length - 1, Math.max(0, index + (event.key === 'ArrowDown' ? 1 : -1)));
      virtualizer.scrollToIndex(next);
      requestAnimationFrame(() =>
        scrollRef.current?.querySelector<HTMLElement>(`[data-index="${next}"]`)?.focus(),
      );
    }
  };

  return (
    <Box
      ref={boxRef}
      className={classes.table}
      role="table"
      aria-label={label}
      aria-rowcount={rows.length + 1}
    >
      <div style={{ minWidth: minimumWidth(columns.map((c) => c.width)) }}>
        <div className={classes.header} role="row" style={{ gridTemplateColumns: template }}>
          {columns.map((c) => {
            const active = c.sortKey !== undefined && c.sortKey === sort;
            const Icon = active ? (direction === 'asc' ? IconChevronUp : IconChevronDown) : IconSelector;
            return (
              <div
                key={c.key}
                role="columnheader"
                aria-sort={active ? (direction === 'asc' ? 'ascending' : 'descending') : undefined}
                className={classes.headerCell}
              >
                {c.sortKey ? (
                  <UnstyledButton
                    className={classes.sortButton}
                    onClick={() => onSort(c.sortKey as S, active && direction === 'asc' ? 'desc' : 'asc')}
                  >
                    <Text fw={600} size="sm">
                      {c.label}
                    </Text>
                    <Icon size={14} aria-hidden />
                  </UnstyledButton>
                ) : (
                  <Text fw={600} size="sm">
                    {c.label}
                  </Text>
                )}
              </div>
            );
          })}
        </div>
        <div
          ref={scrollRef}
          className={classes.body}
          style={{ height: props.height ?? 'calc(100vh - 260px)' }}
        >
          <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
            {items.map((item) => {
              const row = rows[item.index];
              if (row === undefined) {
                return (
                  <div
                    key={`vide-${item.index}`}
                    className={classes.row}
                    style={{
                      gridTemplateColumns: template,
                      transform: `translateY(${item.start}px)`,
                      height: ROW_HEIGHT,
                    }}
                    aria-hidden
                  >
                    {columns.map((c) => (
                      <div key={c.key} className={classes.cell}>
                        <Skeleton height={12} width="70%" />
                      </div>
                    ))}
                  </div>
                );
              }
              return (
                <div
                  key={rowKey(row)}
                  data-index={item.index}
                  role="row"
                  aria-rowindex={item.index + 2}
                  tabIndex={0}
                  className={classes.row}
                  style={{
                    gridTemplateColumns: template,
                    transform: `translateY(${item.start}px)`,
                    height: ROW_HEIGHT,
                  }}
                  onClick={() => onOpen(row)}
                  onKeyDown={(e) => onRowKey(e, item.index)}
                >
                  {columns.map((c) => (
                    <div key={c.key} role="cell" className={classes.cell}>
                      {c.render(row)}
                    </div>
                  ))}
                </div>
              );
            })}
          </div>
        </div>
      </div>
    </Box>
  );
}
