import { useEffect, useState } from 'react';
import { getHost } from '../host';

/** Recently opened project folders, newest first (empty when the host cannot say). */
export function useRecent(): string[] {
  const [dirs, setDirs] = useState<string[]>([]);
  useEffect(() => {
    let live = true;
    getHost()
      .call('recent:list', {})
      .then((r) => live && setDirs(r.dirs))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);
  return dirs;
}

/** "/home/me/work/sales" → "sales" */
export function folderName(dir: string): string {
  const parts = dir.replace(/[\\/]+$/, '').split(/[\\/]/);
  return parts[parts.length - 1] || dir;
}
