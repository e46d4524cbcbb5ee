export function Logo() {
  return (
    <div className="logo" aria-label="Dashwright">
      <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
        <rect x="1" y="1" width="6" height="6" rx="1.5" fill="var(--accent)" />
        <rect x="9" y="1" width="6" height="6" rx="1.5" fill="currentColor" opacity="0.35" />
        <rect x="1" y="9" width="14" height="6" rx="1.5" fill="currentColor" opacity="0.6" />
      </svg>
      <span>Dashwright</span>
    </div>
  );
}
