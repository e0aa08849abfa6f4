/** The blue check of a resolved room. */
export function ResolvedCheck({ label, size = 16 }: { label: string; size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 16 16" role="img" aria-label={label} style={{ flex: 'none' }}>
      <title>{label}</title>
      <circle cx="8" cy="8" r="7" fill="var(--color-resolved)" />
      <path d="M4.8 8.2l2.1 2.1 4.3-4.5" fill="none" stroke="#fff" strokeWidth="1.7" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
