/**
 * What the pane shows once it has read the workbook: the tabs Ringkasan, Temuan and Pengaturan.
 * A chunk of its own (App.tsx loads it with React.lazy, fetched as the pane starts): the pane's
 * first screen — the title, the buttons, the progress bar — does not wait for it.
 */
import { makeStyles, Tab, TabList, tokens } from '@fluentui/react-components';
import { useMemo } from 'react';
import type { CustomBandInput } from '../../engine/scales';
import type { Settings } from '../../engine/model';
import type { Analysis } from '../../workbook/analyze';
import { resultCells } from '../../workbook/plan';
import { Findings } from './Findings';
import { Found } from './Found';
import { Legend } from './Legend';
import { Results } from './Results';
import { SettingsForm } from './SettingsForm';

const useStyles = makeStyles({
  body: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  // Ringkasan, Temuan (123), Pengaturan: on a 320 px pane the last tab goes to a second row.
  tabs: { flexWrap: 'wrap' },
});

export type TabId = 'ringkasan' | 'temuan' | 'pengaturan';

export interface AnalysisViewProps {
  analysis: Analysis;
  tab: TabId;
  onTab: (tab: TabId) => void;
  busy: boolean;
  /** Select a finding's cell. */
  onSelect: (sheet: string, cell: string | null) => void;
  /** Terapkan perbaikan on the named cells, or its undo. */
  onCorrect: (request: { cells: string[] } | { undo: true }) => void;
  onSave: (settings: Settings, bands: CustomBandInput[] | undefined) => void;
}

export function AnalysisView({
  analysis,
  tab,
  onTab,
  busy,
  onSelect,
  onCorrect,
  onSave,
}: AnalysisViewProps) {
  const s = useStyles();
  const fixable = useMemo(
    () => new Set(resultCells(analysis.results).map((c) => `${c.ref.sheet}!${c.ref.cell}`)),
    [analysis],
  );
  return (
    <>
      <TabList
        className={s.tabs}
        selectedValue={tab}
        onTabSelect={(_, d) => onTab(d.value as TabId)}
        size="small"
      >
        <Tab value="ringkasan">Ringkasan</Tab>
        <Tab value="temuan">Temuan ({analysis.findings.length})</Tab>
        <Tab value="pengaturan">Pengaturan</Tab>
      </TabList>
      <div className={s.body} role="tabpanel" aria-label={tab}>
        {tab === 'ringkasan' && (
          <>
            <Found analysis={analysis} />
            <Results results={analysis.results} metode={analysis.settings.metodeEfisiensi} />
            <Legend settings={analysis.settings} />
          </>
        )}
        {tab === 'temuan' && (
          <Findings
            findings={analysis.findings}
            onSelect={onSelect}
            actions={{
              fixable,
              busy,
              onFix: (cells) => onCorrect({ cells }),
              onUndo: () => onCorrect({ undo: true }),
            }}
          />
        )}
        {tab === 'pengaturan' && (
          <SettingsForm settings={analysis.settings} busy={busy} onSave={onSave} />
        )}
      </div>
    </>
  );
}
