import { useCallback, useEffect, useId, useRef, useState, type DragEvent, type ReactElement } from 'react';
import type { ViewProps } from '../define';
import type { UploadedFile, UploadProps } from './props';

/** "12.3 KB": sizes as people read them (powers of 1000, as file managers show them). */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} B`;
  const units = ['KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = -1;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  return `${value >= 100 ? value.toFixed(0) : value.toFixed(1)} ${units[unit]}`;
}

/** Whether `file` fits an accept attribute (".csv", "image/*", "text/csv"), as the native picker filters. */
export function accepts(accept: string, file: { name: string; type: string }): boolean {
  const tokens = accept.split(',').map((t) => t.trim().toLowerCase()).filter(Boolean);
  if (tokens.length === 0) return true;
  const name = file.name.toLowerCase();
  const type = file.type.toLowerCase();
  return tokens.some((t) => (t.startsWith('.') ? name.endsWith(t) : t.endsWith('/*') ? type.startsWith(t.slice(0, -1)) : type === t));
}

function readDataUrl(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : '');
    reader.onerror = () => reject(reader.error ?? new Error(`could not read ${file.name}`));
    reader.readAsDataURL(file);
  });
}

function listOf(files: ArrayLike<File> | null | undefined): File[] {
  const out: File[] = [];
  for (let i = 0; i < (files?.length ?? 0); i++) out.push(files![i]!);
  return out;
}

/**
 * A native file input laid over a drop zone: clicking anywhere in the zone (or Enter/Space on the
 * focused input) opens the browser's picker, and files dropped on it are taken as picked ones.
 * Each accepted file is read with FileReader.readAsDataURL; a file too big or of a type `accept`
 * does not list is refused with a message in the component, the others are still taken.
 */
export function UploadView({ props, setProp, mode }: ViewProps<UploadProps>): ReactElement {
  const inputId = useId();
  const hintId = useId();
  const ref = useRef<HTMLInputElement>(null);
  const [problems, setProblems] = useState<string[]>([]);
  const [reading, setReading] = useState(false);
  const [dragging, setDragging] = useState(false);
  const design = mode === 'design';
  const latest = useRef({ props, setProp });
  const alive = useRef(true);

  useEffect(() => {
    latest.current = { props, setProp };
  });

  useEffect(() => {
    alive.current = true;
    return () => {
      alive.current = false;
    };
  }, []);

  const take = useCallback(async (picked: File[]): Promise<void> => {
    const { props: p } = latest.current;
    if (p.disabled || picked.length === 0) return;
    const found: string[] = [];
    if (!p.multiple && picked.length > 1) found.push(`One file at a time: took ${picked[0]!.name}`);
    const candidates = p.multiple ? picked : picked.slice(0, 1);
    const ok = candidates.filter((f) => {
      if (!accepts(p.accept, f)) found.push(`${f.name} is not an accepted file type (${p.accept})`);
      else if (p.maxSize >= 0 && f.size > p.maxSize) found.push(`${f.name} is ${formatBytes(f.size)}, over the ${formatBytes(p.maxSize)} limit`);
      else return true;
      return false;
    });
    setProblems(found);
    if (ok.length === 0) return;
    setReading(true);
    try {
      const files: UploadedFile[] = await Promise.all(
        ok.map(async (f) => ({ name: f.name, size: f.size, type: f.type, lastModified: f.lastModified, dataUrl: await readDataUrl(f) })),
      );
      if (alive.current) latest.current.setProp('files', files);
    } catch (err) {
      if (alive.current) setProblems([...found, `Could not read the file: ${(err as Error).message}`]);
    } finally {
      if (alive.current) setReading(false);
    }
  }, []);

  useEffect(() => {
    const el = ref.current!;
    const onChange = (): void => {
      const picked = listOf(el.files);
      void take(picked).finally(() => {
        // Picking the same file again must fire change again.
        el.value = '';
      });
    };
    el.addEventListener('change', onChange);
    return () => el.removeEventListener('change', onChange);
  }, [take]);

  const onDragOver = (e: DragEvent): void => {
    e.preventDefault(); // lets the drop happen here instead of the browser opening the file
    if (!design && !props.disabled) setDragging(true);
  };
  const onDrop = (e: DragEvent): void => {
    e.preventDefault();
    setDragging(false);
    if (!design) void take(listOf(e.dataTransfer?.files));
  };
  const remove = (index: number): void => setProp('files', props.files.filter((_, i) => i !== index));

  const hint = [props.accept ? props.accept.split(',').map((t) => t.trim()).join(', ') : '', props.maxSize >= 0 ? `up to ${formatBytes(props.maxSize)}` : '']
    .filter(Boolean)
    .join(' · ');
  return (
    <div className="dw-field dw-upload">
      {props.label ? <label className="dw-label" htmlFor={inputId}>{props.label}</label> : null}
      <div
        className="dw-upload-zone"
        data-dragging={dragging ? 'true' : undefined}
        data-disabled={props.disabled ? 'true' : undefined}
        onDragOver={onDragOver}
        onDragEnter={onDragOver}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <input
          ref={ref}
          id={inputId}
          className="dw-upload-input"
          type="file"
          accept={props.accept || undefined}
          multiple={props.multiple}
          disabled={props.disabled}
          tabIndex={design ? -1 : undefined}
          aria-label={props.label ? undefined : props.prompt || 'Upload a file'}
          aria-describedby={hint ? hintId : undefined}
          aria-busy={reading ? true : undefined}
        />
        <svg className="dw-upload-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <path d="M12 15V4m0 0-4 4m4-4 4 4M5 15v3a2 2 0 0 0 2 2h10a2 2 0 0 0 2-2v-3" fill="none" stroke="currentColor" strokeWidth="1.75" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
        <span className="dw-upload-prompt">{reading ? 'Reading…' : props.prompt}</span>
        {hint ? <span className="dw-upload-hint" id={hintId}>{hint}</span> : null}
      </div>
      {problems.length > 0 ? (
        <div className="dw-upload-error" role="alert">
          {problems.map((p, i) => <div key={i}>{p}</div>)}
        </div>
      ) : null}
      {props.files.length > 0 ? (
        <ul className="dw-upload-files" aria-label="Chosen files">
          {props.files.map((f, i) => (
            <li key={`${i}:${f.name}`} className="dw-upload-file">
              <span className="dw-upload-name" title={f.name}>{f.name}</span>
              <span className="dw-upload-size">{formatBytes(f.size)}</span>
              <button type="button" className="dw-upload-remove" aria-label={`Remove ${f.name}`} title="Remove" tabIndex={design ? -1 : undefined} disabled={props.disabled} onClick={() => remove(i)}>
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
