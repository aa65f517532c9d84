import {
  Button,
  Caption1,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Field,
  Title3,
  tokens,
} from '@fluentui/react-components';
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { CustomBandInput } from '../../engine/scales';
import type { Settings } from '../../engine/model';
import type { Analysis } from '../../workbook/analyze';
import { lastResultKey, readLastResult, type LastResult } from '../../commands/last-result';
import {
  correct,
  describeError,
  downloadDocx,
  excelApiSupported,
  goToCell,
  insertTemplates,
  runAction,
  saveSettings,
  type ActionName,
} from '../host';
import { jobRunner, type Busy, type JobError } from '../job';
import { DOCX_BUTTON, openBrowserPage } from '../download';
import { actionNotice, type PaneNotice } from '../notices';
import { stage } from '../progress';
import type { TabId } from './AnalysisView';
import { ChunkBoundary } from './ChunkBoundary';
import { EmptyState } from './EmptyState';
import { ErrorBar } from './ErrorBar';
import { NoticeBar } from './NoticeBar';
import { OldExcel } from './OldExcel';

// The tabs (and the reader's figures they show) are a chunk of their own, fetched as the pane
// starts: the first screen does not wait for them (webpack.config.js, "initial JavaScript").
const loadAnalysisView = () => import(/* webpackChunkName: "panel-tab" */ './AnalysisView');
const AnalysisView = lazy(() => loadAnalysisView().then((m) => ({ default: m.AnalysisView })));
// Unduh Laporan's message names the report sheets (src/workbook/sheets.ts): with the report.
const loadDocxNotice = () => import(/* webpackChunkName: "panel-tab" */ '../docx-notice');

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    minHeight: '100%',
    boxSizing: 'border-box',
    backgroundColor: tokens.colorNeutralBackground1,
  },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  muted: { color: tokens.colorNeutralForeground3 },
  // The bar shows the fraction the label is about: no 0,3 s slide behind a new label.
  bar: { transitionProperty: 'none' },
});

export interface PaneProps {
  /** Called after anything that may have changed the workbook (the preview redraws its grid). */
  onWorkbookChanged?: () => void;
  /** Called after a finding's cell was selected. */
  onCellSelected?: (sheet: string, cell: string | null) => void;
  /** Read the workbook when the pane opens (default true). */
  validateOnStart?: boolean;
  /** Show Unduh Laporan (.docx) in the pane (default true; the browser page has it in its bar). */
  showDocx?: boolean;
}

type Notice = PaneNotice;

const MAIN_KINDS = new Set(['tc25', 'pk', 'realisasi']);

const STARTS: Record<ActionName, string> = {
  validasi: 'Memeriksa',
  hitung: 'Menghitung',
  buatLaporan: 'Menyusun laporan',
  hapusWarna: 'Menghapus warna',
};

