import { browser } from 'wxt/browser';
import { injectAdvertScripts } from '../messaging/advert-tab-scripts';
import { requestAnalysis } from '../messaging/request-analysis';
import { exposeForTests } from './menu-click-hook';

export const MENU_ID = 'nhsps-analyse-page';

type SidePanelApi = { open(options: { tabId: number }): Promise<void> };
type SidebarApi = { open(): Promise<void> };

/**
 * "Analyse this page" in the page's context menu, for pages the content script does not run on by itself
 * (a trust's career site, a saved copy). The click grants activeTab for that tab: the same reader runs
 * there, once, and the report opens beside the page.
 */
export function analysePageMenu(): void {
  browser.runtime.onInstalled.addListener(() => {
    void browser.contextMenus.removeAll().then(() =>
      browser.contextMenus.create({
        id: MENU_ID,
        title: 'Analyse this page (person specification)',
        contexts: ['page', 'selection', 'link'],
      }),
    );
  });
  const onClicked = (info: { menuItemId: string | number }, tab?: { id?: number }) => {
    if (info.menuItemId !== MENU_ID || tab?.id === undefined) return undefined;
    // The panel must open within the click itself, before anything is awaited.
    openBesideFor(tab.id);
    return analyse(tab.id);
  };
  browser.contextMenus.onClicked.addListener(onClicked);
  exposeForTests('__nhspsMenuClicked', onClicked);
}

function openBesideFor(tabId: number): void {
  const sidebar = (browser as unknown as { sidebarAction?: SidebarApi }).sidebarAction;
  const sidePanel = (globalThis as { chrome?: { sidePanel?: SidePanelApi } }).chrome?.sidePanel;
  void (sidebar?.open() ?? sidePanel?.open({ tabId }))?.catch(() => undefined);
}

/** Runs the reader and the painter on the tab unless they already run there (an advert of a supported site). */
async function analyse(tabId: number): Promise<void> {
  if ((await requestAnalysis(tabId)).state !== 'no-content-script') return;
  await injectAdvertScripts({ tabId }).catch(() => undefined);
}
