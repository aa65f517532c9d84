import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Body1,
  Button,
  Caption1,
  CounterBadge,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { FINDING_TITLE, SEVERITY_TITLE, type Finding, type Severity } from '../../engine/findings';
import { SEVERITY_ORDER } from '../labels';

const SEVERITY_COLOUR: Record<Severity, string> = {
  error: tokens.colorPaletteRedBorder2,
  warning: tokens.colorPaletteMarigoldBorder2,
  info: tokens.colorNeutralStroke1,
};

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: 0, listStyleType: 'none' },
  item: {
    display: 'block',
    width: '100%',
    textAlign: 'left',
    background: 'none',
    border: 'none',
    borderLeftWidth: '3px',
    borderLeftStyle: 'solid',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    marginBottom: tokens.spacingVerticalXS,
    fontFamily: 'inherit',
    color: tokens.colorNeutralForeground1,
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  static: { cursor: 'default', ':hover': { backgroundColor: 'transparent' } },
  title: { display: 'block', fontWeight: tokens.fontWeightSemibold },
  where: { color: tokens.colorNeutralForeground3, display: 'block' },
  code: {
    color: tokens.colorNeutralForeground4,
    display: 'block',
    fontSize: tokens.fontSizeBase100,
  },
  header: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  fix: { marginLeft: tokens.spacingHorizontalS, marginBottom: tokens.spacingVerticalS },
  bulk: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalS,
    marginBottom: tokens.spacingVerticalS,
  },
});

/** What the findings list can ask of the workbook. */
export interface FindingActions {
  /** Cells (`Sheet!A1`) whose typed figure a finding rejects and the engine can write. */
  fixable: Set<string>;
  busy: boolean;
  onFix: (cells: string[]) => void;
  onUndo: () => void;
}

/** Where the finding is: `Realisasi!F11`, `lembar PK`, `buku kerja`. */
function where(f: Finding): string {
  return f.sheet ? (f.cell ? `${f.sheet}!${f.cell}` : `lembar ${f.sheet}`) : 'buku kerja';
}

/** The findings grouped by severity; a finding with a cell selects it in the workbook. */
export function Findings({
  findings,
  onSelect,
  actions,
}: {
  findings: Finding[];
  onSelect: (sheet: string, cell: string | null) => void;
  actions?: FindingActions;
}) {
  const s = useStyles();
  const undo = actions && (
    <Button size="small" disabled={actions.busy} onClick={actions.onUndo}>
      Batalkan perbaikan
    </Button>
  );
  if (findings.length === 0)
    return (
      <>
        <Body1>Tidak ada temuan: semua angka yang diketik sesuai.</Body1>
        {undo && <div className={s.bulk}>{undo}</div>}
      </>
    );
  const cellOf = (f: Finding) => (f.sheet && f.cell ? `${f.sheet}!${f.cell}` : null);
  const fixable = [
    ...new Set(
      findings
        .filter((f) => f.severity !== 'info')
        .map(cellOf)
        .filter((c): c is string => c !== null && !!actions?.fixable.has(c)),
    ),
  ];
  const groups = SEVERITY_ORDER.map((sev) => ({
    sev,
    items: findings.filter((f) => f.severity === sev),
  })).filter((g) => g.items.length > 0);
  return (
    <>
      {actions && (
        <div className={s.bulk}>
          {fixable.length > 0 && (
            <Button
              size="small"
              appearance="primary"
              disabled={actions.busy}
              onClick={() => actions.onFix(fixable)}
              title="Tulis hasil hitung ke setiap sel yang angkanya salah; nilai lama dicatat"
            >
              Terapkan semua perbaikan ({fixable.length})
            </Button>
          )}
          {undo}
        </div>
      )}
      <Accordion multiple collapsible defaultOpenItems={groups.map((g) => g.sev)}>
        {groups.map(({ sev, items }) => (
          <AccordionItem key={sev} value={sev}>
            <AccordionHeader>
              <span className={s.header}>
                {SEVERITY_TITLE[sev]}
                <CounterBadge
                  count={items.length}
                  overflowCount={999}
                  color={
                    sev === 'error' ? 'danger' : sev === 'warning' ? 'important' : 'informative'
                  }
                />
              </span>
            </AccordionHeader>
            <AccordionPanel>
              <ul className={s.list} data-severity={sev}>
                {items.map((f, i) => {
                  const style = { borderLeftColor: SEVERITY_COLOUR[sev] };
                  const body = (
                    <>
                      <Body1 className={s.title} data-title>
                        {FINDING_TITLE[f.code]}
                      </Body1>
                      <Caption1 className={s.where}>{where(f)}</Caption1>
                      <Body1>{f.message}</Body1>
                      <span className={s.code} data-code>
                        Kode: {f.code}
                      </span>
                    </>
                  );
                  return (
                    <li key={`${f.code}-${f.sheet}-${f.cell}-${i}`}>
                      {f.sheet ? (
                        <button
                          type="button"
                          className={s.item}
                          style={style}
                          data-finding={f.code}
                          data-cell={f.cell ? `${f.sheet}!${f.cell}` : f.sheet}
                          title={
                            f.cell ? `Pilih sel ${f.sheet}!${f.cell}` : `Buka lembar ${f.sheet}`
                          }
                          onClick={() => onSelect(f.sheet!, f.cell)}
                        >
                          {body}
                        </button>
                      ) : (
                        <div
                          className={`${s.item} ${s.static}`}
                          style={style}
                          data-finding={f.code}
                        >
                          {body}
                        </div>
                      )}
                      {actions && sev !== 'info' && fixable.includes(cellOf(f) ?? '') && (
                        <Button
                          className={s.fix}
                          size="small"
                          appearance="secondary"
                          disabled={actions.busy}
                          data-fix={cellOf(f)}
                          onClick={() => actions.onFix([cellOf(f)!])}
                        >
                          Terapkan perbaikan
                        </Button>
                      )}
                    </li>
                  );
                })}
              </ul>
            </AccordionPanel>
          </AccordionItem>
        ))}
      </Accordion>
    </>
  );
}
