import type { BrowserContext } from '@playwright/test';

/** The popup's score, rendered once the report is (src/pages/report/ReportSummary.tsx). */
const REPORT_READY = '[data-testid="essential-summary"]';

/** Registered before the popup's own scripts: when the report first appears, on the page's clock. */
function watchForReport(selector: string) {
  const w = window as unknown as { nhspsReportAt?: number };
  new MutationObserver((_, observer) => {
    if (!document.querySelector(selector)) return;
    w.nhspsReportAt = performance.now();
    observer.disconnect();
  }).observe(document, { childList: true, subtree: true });
}

/**
 * The popup opened as a tab on an advert's tab (popup.html?tab=<id>): milliseconds from its
 * navigation start (its time origin) until the report's score is in the page.
 */
export async function popupReadyMs(context: BrowserContext, popupUrl: string): Promise<number> {
  const popup = await context.newPage();
  try {
    await popup.addInitScript(watchForReport, REPORT_READY);
    await popup.goto(popupUrl);
    const at = await popup.waitForFunction(
      () => (window as unknown as { nhspsReportAt?: number }).nhspsReportAt,
      null,
      {
        timeout: 30_000,
      },
    );
    return (await at.jsonValue()) as number;
  } finally {
    await popup.close();
  }
}
