import { servedBy, type ManifestContext } from '../context';
import { at, child, walk } from '../xmlTree';

export interface ManifestUrl {
  what: string;
  url: string;
}

/** Every URL the manifest gives, with what it is for. */
export function manifestUrls(m: ManifestContext): ManifestUrl[] {
  const out: ManifestUrl[] = [];
  for (const name of ['IconUrl', 'HighResolutionIconUrl', 'SupportUrl']) {
    const el = child(m.app, name);
    if (el?.attrs.DefaultValue !== undefined)
      out.push({ what: `<${name}>`, url: el.attrs.DefaultValue });
  }
  const source = at(m.app, ['DefaultSettings', 'SourceLocation']);
  if (source?.attrs.DefaultValue !== undefined) {
    out.push({ what: '<DefaultSettings><SourceLocation>', url: source.attrs.DefaultValue });
  }
  for (const r of m.allResources) {
    if (r.kind === 'Images' || r.kind === 'Urls') {
      out.push({ what: `bt:${r.kind} "${r.id}"`, url: r.el.attrs.DefaultValue ?? '' });
    }
  }
  const domains = child(m.app, 'AppDomains');
  if (domains)
    for (const d of walk(domains)) if (d.text) out.push({ what: '<AppDomain>', url: d.text });
  return out;
}

/**
 * Every URL is https, on the one origin the task pane comes from (no remote resources), and
 * leads to a page the build makes or a file it copies.
 */
export function checkUrls(m: ManifestContext): string[] {
  const problems: string[] = [];
  const urls = manifestUrls(m);
  const home = at(m.app, ['DefaultSettings', 'SourceLocation'])?.attrs.DefaultValue;
  let origin: string | null;
  try {
    origin = home ? new URL(home).origin : null;
  } catch {
    origin = null;
  }
  if (!origin) problems.push('<DefaultSettings><SourceLocation> has no valid URL');
  for (const { what, url } of urls) {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      problems.push(`${what}: "${url}" is not a valid URL`);
      continue;
    }
    const loopback = ['localhost', '127.0.0.1', '[::1]'].includes(parsed.hostname);
    // http only on this machine (a local test build); Office itself loads add-ins over https.
    if (parsed.protocol !== 'https:' && !(parsed.protocol === 'http:' && loopback)) {
      problems.push(`${what}: "${url}" must use https`);
      continue;
    }
    if (origin && parsed.origin !== origin) {
      problems.push(
        `${what}: "${url}" is on ${parsed.origin}, not on ${origin} where the add-in is served; Bảng Kiểm loads nothing from elsewhere`,
      );
      continue;
    }
    const served = servedBy(m.env, parsed, home ? new URL('.', home) : undefined);
    if (served.kind === 'missing') {
      problems.push(`${what}: "${url}" is not served: ${served.why}`);
    }
  }
  return problems;
}
