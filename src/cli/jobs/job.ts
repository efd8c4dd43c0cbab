/**
 * A piece of work for the command line: a whole file (a page, a document, a JSON file of one or a
 * few records), or one record of a JSON Lines file, read as a stream so that a corpus of any size
 * can be spread over worker threads a record at a time.
 */
export type Job =
  | { kind: 'file'; file: string }
  | { kind: 'record'; file: string; line: number; text: string }
  | { kind: 'refused'; file: string; error: string };
