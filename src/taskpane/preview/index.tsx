/**
 * The browser preview (`npm run preview`, preview.html): the real task pane beside a grid view
 * of a sample workbook, over the in-memory Excel. The sample comes as JSON from this page's own
 * origin (converted from assets/*.xlsx at build time); nothing leaves the browser. office.js is
 * served from this origin too, so the pane starts through the same `Office.onReady` as in Excel.
 */
import {
  Caption1,
  FluentProvider,
  makeStyles,
  Select,
  tokens,
  webLightTheme,
} from '@fluentui/react-components';
import { useCallback, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { InMemoryWorkbook, installExcel } from '../../hosts/preview';
import type { WorkbookGrid } from '../../workbook/grid';
import type { CellStyle } from '../../workbook/plan';
import { App } from '../components/App';
import { GridView } from './GridView';

interface SampleInfo {
  id: string;
  title: string;
}

interface SampleJson extends SampleInfo {
  grid: WorkbookGrid;
  styles: [string, CellStyle][];
}

const BLANK: SampleInfo = { id: 'kosong', title: 'Buku kerja kosong' };

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', height: '100vh' },
  bar: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    backgroundColor: '#107C41',
    color: '#fff',
    flexWrap: 'wrap',
  },
  title: { fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase400 },
  note: { color: '#fff', opacity: 0.9 },
  main: { display: 'flex', flex: 1, minHeight: 0 },
  grid: { flex: 1, minWidth: 0 },
  pane: {
    width: '380px',
    flexShrink: 0,
    overflowY: 'auto',
    borderLeft: `1px solid ${tokens.colorNeutralStroke1}`,
  },
});

function Preview({
  wb,
  samples,
  current,
}: {
  wb: InMemoryWorkbook;
  samples: SampleInfo[];
  current: string;
}) {
  const s = useStyles();
  const [version, setVersion] = useState(0);
  const [active, setActive] = useState(
    () => wb.sheets.find((x) => x.visibility === 'Visible')?.name ?? '',
  );
  const [selected, setSelected] = useState<string | null>(null);
  const changed = useCallback(() => setVersion((v) => v + 1), []);
  const onCell = useCallback((sheet: string, cell: string | null) => {
    setActive(sheet);
    setSelected(cell);
  }, []);
  return (
    <div className={s.page}>
      <header className={s.bar}>
        <span className={s.title}>Capaian Kinerja — pratinjau di peramban</span>
        <Select
          size="small"
          aria-label="Buku kerja contoh"
          value={current}
          onChange={(_, d) => {
            const url = new URL(window.location.href);
            url.searchParams.set('contoh', d.value);
            window.location.href = url.toString();
          }}
        >
          {samples.map((x) => (
            <option key={x.id} value={x.id}>
              {x.title}
            </option>
          ))}
        </Select>
        <Caption1 className={s.note}>
          Excel tiruan di memori: semua data tetap di peramban ini.
        </Caption1>
      </header>
      <div className={s.main}>
        <div className={s.grid}>
          <GridView
            sheets={wb.sheets}
            active={active}
            onActivate={(n) => {
              setActive(n);
              setSelected(null);
            }}
            selected={selected}
            version={version}
          />
        </div>
        <aside className={s.pane} aria-label="Panel Capaian Kinerja">
          <App onWorkbookChanged={changed} onCellSelected={onCell} />
        </aside>
      </div>
    </div>
  );
}

async function fetchJson<T>(url: string): Promise<T> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: ${res.status}`);
  return (await res.json()) as T;
}

/**
 * office.js loaded outside Office opens Microsoft's telemetry frame a few seconds after load;
 * the preview promises that nothing leaves the browser, so its logger is switched off (the page's
 * Content-Security-Policy blocks other-origin frames as well).
 */
function silenceOfficeTelemetry(): void {
  const osf = (
    window as unknown as { OSF?: { Logger?: { ulsEndpoint?: Record<string, unknown> } } }
  ).OSF;
  const endpoint = osf?.Logger?.ulsEndpoint;
  if (endpoint) {
    endpoint.loadProxyFrame = () => undefined;
    endpoint.writeLog = () => undefined;
  }
}

async function start(): Promise<void> {
  const el = document.getElementById('root')!;
  try {
    const listed = await fetchJson<SampleInfo[]>('preview/samples/index.json');
    const samples = [...listed, BLANK];
    const params = new URLSearchParams(window.location.search);
    const current = samples.find((x) => x.id === params.get('contoh')) ?? samples[0];
    // `?api=1.6` plays an old Excel (the pane then explains itself).
    const opts = { apiVersion: params.get('api') ?? undefined };
    const wb =
      current.id === BLANK.id
        ? InMemoryWorkbook.fromGrid(
            { sheets: [{ name: 'Sheet1', rows: [], merges: [] }] },
            new Map(),
            opts,
          )
        : await fetchJson<SampleJson>(`preview/samples/${current.id}.json`).then((j) =>
            InMemoryWorkbook.fromGrid(j.grid, new Map(j.styles), opts),
          );
    await Office.onReady();
    silenceOfficeTelemetry();
    installExcel(window, wb);
    document.title = `${current.title} — Capaian Kinerja`;
    createRoot(el).render(
      <FluentProvider theme={webLightTheme}>
        <Preview wb={wb} samples={samples} current={current.id} />
      </FluentProvider>,
    );
  } catch (e) {
    el.textContent = `Pratinjau tidak dapat dimuat: ${e instanceof Error ? e.message : String(e)}`;
  }
}

void start();
