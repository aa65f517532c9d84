import {
  Button,
  Caption1,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Select,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useMemo, useState } from 'react';
import type { MetodeEfisiensi, RumusNegatif, Settings } from '../../engine/model';
import type { CustomBandInput, ScaleId } from '../../engine/scales';
import { draftOf, settingsOfDraft, type CheckedDraft, type SettingsDraft } from '../settings-draft';
import { BandsEditor } from './BandsEditor';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  // A long option ("Permendagri 86/2017 (≥ 90 Sangat Tinggi)") must not widen a narrow pane.
  select: { minWidth: 0, maxWidth: '100%' },
});

/** The problems shown at the save button: the bands' own are listed above the bands. */
function saveProblems(checked: CheckedDraft): string[] {
  const bandMessages = new Set(checked.bandIssues.map((x) => x.message));
  const others = checked.problems.filter((p) => !bandMessages.has(p));
  if (checked.bandIssues.length)
    others.push('Pita skala kustom yang ditandai di atas perlu diperbaiki sebelum disimpan.');
  return others;
}

/** The settings form; saving writes the Pengaturan sheet. */
export function SettingsForm({
  settings,
  busy,
  onSave,
}: {
  settings: Settings;
  busy: boolean;
  onSave: (settings: Settings, bands: CustomBandInput[] | undefined) => void;
}) {
  const s = useStyles();
  const [draft, setDraft] = useState<SettingsDraft>(() => draftOf(settings));
  useEffect(() => setDraft(draftOf(settings)), [settings]);
  const checked = useMemo(() => settingsOfDraft(draft), [draft]);
  const set = (patch: Partial<SettingsDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const problems = saveProblems(checked);
  return (
    <form
      className={s.form}
      aria-label="Pengaturan"
      onSubmit={(e) => {
        e.preventDefault();
        if (checked.problems.length === 0) onSave(checked.settings, checked.bands);
      }}
    >
      <Field label="Skala predikat">
        <Select
          className={s.select}
          value={draft.skala}
          onChange={(_, d) => set({ skala: d.value as ScaleId })}
        >
          <option value="permendagri86-jember">Permendagri 86/2017 (≥ 90 Sangat Tinggi)</option>
          <option value="permendagri86-91">Permendagri 86/2017 (≥ 91 Sangat Tinggi)</option>
          <option value="akip">AKIP (PermenPANRB 88/2021)</option>
          <option value="kustom">Kustom</option>
        </Select>
      </Field>
      {draft.skala === 'kustom' && (
        <BandsEditor
          bands={draft.bands}
          issues={checked.bandIssues}
          fromWorkbook={!!settings.skalaKustomInvalid}
          onChange={(bands) => set({ bands })}
        />
      )}
      <Field label="Batas atas capaian">
        <Select
          className={s.select}
          value={draft.batas}
          onChange={(_, d) => set({ batas: d.value as SettingsDraft['batas'] })}
        >
          <option value="tidak">Tidak ada</option>
          <option value="100">100%</option>
          <option value="120">120%</option>
        </Select>
      </Field>
      <Field label="Rumus polaritas negatif">
        <Select
          className={s.select}
          value={draft.rumus}
          onChange={(_, d) => set({ rumus: d.value as RumusNegatif })}
        >
          <option value="2T-R">(2T − R) / T</option>
          <option value="T/R">T / R</option>
        </Select>
      </Field>
      <Field label="Metode efisiensi">
        <Select
          className={s.select}
          value={draft.metode}
          onChange={(_, d) => set({ metode: d.value as MetodeEfisiensi })}
        >
          <option value="selisih">Selisih (capaian − serapan)</option>
          <option value="selisih-5">Selisih dengan Cukup Efisien (±5 poin)</option>
          <option value="rasio">Rasio (capaian / serapan)</option>
          <option value="pmk">PMK 22/2021</option>
        </Select>
      </Field>
      <Field label="Instansi">
        <Input value={draft.instansi} onChange={(_, d) => set({ instansi: d.value })} />
      </Field>
      <Field label="Kabupaten">
        <Input value={draft.kabupaten} onChange={(_, d) => set({ kabupaten: d.value })} />
      </Field>
      <Field label="Tahun laporan">
        <Input
          value={draft.tahun}
          inputMode="numeric"
          onChange={(_, d) => set({ tahun: d.value })}
        />
      </Field>
      {problems.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{problems.join(' ')}</MessageBarBody>
        </MessageBar>
      )}
      <div className={s.row}>
        <Button appearance="primary" type="submit" disabled={busy || checked.problems.length > 0}>
          Simpan ke lembar Pengaturan
        </Button>
        <Button appearance="subtle" type="button" onClick={() => setDraft(draftOf(settings))}>
          Batalkan perubahan
        </Button>
      </div>
      <Caption1>
        Pengaturan disimpan di lembar Pengaturan buku kerja ini, sehingga rekan yang membuka berkas
        yang sama mendapat hasil yang sama.
      </Caption1>
    </form>
  );
}
