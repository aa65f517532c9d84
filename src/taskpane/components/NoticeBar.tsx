/**
 * The pane's notice: one short sentence, and when the notice has a list, a "Lihat daftar" button
 * that shows it (and "Sembunyikan daftar" that hides it again).
 */
import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { PaneNotice } from '../notices';

const useStyles = makeStyles({
  list: {
    margin: `${tokens.spacingVerticalXS} 0 0`,
    paddingLeft: tokens.spacingHorizontalL,
    overflowWrap: 'anywhere',
  },
  toggle: { minWidth: 0, paddingLeft: tokens.spacingHorizontalXS },
});

export function NoticeBar({
  notice,
  onClose,
  extra,
}: {
  notice: PaneNotice;
  onClose: () => void;
  /** Further actions (e.g. Buka halaman di peramban). */
  extra?: React.ReactNode;
}) {
  const s = useStyles();
  const [open, setOpen] = useState(false);
  const details = notice.details ?? [];
  return (
    <MessageBar intent={notice.intent} layout="multiline" data-notice>
      <MessageBarBody>
        <span data-notice-text>{notice.text}</span>{' '}
        {details.length > 0 && (
          <Button
            appearance="transparent"
            size="small"
            className={s.toggle}
            aria-expanded={open}
            data-notice-toggle
            onClick={() => setOpen((x) => !x)}
          >
            {open ? 'Sembunyikan daftar' : 'Lihat daftar'}
          </Button>
        )}
        {open && (
          <ul className={s.list} data-notice-details>
            {details.map((d) => (
              <li key={d}>{d}</li>
            ))}
          </ul>
        )}
      </MessageBarBody>
      <MessageBarActions
        containerAction={
          <Button appearance="transparent" aria-label="Tutup" onClick={onClose}>
            ×
          </Button>
        }
      >
        {extra}
      </MessageBarActions>
    </MessageBar>
  );
}
