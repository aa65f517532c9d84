/**
 * The custom scale's bands in the settings form: the planner's own rows (interval, kriteria,
 * warna), the problems that stop the save in a message bar above them (numbered), and each wrong
 * row marked with the numbers of its problems. The fields of a row wrap on a narrow pane.
 */
import {
  Button,
  Caption1,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  tokens,
} from '@fluentui/react-components';
import {
  parseColour,
  SCALE_JEMBER,
  type CustomBandInput,
  type ScaleIssue,
} from '../../engine/scales';
import { bandsOfScale } from '../../workbook/settings-plan';

const useStyles = makeStyles({
  group: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  band: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    borderLeft: `3px solid transparent`,
  },
  wrong: {
    borderLeftColor: tokens.colorPaletteRedBorder2,
    backgroundColor: tokens.colorPaletteRedBackground1,
  },
  head: { color: tokens.colorNeutralForeground3, paddingTop: 0, paddingBottom: 0 },
  interval: { flex: '1 1 5.5em', minWidth: 0 },
  label: { flex: '1.6 1 7.5em', minWidth: 0 },
  colour: { flex: '1.4 1 7em', minWidth: 0 },
  remove: { flex: '0 0 32px', width: '32px', minWidth: '32px', paddingLeft: 0, paddingRight: 0 },
  hint: { flexBasis: '100%', color: tokens.colorPaletteRedForeground1 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  swatch: {
    width: '14px',
    height: '14px',
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    flexShrink: 0,
  },
});

/** For each row, the 1-based numbers of the problems about it. */
function problemNumbers(issues: ScaleIssue[], count: number): number[][] {
  const out: number[][] = Array.from({ length: count }, () => []);
  issues.forEach((issue, n) => issue.rows.forEach((r) => out[r]?.push(n + 1)));
  return out;
}

function Problems({ issues, fromWorkbook }: { issues: ScaleIssue[]; fromWorkbook: boolean }) {
  const s = useStyles();
  return (
    <MessageBar intent="error" layout="multiline" data-scale-problems>
      <MessageBarBody>
        <MessageBarTitle>Skala kustom belum dapat dipakai</MessageBarTitle>
        {fromWorkbook && (
          <div>
            Perhitungan memakai skala Permendagri 86/2017 sampai pita di bawah diperbaiki dan
            disimpan.
          </div>
        )}
        <ol className={s.list}>
          {issues.map((x, i) => (
            <li key={i}>{x.message}</li>
          ))}
        </ol>
      </MessageBarBody>
    </MessageBar>
  );
}

function BandRow({
  band,
  index,
  problems,
  onSet,
  onRemove,
}: {
  band: CustomBandInput;
  index: number;
  problems: number[];
  onSet: (patch: Partial<CustomBandInput>) => void;
  onRemove: () => void;
}) {
  const s = useStyles();
  const hex = parseColour(band.colour);
  const wrong = problems.length > 0;
  const n = index + 1;
  const hintId = `pita-${n}-masalah`;
  const field = {
    size: 'small' as const,
    'aria-invalid': wrong || undefined,
    'aria-describedby': wrong ? hintId : undefined,
  };
  return (
    <div className={wrong ? `${s.band} ${s.wrong}` : s.band} data-band={n} data-wrong={wrong}>
      <Input
        {...field}
        className={s.interval}
        aria-label={`Interval pita ${n}`}
        value={band.interval}
        onChange={(_, d) => onSet({ interval: d.value })}
      />
      <Input
        {...field}
        className={s.label}
        aria-label={`Kriteria pita ${n}`}
        value={band.label}
        onChange={(_, d) => onSet({ label: d.value })}
      />
      <Input
        {...field}
        className={s.colour}
        aria-label={`Warna pita ${n}`}
        value={band.colour ?? ''}
        contentBefore={
          <span className={s.swatch} style={{ backgroundColor: hex ?? 'transparent' }} />
        }
        onChange={(_, d) => onSet({ colour: d.value })}
      />
      <Button
        size="small"
        appearance="subtle"
        className={s.remove}
        aria-label={`Hapus pita ${n}`}
        title="Hapus pita"
        onClick={onRemove}
      >
        ×
      </Button>
      {wrong && (
        <Caption1 id={hintId} className={s.hint}>
          Pita ini bermasalah: lihat nomor {problems.join(', ')} di atas.
        </Caption1>
      )}
    </div>
  );
}

export function BandsEditor({
  bands,
  issues,
  fromWorkbook,
  onChange,
}: {
  bands: CustomBandInput[];
  /** The problems of the bands, each with the rows it is about. */
  issues: ScaleIssue[];
  /** The workbook's own scale is invalid (the run uses the default scale). */
  fromWorkbook: boolean;
  onChange: (b: CustomBandInput[]) => void;
}) {
  const s = useStyles();
  const numbers = problemNumbers(issues, bands.length);
  const set = (i: number, patch: Partial<CustomBandInput>) =>
    onChange(bands.map((b, j) => (j === i ? { ...b, ...patch } : b)));
  return (
    <div className={s.group} role="group" aria-label="Pita skala kustom">
      {issues.length > 0 && <Problems issues={issues} fromWorkbook={fromWorkbook} />}
      <div className={`${s.band} ${s.head}`} aria-hidden>
        <Caption1 className={s.interval}>Interval</Caption1>
        <Caption1 className={s.label}>Kriteria</Caption1>
        <Caption1 className={s.colour}>Warna</Caption1>
        <span className={s.remove} />
      </div>
      {bands.map((b, i) => (
        <BandRow
          key={i}
          band={b}
          index={i}
          problems={numbers[i]}
          onSet={(patch) => set(i, patch)}
          onRemove={() => onChange(bands.filter((_, j) => j !== i))}
        />
      ))}
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
