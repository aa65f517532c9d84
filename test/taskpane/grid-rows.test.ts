/**
 * The browser page's grid draws the first rows of its window, not all of them (issue 15): a
 * window of 1 000 rows is drawn as its first FIRST_ROWS rows and one row keeping the space of
 * the rest; a selected cell further down is drawn (with some rows after it); a merged area cut
 * by the last row drawn spans only the rows drawn. Rendered with react-dom/server inside the
 * Fluent provider, as the page mounts it.
 */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { FIRST_ROWS, GridView } from '../../src/taskpane/preview/GridView';
import type { BookView, ViewCell } from '../../src/taskpane/preview/protocol';

/** A sheet window of `rows` rows and 3 columns, cell A(n) holding its row number. */
function view(rows: number): BookView {
  const cells: ViewCell[] = Array.from({ length: rows }, (_, r) => ({ r, c: 0, text: `${r + 1}` }));
  return {
    sheets: [{ name: 'Anggaran', visible: true, rows, cols: 3 }],
    window: {
      sheet: 'Anggaran',
      start: 0,
      end: rows,
      cols: 3,
      cells,
      merges: [],
    },
  };
}

function render(v: BookView, selected: string | null = null): string {
  return renderToStaticMarkup(
    createElement(
      FluentProvider,
      { theme: webLightTheme },
      createElement(GridView, {
        view: v,
        selected,
        marks: new Map(),
        onActivate: () => undefined,
        onPage: () => undefined,
      }),
    ),
  );
}

/** The data rows drawn: the row numbers of their `A` cells. */
function drawnRows(html: string): number[] {
  return [...html.matchAll(/data-cell="A(\d+)"/g)].map((m) => Number(m[1]));
}

test('a window of 1 000 rows: the first rows drawn, the space of the rest kept', () => {
  const html = render(view(1000));
  const rows = drawnRows(html);
  expect(FIRST_ROWS).toBeLessThan(1000);
  expect(rows).toEqual(Array.from({ length: FIRST_ROWS }, (_, i) => i + 1));
  expect(html).toContain(`data-rows-later="${1000 - FIRST_ROWS}"`);
});

test('a small window is drawn whole, with no space kept', () => {
  const rows = drawnRows(render(view(12)));
  expect(rows).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
  expect(render(view(12))).not.toContain('data-rows-later');
});

test('a selected cell below the first rows is drawn', () => {
  const rows = drawnRows(render(view(1000), 'B600'));
  expect(rows).toContain(600);
  expect(rows.length).toBeLessThan(1000);
  expect(rows).toEqual(Array.from({ length: rows.length }, (_, i) => i + 1));
});

test('a merged area cut by the last row drawn spans the rows drawn', () => {
  const v = view(1000);
  v.window!.merges = [{ r0: FIRST_ROWS - 2, c0: 1, r1: FIRST_ROWS + 10, c1: 2 }];
  const html = render(v);
  const cell = new RegExp(`<td[^>]*data-cell="B${FIRST_ROWS - 1}"[^>]*>`).exec(html)?.[0] ?? '';
  expect(cell).toContain('rowspan="2"');
  expect(cell.toLowerCase()).toContain('colspan="2"');
});
