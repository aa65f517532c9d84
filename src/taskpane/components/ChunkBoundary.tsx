import { Component, type ReactNode } from 'react';
import { ErrorBar } from './ErrorBar';

/**
 * Around a part of the pane loaded on demand (React.lazy): when its chunk cannot be fetched (the
 * network dropped while the pane started), a message instead of a blank pane.
 */
export class ChunkBoundary extends Component<
  { children: ReactNode },
  { failed: boolean; closed: boolean }
> {
  override state = { failed: false, closed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    if (this.state.closed) return null;
    return (
      <ErrorBar
        text="Sebagian panel tidak dapat dimuat (sambungan terputus?). Periksa sambungan internet, lalu tutup dan buka kembali panel ini."
        onClose={() => this.setState({ closed: true })}
      />
    );
  }
}
