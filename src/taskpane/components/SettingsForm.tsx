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
import { parseColour, SCALE_JEMBER, type CustomBandInput, type ScaleId } from '../../engine/scales';
import { bandsOfScale } from '../../workbook/settings-plan';
import { draftOf, settingsOfDraft, type SettingsDraft } from '../settings-draft';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  band: {
    display: 'grid',
    gridTemplateColumns: '1fr 1.3fr 1fr auto',
    gap: tokens.spacingHorizontalXS,
    alignItems: 'center',
    marginBottom: tokens.spacingVerticalXS,
  },
  bandHead: { color: tokens.colorNeutralForeground3 },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  swatch: {
    width: '14px',
    height: '14px',
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    flexShrink: 0,
  },
});

function BandsEditor({
  bands,
  onChange,
}: {
  bands: CustomBandInput[];
  onChange: (b: CustomBandInput[]) => void;
}) {
  const s = useStyles();
  const set = (i: number, patch: Partial<CustomBandInput>) =>
    onChange(bands.map((b, j) => (j === i ? { ...b, ...patch } : b)));
  return (
    <div role="group" aria-label="Pita skala kustom">
      <div className={`${s.band} ${s.bandHead}`}>
        <Caption1>Interval</Caption1>
        <Caption1>Kriteria</Caption1>
        <Caption1>Warna</Caption1>
        <span />
      </div>
      {bands.map((b, i) => {
        const hex = parseColour(b.colour);
        return (
          <div key={i} className={s.band}>
            <Input
              size="small"
              aria-label={`Interval pita ${i + 1}`}
              value={b.interval}
              onChange={(_, d) => set(i, { interval: d.value })}
            />
            <Input
              size="small"
              aria-label={`Kriteria pita ${i + 1}`}
              value={b.label}
              onChange={(_, d) => set(i, { label: d.value })}
            />
            <Input
              size="small"
              aria-label={`Warna pita ${i + 1}`}
              value={b.colour ?? ''}
              contentBefore={
                <span className={s.swatch} style={{ backgroundColor: hex ?? 'transparent' }} />
              }
              onChange={(_, d) => set(i, { colour: d.value })}
            />
            <Button
              size="small"
              appearance="subtle"
              aria-label={`Hapus pita ${i + 1}`}
              title="Hapus pita"
              onClick={() => onChange(bands.filter((_, j) => j !== i))}
            >
              ×
            </Button>
          </div>
        );
      })}
      <div className={s.row}>
        <Button
          size="small"
          onClick={() => onChange([...bands, { interval: '', label: '', colour: '' }])}
        >
          Tambah pita
        </Button>
        <Button
          size="small"
          appearance="subtle"
          onClick={() => onChange(bandsOfScale(SCALE_JEMBER))}
        >
          Mulai dari Permendagri 86/2017
        </Button>
      </div>
      <Caption1>
        Interval ditulis seperti di laporan: &quot;&gt; 100&quot;, &quot;76 - 100&quot;, &quot;≥
        90&quot;, &quot;&lt; 55&quot;. Warna: #RRGGBB atau nama (merah, hijau, biru muda, …).
      </Caption1>
    </div>
  );
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
        <Select value={draft.skala} onChange={(_, d) => set({ skala: d.value as ScaleId })}>
          <option value="permendagri86-jember">Permendagri 86/2017 (≥ 90 Sangat Tinggi)</option>
          <option value="permendagri86-91">Permendagri 86/2017 (≥ 91 Sangat Tinggi)</option>
          <option value="akip">AKIP (PermenPANRB 88/2021)</option>
          <option value="kustom">Kustom</option>
        </Select>
      </Field>
      {draft.skala === 'kustom' && (
        <BandsEditor bands={draft.bands} onChange={(bands) => set({ bands })} />
      )}
      <Field label="Batas atas capaian">
        <Select
          value={draft.batas}
          onChange={(_, d) => set({ batas: d.value as SettingsDraft['batas'] })}
        >
          <option value="tidak">Tidak ada</option>
          <option value="100">100%</option>
          <option value="120">120%</option>
        </Select>
      </Field>
      <Field label="Rumus polaritas negatif">
        <Select value={draft.rumus} onChange={(_, d) => set({ rumus: d.value as RumusNegatif })}>
          <option value="2T-R">(2T − R) / T</option>
          <option value="T/R">T / R</option>
        </Select>
      </Field>
      <Field label="Metode efisiensi">
        <Select
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
      {checked.problems.length > 0 && (
        <MessageBar intent="warning">
          <MessageBarBody>{checked.problems.join(' ')}</MessageBarBody>
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