export function App({
  onWorkbookChanged,
  onCellSelected,
  validateOnStart = true,
  showDocx = true,
}: PaneProps) {
  const s = useStyles();
  const [supported] = useState(excelApiSupported);
  const [analysis, setAnalysis] = useState<Analysis | null>(null);
  const [busy, setBusy] = useState<Busy | null>(null);
  const [error, setError] = useState<JobError | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [ribbon, setRibbon] = useState<LastResult | null>(() => readLastResult());
  const [tab, setTab] = useState<TabId>('ringkasan');
  const changed = useRef(onWorkbookChanged);
  changed.current = onWorkbookChanged;

  /** Run one job with progress; errors become the message bar, with Coba lagi. */
  const job = useMemo(
    () =>
      jobRunner({ describe: describeError, setBusy, setError, done: () => changed.current?.() }),
    [],
  );

  const act = useCallback(
    (name: ActionName, quiet = false) =>
      job(STARTS[name], async (p) => {
        const out = await runAction(name, p);
        setAnalysis(out.analysis);
        if (!quiet) {
          setNotice(actionNotice(name, out));
          if (name === 'validasi') setTab('temuan');
          if (name === 'hitung' || name === 'buatLaporan') setTab('ringkasan');
        }
      }),
    [job],
  );

  useEffect(() => {
    if (supported) loadAnalysisView().catch(() => undefined);
    if (supported && validateOnStart) void act('validasi', true);
  }, [supported, validateOnStart, act]);

  // A ribbon command finished while the pane is open: show it and re-read the workbook.
  useEffect(() => {
    const onStorage = (e: StorageEvent) => {
      if (e.key !== lastResultKey()) return;
      setRibbon(readLastResult());
      void act('validasi', true);
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, [act]);

  const select = useCallback(
    (sheet: string, cell: string | null) => {
      goToCell(sheet, cell)
        .then(() => onCellSelected?.(sheet, cell))
        .catch((e: unknown) =>
          setError({ text: describeError(e), retry: async () => select(sheet, cell) }),
        );
    },
    [onCellSelected],
  );

  const save = (settings: Settings, bands: CustomBandInput[] | undefined) =>
    job('Menyimpan pengaturan', async (p) => {
      await saveSettings(settings, bands, stage(p, 0, 0.6));
      const out = await runAction('validasi', stage(p, 0.6, 1));
      setAnalysis(out.analysis);
      setNotice({ intent: 'success', text: 'Pengaturan disimpan ke lembar Pengaturan.' });
    });

  const correction = (request: { cells: string[] } | { undo: true }) =>
    job('undo' in request ? 'Membatalkan perbaikan' : 'Menerapkan perbaikan', async (p) => {
      const out = await correct(request, p);
      setAnalysis(out.analysis);
      const n = out.cells.length;
      const kept = out.kept.length
        ? ` ${out.kept.length} sel dibiarkan karena sudah diketik ulang setelah perbaikan.`
        : '';
      setNotice({
        intent: n || !('undo' in request) ? 'success' : 'info',
        text:
          'undo' in request
            ? `${n ? `${n} perbaikan dibatalkan; sel kembali seperti semula.` : 'Tidak ada perbaikan yang dapat dibatalkan.'}${kept}`
            : `${n} sel diperbaiki dengan hasil hitung; nilai lamanya dicatat dan dapat dikembalikan dengan Batalkan perbaikan.`,
        details: out.kept.length ? out.kept : undefined,
      });
    });

  const docx = () =>
    job('Menyusun dokumen Word', async () => {
      if (!analysis) return;
      const [result, { docxNotice }] = await Promise.all([
        downloadDocx(analysis),
        loadDocxNotice(),
      ]);
      const hasReportSheets = analysis.sheets.some((x) => x.kind === 'generated');
      setNotice(docxNotice(result, hasReportSheets));
    });

  const templates = () =>
    job('Menyisipkan templat', async (p) => {
      const added = await insertTemplates(stage(p, 0, 0.6));
      const out = await runAction('validasi', stage(p, 0.6, 1));
      setAnalysis(out.analysis);
      setNotice({
        intent: 'success',
        text: added.length
          ? `Templat disisipkan: ${added.join(', ')}. Isi barisnya, lalu tekan Validasi.`
          : 'Semua templat sudah ada di buku kerja ini.',
      });
    });

  if (!supported)
    return (
      <main className={s.root}>
        <Title3 as="h1">Capaian Kinerja</Title3>
        <OldExcel />
      </main>
    );

  const isBusy = busy !== null;
  const empty = analysis !== null && !analysis.sheets.some((x) => MAIN_KINDS.has(x.kind));

  return (
    <main className={s.root} aria-busy={isBusy}>
      <Title3 as="h1">Capaian Kinerja</Title3>
      <div className={s.actions} role="toolbar" aria-label="Perintah">
        <Button appearance="primary" disabled={isBusy} onClick={() => void act('validasi')}>
          Validasi
        </Button>
        <Button appearance="primary" disabled={isBusy} onClick={() => void act('hitung')}>
          Hitung &amp; Warnai
        </Button>
        <Button disabled={isBusy} onClick={() => void act('buatLaporan')}>
          Buat Laporan
        </Button>
        <Button disabled={isBusy} onClick={() => void act('hapusWarna')}>
          Hapus Warna
        </Button>
        {showDocx && analysis?.results.some((r) => r.pk.dilaporkan) && (
          <Button appearance="subtle" disabled={isBusy} onClick={() => void docx()}>
            {DOCX_BUTTON}
          </Button>
        )}
      </div>

      {busy && (
        <Field validationMessage={busy.step} validationState="none" aria-live="polite" data-busy>
          <ProgressBar
            value={busy.fraction > 0 ? busy.fraction : undefined}
            thickness="large"
            bar={{ className: s.bar }}
            data-fraction={busy.fraction}
          />
        </Field>
      )}
      {error && (
        <ErrorBar
          text={error.text}
          onRetry={isBusy ? undefined : () => void error.retry()}
          onClose={() => setError(null)}
        />
      )}
      {notice && (
        <NoticeBar
          key={notice.text}
          notice={notice}
          onClose={() => setNotice(null)}
          extra={
            notice.openBrowser && (
              <Button onClick={openBrowserPage}>Buka halaman di peramban</Button>
            )
          }
        />
      )}
      {ribbon && (
        <MessageBar intent={ribbon.ok ? 'info' : 'error'} layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Dari pita</MessageBarTitle>
            {ribbon.message}
          </MessageBarBody>
          <MessageBarActions
            containerAction={
              <Button appearance="transparent" aria-label="Tutup" onClick={() => setRibbon(null)}>
                ×
              </Button>
            }
          />
        </MessageBar>
      )}

      {empty && <EmptyState busy={isBusy} onInsert={() => void templates()} />}

      {analysis && (
        <ChunkBoundary>
          <Suspense fallback={<Caption1 className={s.muted}>Memuat …</Caption1>}>
            <AnalysisView
              analysis={analysis}
              tab={tab}
              onTab={setTab}
              busy={isBusy}
              onSelect={select}
              onCorrect={(request) => void correction(request)}
              onSave={(x, b) => void save(x, b)}
            />
          </Suspense>
        </ChunkBoundary>
      )}
      {!analysis && !busy && (
        <Caption1 className={s.muted}>Tekan Validasi untuk membaca buku kerja.</Caption1>
      )}
    </main>
  );
}
