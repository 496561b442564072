import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { at, childrenNamed, localName, type XmlElement } from './xmlTree';

/** What the manifest is checked against: the files the build serves and the commands source. */
export interface ManifestEnv {
  /** The project folder; files the build copies unchanged are looked for here. */
  root: string;
  /** Paths, from the site's root, of the HTML pages the build makes ("taskpane.html"). */
  pages: string[];
  /** Files and folders, from the project folder, the build copies to dist/ unchanged. */
  copied: string[];
  /** Text of src/commands/commands.ts. */
  commandsSource: string;
}

export type ResourceKind = 'Images' | 'Urls' | 'ShortStrings' | 'LongStrings';

export interface Resource {
  id: string;
  kind: ResourceKind;
  el: XmlElement;
}

export interface ManifestContext {
  app: XmlElement;
  env: ManifestEnv;
  /** Resources by id; a duplicate id keeps its first definition (the duplicate is reported). */
  resources: Map<string, Resource>;
  allResources: Resource[];
}

export const RESOURCE_KINDS: ResourceKind[] = ['Images', 'Urls', 'ShortStrings', 'LongStrings'];

export function makeContext(app: XmlElement, env: ManifestEnv): ManifestContext {
  const allResources: Resource[] = [];
  const res = at(app, ['VersionOverrides', 'Resources']);
  if (res) {
    for (const kind of RESOURCE_KINDS) {
      for (const group of childrenNamed(res, kind)) {
        for (const el of group.children) allResources.push({ id: el.attrs.id ?? '', kind, el });
      }
    }
  }
  const resources = new Map<string, Resource>();
  for (const r of allResources) if (!resources.has(r.id)) resources.set(r.id, r);
  return { app, env, resources, allResources };
}

/** Where a URL of the manifest leads in the build's output. */
export type Served =
  | { kind: 'page'; path: string }
  | { kind: 'file'; path: string; file: string }
  | { kind: 'missing'; path: string; why: string };

/** The folder the task pane page is served from, which every other address hangs from. */
export function homeBase(m: ManifestContext): URL | undefined {
  const home = at(m.app, ['DefaultSettings', 'SourceLocation'])?.attrs.DefaultValue;
  try {
    return home ? new URL('.', home) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * `base` is the folder the task pane page is in (BASE_URL of the build): the add-in may be served
 * under a path, https://intranet/bang-kiem/taskpane.html.
 */
export function servedBy(env: ManifestEnv, url: URL, base?: URL): Served {
  const under = base && url.href.startsWith(base.href) ? url.href.slice(base.href.length) : null;
  const path = decodeURIComponent(
    (under ?? url.pathname).replace(/[?#].*$/, '').replace(/^\/+/, ''),
  );
  if (env.pages.includes(path)) return { kind: 'page', path };
  const top = path.split('/')[0] ?? '';
  if (!env.copied.includes(top) && !env.copied.includes(path)) {
    return { kind: 'missing', path, why: 'the build neither makes nor copies it' };
  }
  const file = join(env.root, path);
  if (!existsSync(file) || !statSync(file).isFile()) {
    return { kind: 'missing', path, why: `${path} does not exist in the project` };
  }
  return { kind: 'file', path, file };
}

/** A readable position for messages: "VersionOverrides/…/Control#BK.CheckButton/Label". */
export function describePath(path: XmlElement[]): string {
  return path.map((el) => localName(el.name) + (el.attrs.id ? `#${el.attrs.id}` : '')).join('/');
}

/** Every element with the chain of its ancestors (root first, element last). */
export function* walkWithPath(root: XmlElement, path: XmlElement[] = []): Generator<XmlElement[]> {
  const here = [...path, root];
  yield here;
  for (const c of root.children) yield* walkWithPath(c, here);
}
