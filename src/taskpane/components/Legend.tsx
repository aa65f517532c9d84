import {
  Caption1,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  tokens,
} from '@fluentui/react-components';
import type { Settings } from '../../engine/model';
import { describeScaleProblems, invalidScaleNote } from '../../engine/scale-check';
import { bandText, fontFor, PRESET_SCALES, type Scale } from '../../engine/scales';

const useStyles = makeStyles({
  table: { borderCollapse: 'collapse', width: '100%', marginTop: tokens.spacingVerticalXS },
  swatch: {
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    fontWeight: tokens.fontWeightSemibold,
  },
  cell: {
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    whiteSpace: 'nowrap',
  },
  source: { color: tokens.colorNeutralForeground3 },
});

export function scaleInUse(settings: Settings): Scale {
  if (settings.skala === 'kustom' && settings.skalaKustom) return settings.skalaKustom;
  if (settings.skala === 'kustom') return PRESET_SCALES['permendagri86-jember'];
  return PRESET_SCALES[settings.skala];
}

/** The legend of the scale in use: the bands exactly as they are applied. */
export function Legend({ settings }: { settings: Settings }) {
  const s = useStyles();
  const scale = scaleInUse(settings);
  const note = invalidScaleNote(settings);
  return (
    <section aria-label="Legenda skala">
      <Subtitle2 as="h2">
        {scale.id === 'kustom' ? 'Skala yang ditetapkan dalam Pengaturan' : `Skala: ${scale.name}`}
      </Subtitle2>
      {note && (
        <MessageBar intent="error" layout="multiline" data-scale-problems>
          <MessageBarBody>
            {note} {describeScaleProblems(settings).join(' ')} Perbaiki di tab Pengaturan.
          </MessageBarBody>
        </MessageBar>
      )}
      <table className={s.table}>
        <tbody>
          {scale.bands.map((b, i) => (
            <tr key={b.label}>
              <td className={s.cell}>{bandText(scale, i)}</td>
              <td
                className={s.swatch}
                style={{ backgroundColor: b.fill, color: fontFor(b.fill) }}
                data-fill={b.fill}
              >
                {b.code ? `${b.code} ${b.label}` : b.label}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <Caption1 className={s.source}>Sumber: {scale.source}</Caption1>
    </section>
  );
}
