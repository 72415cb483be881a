/** Hands a text to the browser as a file download; extension pages need no permission for it. */
export function download(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // Revoking at once can cut a large download short; a minute is plenty.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
