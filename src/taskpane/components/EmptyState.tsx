import { Body1, Button, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  box: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    border: `1px dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  steps: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

/** A blank workbook: what to do, and the button that inserts the blank templates. */
export function EmptyState({ busy, onInsert }: { busy: boolean; onInsert: () => void }) {
  const s = useStyles();
  return (
    <section className={s.box} aria-label="Buku kerja kosong">
      <Subtitle2 as="h2">Buku kerja ini belum berisi data kinerja</Subtitle2>
      <Body1>
        Capaian Kinerja membaca tiga lembar yang biasa disusun perencana: <b>TC.25</b> (target
        Renstra per tahun), <b>PK</b> (Perjanjian Kinerja: indikator, target, program dan anggaran)
        dan <b>Realisasi</b> (realisasi indikator dan anggaran).
      </Body1>
      <ol className={s.steps}>
        <li>Salin lembar-lembar itu dari berkas laporan Anda ke buku kerja ini, atau</li>
        <li>sisipkan templat kosong lalu isi barisnya;</li>
        <li>tekan Validasi untuk memeriksa, lalu Hitung &amp; Warnai.</li>
      </ol>
      <Button appearance="primary" disabled={busy} onClick={onInsert}>
        Sisipkan templat kosong
      </Button>
    </section>
  );
}
