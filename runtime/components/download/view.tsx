import { useEffect, useRef, type ReactElement } from 'react';
import type { ViewProps } from '../define';
import type { DownloadData, DownloadProps } from './props';

function bytesOf(data: DownloadData): BlobPart {
  if (!data.base64) return data.content;
  const binary = atob(data.content.replace(/\s+/g, ''));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Saves `data` as a file: a Blob behind an object URL, clicked through a temporary a[download]. */
export function saveFile(data: DownloadData, doc: Document = document): void {
  const blob = new Blob([bytesOf(data)], { type: data.mimeType });
  const url = URL.createObjectURL(blob);
  const a = doc.createElement('a');
  a.href = url;
  a.download = data.filename;
  a.rel = 'noopener';
  a.style.display = 'none';
  doc.body.appendChild(a);
  a.click();
  a.remove();
  // Revoking at once can cancel the download in some browsers; a minute is plenty.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * Draws nothing: each time `data` changes to a file, the browser downloads it. The value the page
 * loaded with is not downloaded (a reload does not download again); the same file set again is
 * not a change (Dash's dcc.Download behaves alike).
 */
export function DownloadView({ props, mode }: ViewProps<DownloadProps>): ReactElement | null {
  const key = props.data === null ? null : JSON.stringify(props.data);
  const last = useRef(key);
  const data = props.data;
  useEffect(() => {
    if (key === last.current) return;
    last.current = key;
    if (mode !== 'app' || data === null) return;
    try {
      saveFile(data);
    } catch (err) {
      console.error(`download of ${data.filename} failed: ${(err as Error).message}`);
    }
  }, [key, data, mode]);
  return null;
}
