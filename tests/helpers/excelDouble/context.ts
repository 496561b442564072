import type { DWorkbook } from './model';
import { compareVersions, DoubleOfficeError } from './officeError';

/** Excel on the web refuses a request or a response larger than this. */
export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;
/** Every Excel since Office 2019 has these; newer APIs must be detected before use. */
export const BASELINE_API = '1.7';
/** Rough cost of one serialized action (its ids, type, name and object path). */
const ACTION_BYTES = 60;

export interface Action {
  bytes: number;
  /** Applies the action to the model; returns the response bytes it produced. */
  run: () => number | void;
}

/**
 * Time in Excel, for the five-minute limit on add-in commands: each sync costs a round trip plus
 * a time per kilobyte moved. The clock is virtual; tests read it through `now()`.
 */
export interface DoubleTiming {
  msPerSync: number;
  msPerKB: number;
}

/** Office ends a function command that has not completed after five minutes. */
export const COMMAND_LIMIT_MS = 5 * 60_000;

export interface SyncRecord {
  requestBytes: number;
  responseBytes: number;
  actions: number;
  failed?: string;
}

export interface DoubleStats {
  syncs: number;
  requestBytes: number;
  responseBytes: number;
  perSync: SyncRecord[];
  /** Every API above the baseline that was used, with its version. */
  apiUse: { api: string; version: string }[];
  /** Every isSetSupported call: name, version, answer. */
  detections: { name: string; version: string; answer: boolean }[];
  /** Virtual milliseconds spent in Excel so far (see DoubleTiming). */
  elapsedMs: number;
  /** A sync was attempted after the five-minute command limit: Office would have ended it. */
  overLimit: boolean;
}

export class DoubleContext {
  readonly stats: DoubleStats = {
    syncs: 0,
    requestBytes: 0,
    responseBytes: 0,
    perSync: [],
    apiUse: [],
    detections: [],
    elapsedMs: 0,
    overLimit: false,
  };
  private queue: Action[] = [];

  constructor(
    readonly model: DWorkbook,
    readonly maxApi: string,
    readonly timing: DoubleTiming = { msPerSync: 0, msPerKB: 0 },
    /** Makes a value the host reads into one of the host's realm (see createExcelDouble). */
    readonly adopt: <T>(value: T) => T = (v) => v,
  ) {}

  /** Office.context.requirements.isSetSupported, recorded. */
  isSetSupported(name: string, version = '1.1'): boolean {
    const answer = name === 'ExcelApi' && compareVersions(version, this.maxApi) <= 0;
    this.stats.detections.push({ name, version, answer });
    return answer;
  }

  /**
   * Refuses an API this Excel lacks (as Office would: the call fails), and an API above the
   * baseline that the code did not detect first (Office would not refuse it, but the same code
   * would break on an older Excel).
   */
  requireApi(version: string, api: string): void {
    if (compareVersions(version, this.maxApi) > 0) {
      throw new DoubleOfficeError(
        'ApiNotFound',
        `${api} needs ExcelApi ${version}; this Excel has ${this.maxApi}.`,
        api,
      );
    }
    if (compareVersions(version, BASELINE_API) <= 0) return;
    const detected = this.stats.detections.some(
      (d) => d.name === 'ExcelApi' && compareVersions(d.version, version) >= 0,
    );
    if (!detected) {
      throw new Error(
        `UndetectedApi: ${api} needs ExcelApi ${version} and was used without isSetSupported('ExcelApi', '${version}').`,
      );
    }
    this.stats.apiUse.push({ api, version });
  }

  enqueue(run: Action['run'], payload?: unknown): void {
    const bytes = ACTION_BYTES + (payload === undefined ? 0 : JSON.stringify(payload).length);
    this.queue.push({ bytes, run });
  }

  async sync(): Promise<void> {
    const queue = this.queue;
    this.queue = [];
    this.stats.syncs++;
    const record: SyncRecord = {
      requestBytes: queue.reduce((n, a) => n + a.bytes, 100),
      responseBytes: 0,
      actions: queue.length,
    };
    this.stats.perSync.push(record);
    this.stats.requestBytes += record.requestBytes;
    await Promise.resolve();
    const fail = (err: DoubleOfficeError) => {
      record.failed = err.code;
      throw err;
    };
    if (this.stats.elapsedMs > COMMAND_LIMIT_MS) {
      this.stats.overLimit = true;
      fail(
        new DoubleOfficeError(
          'GeneralException',
          'The add-in command ran for more than five minutes and was ended.',
        ),
      );
    }
    if (record.requestBytes > PAYLOAD_LIMIT_BYTES) {
      fail(
        new DoubleOfficeError(
          'RequestPayloadSizeLimitExceeded',
          `The request payload size (${record.requestBytes} bytes) has exceeded the limit.`,
        ),
      );
    }
    if (this.model.cellEditMode) {
      fail(
        new DoubleOfficeError(
          'InvalidOperationInCellEditMode',
          'The operation is not allowed while Excel is in cell-edit mode.',
        ),
      );
    }
    // Office applies actions in order and stops at the first failure: what ran stays done. A
    // suspension of calculation lasts until the end of this sync.
    try {
      for (const action of queue) {
        try {
          record.responseBytes += action.run() ?? 0;
        } catch (err) {
          if (err instanceof DoubleOfficeError) fail(err);
          throw err;
        }
      }
    } finally {
      this.model.calcSuspended = false;
      this.stats.elapsedMs +=
        this.timing.msPerSync +
        ((record.requestBytes + record.responseBytes) / 1024) * this.timing.msPerKB;
    }
    this.stats.responseBytes += record.responseBytes;
    if (record.responseBytes > PAYLOAD_LIMIT_BYTES) {
      fail(
        new DoubleOfficeError(
          'ResponsePayloadSizeLimitExceeded',
          `The response payload size (${record.responseBytes} bytes) has exceeded the limit.`,
        ),
      );
    }
  }
}
