const MB = 1024 * 1024;

/** The largest attached document read (downloaded, or given to the command line). */
export const MAX_DOCUMENT_BYTES = 15 * MB;

/**
 * The largest Word document body (word/document.xml) unpacked. A long job description's body is a
 * few hundred kilobytes; a file that unpacks to more is refused before it can freeze the page.
 */
export const MAX_DOCX_XML_BYTES = 4 * MB;

/** "15 MB", "64 KB": a limit as the user reads it. */
export const sizeText = (bytes: number): string =>
  bytes >= MB ? `${Math.round(bytes / MB)} MB` : `${Math.round(bytes / 1024)} KB`;
