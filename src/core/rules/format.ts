/** 0.1897 → "19.0%" with one decimal. Reports use a dot: the same text in both languages. */
export function formatShare(share: number, decimals = 1): string {
  return `${(share * 100).toFixed(decimals)}%`;
}
