/**
 * Mount the pane: the Fluent provider around the app. Used by the task pane page inside Excel
 * and by the browser preview.
 */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import { App, type PaneProps } from './components/App';

export function mountPane(el: HTMLElement, props: PaneProps = {}): () => void {
  const root = createRoot(el);
  root.render(
    <FluentProvider theme={webLightTheme} style={{ height: '100%' }}>
      <App {...props} />
    </FluentProvider>,
  );
  return () => root.unmount();
}
