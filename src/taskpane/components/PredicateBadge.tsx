import { makeStyles, tokens } from '@fluentui/react-components';
import { fontFor } from '../../engine/scales';

const useStyles = makeStyles({
  badge: {
    display: 'inline-block',
    padding: `0 ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase300,
    fontWeight: tokens.fontWeightSemibold,
    whiteSpace: 'nowrap',
    border: `1px solid ${tokens.colorNeutralStroke2}`,
  },
});

/** A predicate in the fill of its band, with the engine's contrast font colour. */
export function PredicateBadge({ label, fill }: { label: string | null; fill: string | null }) {
  const s = useStyles();
  if (!label) return <span className={s.badge}>tanpa predikat</span>;
  const style = fill ? { backgroundColor: fill, color: fontFor(fill) } : undefined;
  return (
    <span className={s.badge} style={style} data-fill={fill ?? ''}>
      {label}
    </span>
  );
}
