/** A plain star-on-blue mark; deliberately not the national emblem, which has rules of use. */
export function BrandMark({ size = 32 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="6" fill="#1f4e79" />
      <path d="M16 5l3.1 6.9 7.4.7-5.6 5 1.6 7.4L16 21.2 9.5 25l1.6-7.4-5.6-5 7.4-.7z" fill="#f5c400" />
    </svg>
  );
}
