import { homeBase, servedBy, type ManifestContext } from '../context';
import { pngFileSize } from '../pngSize';
import { child, localName, walk } from '../xmlTree';

interface IconUse {
  what: string;
  url: string;
  size: number;
}

function iconUses(m: ManifestContext): IconUse[] {
  const uses: IconUse[] = [];
  for (const [name, size] of [
    ['IconUrl', 32],
    ['HighResolutionIconUrl', 64],
  ] as const) {
    const url = child(m.app, name)?.attrs.DefaultValue;
    if (url) uses.push({ what: `<${name}>`, url, size });
  }
  for (const el of walk(m.app)) {
    if (localName(el.name) !== 'Icon') continue;
    for (const img of el.children) {
      const resid = img.attrs.resid;
      const size = Number(img.attrs.size);
      const res = resid === undefined ? undefined : m.resources.get(resid);
      if (!res || res.kind !== 'Images' || !Number.isFinite(size)) continue;
      uses.push({
        what: `icon "${resid}" (size ${size})`,
        url: res.el.attrs.DefaultValue ?? '',
        size,
      });
    }
  }
  return uses;
}

/** Every icon exists in the project as a PNG of exactly the size it is declared at. */
export function checkIcons(m: ManifestContext): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const use of iconUses(m)) {
    let url: URL;
    try {
      url = new URL(use.url);
    } catch {
      continue; // checkUrls reports it
    }
    const served = servedBy(m.env, url, homeBase(m));
    if (served.kind !== 'file') {
      if (served.kind === 'page') problems.push(`${use.what}: ${use.url} is a page, not a PNG`);
      continue; // a missing file is reported by checkUrls
    }
    const key = `${served.file}@${use.size}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const dims = pngFileSize(served.file);
    if (!dims) {
      problems.push(`${use.what}: ${served.path} is not a PNG file`);
    } else if (dims.width !== use.size || dims.height !== use.size) {
      problems.push(
        `${use.what}: ${served.path} is ${dims.width}×${dims.height} px; it must be ${use.size}×${use.size} px`,
      );
    }
  }
  return problems;
}
