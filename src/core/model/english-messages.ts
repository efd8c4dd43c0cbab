import * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';

/**
 * zod/mini carries no messages: without a locale every failure reads "Invalid input". The pages, the
 * background and the command line call this once at start, so an error the user reads says what is
 * wrong with the field it names ("registrations.0.expires: Invalid ISO date"). The content script
 * never calls it: it validates nothing the user reads, and stays free of zod.
 */
export function loadEnglishMessages(): void {
  z.config(en());
}
