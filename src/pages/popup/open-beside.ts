import { browser } from 'wxt/browser';

type SidePanelApi = { open(options: { windowId: number }): Promise<void> };
type SidebarApi = { open(): Promise<void> };

const sidePanel = () => (globalThis as { chrome?: { sidePanel?: SidePanelApi } }).chrome?.sidePanel;
const sidebar = () => (browser as unknown as { sidebarAction?: SidebarApi }).sidebarAction;

/** Whether this browser can show the report beside the page (Chrome's side panel, Firefox's sidebar). */
export const canOpenBeside = (): boolean => Boolean(sidePanel() ?? sidebar());

/** The window the popup belongs to, asked ahead: opening the panel must happen within the click itself. */
export const currentWindowId = (): Promise<number | null> =>
  browser.windows.getCurrent().then(
    (win) => win.id ?? null,
    () => null,
  );

/**
 * Opens the report beside the page, where it stays while the user writes in the application form (the
 * popup closes at every click elsewhere). Both browsers require a click: call it from one, at once.
 */
export function openBeside(windowId: number | null): void {
  const opened = sidebar()?.open() ?? (windowId === null ? undefined : sidePanel()?.open({ windowId }));
  void opened?.then(
    () => window.close(),
    () => undefined,
  );
}
