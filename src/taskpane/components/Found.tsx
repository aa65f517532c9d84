import { Badge, Caption1, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import type { Analysis } from '../../workbook/analyze';
import { KIND_LABELS } from '../labels';

const useStyles = makeStyles({
  list: { margin: `0 0 ${tokens.spacingVerticalM}`, paddingLeft: 0, listStyleType: 'none' },
  // On a narrow pane the badge goes under a long sheet name rather than being cut.
  row: {
    display: 'flex',
    flexWrap: 'wrap',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
    paddingTop: tokens.spacingVerticalXXS,
    paddingBottom: tokens.spacingVerticalXXS,
  },
  pk: {
    borderLeft: `3px solid ${tokens.colorBrandStroke1}`,
    paddingLeft: tokens.spacingHorizontalS,
    marginBottom: tokens.spacingVerticalS,
  },
  muted: { color: tokens.colorNeutralForeground3 },
  name: { minWidth: 0, overflowWrap: 'anywhere' },
  badge: { flexShrink: 0, maxWidth: '100%' },
});

/** What the reader found: the sheets by kind and the PKs with their year, period and counts. */
export function Found({ analysis }: { analysis: Analysis }) {
  const s = useStyles();
  const sheets = analysis.sheets.filter((x) => x.kind !== 'record');
  return (
    <section aria-label="Yang ditemukan">
      <Subtitle2 as="h2">Lembar yang dikenali</Subtitle2>
      <ul className={s.list}>
        {sheets.map((x) => (
          <li key={x.name} className={s.row}>
            <span className={s.name}>{x.name}</span>
            <Badge
              appearance="tint"
              color={x.kind === 'other' ? 'subtle' : 'brand'}
              className={s.badge}
            >
              {KIND_LABELS[x.kind] ?? x.kind}
            </Badge>
          </li>
        ))}
      </ul>
      {analysis.results.length > 0 && <Subtitle2 as="h2">Perjanjian Kinerja</Subtitle2>}
      {analysis.results.map((r) => {
        const sasaran = new Set(r.indikator.map((i) => i.input.sasaran ?? '')).size;
        return (
          <div key={r.pk.sheet} className={s.pk} data-pk={r.pk.sheet}>
            <div className={s.row}>
              <strong className={s.name}>{r.pk.sheet}</strong>
              <Badge
                appearance="tint"
                color={r.pk.dilaporkan ? 'success' : 'subtle'}
                className={s.badge}
              >
                {r.pk.dilaporkan ? 'diukur' : 'digantikan'}
              </Badge>
            </div>
            <Caption1 className={s.muted}>
              Tahun {r.pk.tahun ?? '?'} · Renstra {r.pk.periode ?? '?'} ·{' '}
              {r.pk.jenis === 'perubahan' ? 'PK Perubahan' : 'PK awal'}
              {r.pk.dilaporkan &&
                ` · ${r.indikator.length} indikator, ${sasaran} sasaran, ${r.pk.programs.length} program`}
            </Caption1>
          </div>
        );
      })}
    </section>
  );
}
