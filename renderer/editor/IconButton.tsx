import type { LucideIcon } from 'lucide-react';
import type { ButtonHTMLAttributes, ReactNode } from 'react';

interface Props extends ButtonHTMLAttributes<HTMLButtonElement> {
  icon?: LucideIcon;
  label?: ReactNode;
  variant?: 'ghost' | 'default' | 'primary';
  /** Tooltip; also the accessible name when there is no label. */
  title: string;
}

/** A toolbar-style button: icon, optional label, tooltip. */
export function IconButton({ icon: Icon, label, variant = 'ghost', title, className, ...rest }: Props) {
  return (
    <button type="button" title={title} aria-label={label ? undefined : title} className={`btn btn-${variant}${label ? '' : ' btn-icon'}${className ? ` ${className}` : ''}`} {...rest}>
      {Icon && <Icon size={15} strokeWidth={1.75} aria-hidden />}
      {label && <span>{label}</span>}
    </button>
  );
}
