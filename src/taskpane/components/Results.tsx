import { Body1, Caption1, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import { formatPercent } from '../../engine/decimal';
import { EFF_RULE, formatEfisiensiUnit } from '../../engine/figures';
import type { MetodeEfisiensi, PkResult } from '../../engine/model';
import { pkTitle } from '../labels';
import { PredicateBadge } from './PredicateBadge';

const useStyles = makeStyles({
  pk: { marginBottom: tokens.spacingVerticalL },
  summary: { color: tokens.colorNeutralForeground3, display: 'block' },
  sasaran: {
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
  },
  line: {
    display: 'flex',
    justifyContent: 'space-between',
    alignItems: 'baseline',
    gap: tokens.spacingHorizontalS,
  },
  name: { fontWeight: tokens.fontWeightSemibold },
  indicators: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingLeft: tokens.spacingHorizontalM },
  indicator: { listStyleType: 'none', marginBottom: tokens.spacingVerticalXXS },
  figure: { whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' },
  rule: {
    color: tokens.colorNeutralForeground3,
    display: 'block',
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    paddingTop: tokens.spacingVerticalS,
  },
});

/**
 * The results per sasaran of each measured PK, with coloured predicates. Every figure is
 * printed by the same functions as the other outputs (engine/decimal, engine/figures).
 */
export function Results({ results, metode }: { results: PkResult[]; metode: MetodeEfisiensi }) {
  const s = useStyles();
  const measured = results.filter((r) => r.pk.dilaporkan);
  if (measured.length === 0) return <Body1>Belum ada hasil: tidak ada PK yang dapat diukur.</Body1>;
  return (
    <>
      {measured.map((r) => (
        <section key={r.pk.sheet} className={s.pk} aria-label={`Hasil ${r.pk.sheet}`}>
          <Subtitle2 as="h2">{pkTitle(r.pk.sheet, r.pk.tahun)}</Subtitle2>
          <Caption1 className={s.summary}>
            {r.ringkasan.jumlahIndikator} indikator: {r.ringkasan.tercapai} tercapai (
            {r.ringkasan.melampaui} melampaui), {r.ringkasan.tidakTercapai} tidak tercapai
            {r.ringkasan.tanpaCapaian ? `, ${r.ringkasan.tanpaCapaian} tanpa capaian` : ''} ·
            rata-rata <span data-figure="rata">{formatPercent(r.ringkasan.rataRataCapaian)}</span>
          </Caption1>
          {r.sasaran.map((x) => (
            <div key={x.no} className={s.sasaran} data-sasaran={x.no}>
              <div className={s.line}>
                <span className={s.name}>
                  {x.no}. {x.nama}
                </span>
                <span className={s.figure} data-figure="capaian">
                  {formatPercent(x.capaian)}
                </span>
              </div>
              <PredicateBadge label={x.predikat} fill={x.warna} />
              {x.efisiensi !== null && (
                <Caption1 className={s.summary}>
                  Serapan <span data-figure="serapan">{formatPercent(x.serapan)}</span> · efisiensi{' '}
                  <span data-figure="efisiensi">{formatEfisiensiUnit(x.efisiensi, metode)}</span>
                  {x.kategoriEfisiensi && (
                    <>
                      {' ('}
                      <span data-kategori title={EFF_RULE[metode]}>
                        {x.kategoriEfisiensi}
                      </span>
                      {')'}
                    </>
                  )}
                </Caption1>
              )}
              <ul className={s.indicators}>
                {x.indikator.map((i) => (
                  <li key={i.input.key} className={s.indicator} data-indikator={i.input.nama}>
                    <div className={s.line}>
                      <Caption1>{i.input.nama}</Caption1>
                      <span className={s.figure}>
                        <Caption1 data-figure="capaian">{formatPercent(i.capaian)}</Caption1>{' '}
                        <PredicateBadge label={i.predikat} fill={i.warna} />
                      </span>
                    </div>
                  </li>
                ))}
              </ul>
            </div>
          ))}
          {r.sasaran.some((x) => x.kategoriEfisiensi !== null) && (
            <Caption1 className={s.rule} data-eff-rule>
              Kategori efisiensi: {EFF_RULE[metode]}
            </Caption1>
          )}
        </section>
      ))}
    </>
  );
}
