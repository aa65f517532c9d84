import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components';

/** A failed job: its message, "Coba lagi" to run it again, and × to close. */
export function ErrorBar({
  text,
  onRetry,
  onClose,
}: {
  text: string;
  onRetry?: () => void;
  onClose: () => void;
}) {
  return (
    <MessageBar intent="error" layout="multiline" data-error>
      <MessageBarBody>
        <MessageBarTitle>Gagal</MessageBarTitle>
        {text}
      </MessageBarBody>
      <MessageBarActions
        containerAction={
          <Button appearance="transparent" aria-label="Tutup" onClick={onClose}>
            ×
          </Button>
        }
      >
        {onRetry && <Button onClick={onRetry}>Coba lagi</Button>}
      </MessageBarActions>
    </MessageBar>
  );
}
