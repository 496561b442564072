import '../commands/legacyRuntime';
/**
 * The Web Worker that reads an opened file, so a large workbook never freezes the page. It runs
 * the same xlsx reader as the command line and posts the snapshot back (plain data: it clones).
 */
import { UnusableInputError } from '../hosts/xlsx/errors';
import { readXlsx } from '../hosts/xlsx/read/readXlsx';

/** The worker's own scope, typed here so the page's DOM types need no WebWorker library. */
declare const self: {
  onmessage: ((event: MessageEvent<Uint8Array>) => void) | null;
  postMessage(message: unknown): void;
};

self.onmessage = (event: MessageEvent<Uint8Array>) => {
  try {
    self.postMessage({ ok: true, snapshot: readXlsx(event.data) });
  } catch (e) {
    if (e instanceof UnusableInputError) {
      self.postMessage({ ok: false, vi: e.messageVi, en: e.messageEn });
    } else {
      const text = e instanceof Error ? e.message : String(e);
      self.postMessage({
        ok: false,
        vi: `Không đọc được tệp: ${text}`,
        en: `Could not read the file: ${text}`,
      });
    }
  }
};
