/** Copies text to the clipboard; resolves false when the browser refuses (the caller shows the text instead). */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
