import { strToU8 } from 'fflate';
import type { InflateBudget } from '../read/inflateEntry';
import { declareUtf8, decodeXmlBytes } from '../read/xmlDecoder';
import { partKey, partPath } from '../read/zipDirectory';
import { entryBytes, makeEntry, newBudget, readZip, writeZip, type ZipEntry } from './zipArchive';

export interface PackageOptions {
  /** Most bytes inflated from the file in all (checking every entry, reading the parts edited). */
  maxUncompressedBytes?: number;
}

/**
 * The parts of an .xlsx as an ordered list; reading and editing by part name (no leading "/").
 * Names are found as Office finds them: without regard to case, "\" read as "/". Parts are
 * decoded with the reader's XML decoder (UTF-8, UTF-16, BOMs), and written back, when changed,
 * as UTF-8 that says so.
 */
export class XlsxPackage {
  private entries: ZipEntry[];
  private readonly byKey = new Map<string, ZipEntry>();
  private readonly texts = new Map<string, string>();
  private readonly budget: InflateBudget;

  constructor(bytes: Uint8Array, opts: PackageOptions = {}) {
    this.budget = newBudget(opts.maxUncompressedBytes);
    this.entries = readZip(bytes, this.budget);
    for (const e of this.entries) this.byKey.set(partKey(e.name), e);
  }

  has(name: string): boolean {
    return this.byKey.has(partKey(name));
  }

  /**
   * The entry a part name stands for: part names compare without regard to case in a package
   * (and "\\" reads as "/"), so a relationship to "xl/Styles.xml" reaches the entry
   * "xl/styles.xml". The part name as the archive spells it; null when absent.
   */
  entryName(name: string): string | null {
    const entry = this.byKey.get(partKey(name));
    return entry ? partPath(entry.name) : null;
  }

  /** Part names in archive order, "/"-separated, as the archive spells them. */
  names(): string[] {
    return this.entries.map((e) => partPath(e.name));
  }

  text(name: string): string | null {
    const key = partKey(name);
    const cached = this.texts.get(key);
    if (cached !== undefined) return cached;
    const entry = this.byKey.get(key);
    if (!entry) return null;
    const text = decodeXmlBytes(entryBytes(entry, this.budget), partPath(entry.name));
    this.texts.set(key, text);
    return text;
  }

  /** Replaces a part in place (keeping its name as stored), or appends it at the end. */
  setText(name: string, text: string): void {
    if (this.text(name) === text) return;
    const key = partKey(name);
    this.texts.set(key, text);
    const old = this.byKey.get(key);
    const entry = makeEntry(old?.name ?? name, strToU8(declareUtf8(text)), old);
    if (old) this.entries[this.entries.indexOf(old)] = entry;
    else this.entries.push(entry);
    this.byKey.set(key, entry);
  }

  remove(name: string): void {
    const key = partKey(name);
    const old = this.byKey.get(key);
    if (!old) return;
    this.entries = this.entries.filter((e) => e !== old);
    this.byKey.delete(key);
    this.texts.delete(key);
  }

  toBytes(): Uint8Array {
    return writeZip(this.entries);
  }
}
