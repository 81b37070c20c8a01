/**
 * Offers a blob as a download with the given file name (the brief's exports, a chart's PNG). The
 * object URL is revoked a little later: revoked at once, some browsers cancel the download.
 */
export function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
