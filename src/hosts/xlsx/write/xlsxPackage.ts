import { strFromU8, strToU8 } from 'fflate';
import { entryBytes, makeEntry, readZip, writeZip, type ZipEntry } from './zipArchive';

/** The parts of an .xlsx as an ordered list; reading and editing by part name (no leading "/"). */
export class XlsxPackage {
  private entries: ZipEntry[];
  private readonly texts = new Map<string, string>();

  constructor(bytes: Uint8Array) {
    this.entries = readZip(bytes);
  }

  has(name: string): boolean {
    return this.entries.some((e) => e.name === name);
  }

  /**
   * The entry a part name stands for: part names compare without regard to case in a package,
   * so a relationship to "xl/Styles.xml" reaches the entry "xl/styles.xml". null when absent.
   */
  entryName(name: string): string | null {
    if (this.has(name)) return name;
    const lower = name.toLowerCase();
    return this.entries.find((e) => e.name.toLowerCase() === lower)?.name ?? null;
  }

  names(): string[] {
    return this.entries.map((e) => e.name);
  }

  text(name: string): string | null {
    const cached = this.texts.get(name);
    if (cached !== undefined) return cached;
    const entry = this.entries.find((e) => e.name === name);
    if (!entry) return null;
    const text = strFromU8(entryBytes(entry));
    this.texts.set(name, text);
    return text;
  }

  /** Replaces a part in place, or appends it at the end of the archive. */
  setText(name: string, text: string): void {
    if (this.text(name) === text) return;
    this.texts.set(name, text);
    const index = this.entries.findIndex((e) => e.name === name);
    const entry = makeEntry(name, strToU8(text), this.entries[index]);
    if (index >= 0) this.entries[index] = entry;
    else this.entries.push(entry);
  }

  remove(name: string): void {
    this.entries = this.entries.filter((e) => e.name !== name);
    this.texts.delete(name);
  }

  toBytes(): Uint8Array {
    return writeZip(this.entries);
  }
}
