import type { ManifestContext } from '../context';
import { child, childrenNamed } from '../xmlTree';

export const MAX_SHORT = 125;
export const MAX_LONG = 250;
/** The locale every user-visible string must also be given in. */
export const SECOND_LOCALE = 'vi-VN';

interface Visible {
  what: string;
  max: number;
  defaultValue: string | undefined;
  overrides: { locale: string; value: string }[];
}

function visibleStrings(m: ManifestContext): Visible[] {
  const out: Visible[] = [];
  for (const [name, max] of [
    ['DisplayName', MAX_SHORT],
    ['Description', MAX_LONG],
  ] as const) {
    const el = child(m.app, name);
    if (!el) continue;
    out.push({
      what: `<${name}>`,
      max,
      defaultValue: el.attrs.DefaultValue,
      overrides: childrenNamed(el, 'Override').map((o) => ({
        locale: o.attrs.Locale ?? '',
        value: o.attrs.Value ?? '',
      })),
    });
  }
  for (const r of m.allResources) {
    if (r.kind !== 'ShortStrings' && r.kind !== 'LongStrings') continue;
    out.push({
      what: `bt:${r.kind} "${r.id}"`,
      max: r.kind === 'ShortStrings' ? MAX_SHORT : MAX_LONG,
      defaultValue: r.el.attrs.DefaultValue,
      overrides: childrenNamed(r.el, 'Override').map((o) => ({
        locale: o.attrs.Locale ?? '',
        value: o.attrs.Value ?? '',
      })),
    });
  }
  return out;
}

/** Lengths are counted in characters as Office counts them (UTF-16 code units). */
export function checkStrings(m: ManifestContext): string[] {
  const problems: string[] = [];
  for (const s of visibleStrings(m)) {
    const values = [
      { label: 'DefaultValue', value: s.defaultValue },
      ...s.overrides.map((o) => ({ label: `${o.locale} override`, value: o.value })),
    ];
    for (const { label, value } of values) {
      if (value === undefined || value.trim() === '') {
        problems.push(`${s.what}: ${label} is empty`);
      } else if (value.length > s.max) {
        problems.push(
          `${s.what}: ${label} is ${value.length} characters; at most ${s.max} are allowed`,
        );
      }
    }
    if (!s.overrides.some((o) => o.locale === SECOND_LOCALE)) {
      problems.push(
        `${s.what} has no ${SECOND_LOCALE} override (Override Locale="${SECOND_LOCALE}")`,
      );
    }
  }
  return problems;
}
