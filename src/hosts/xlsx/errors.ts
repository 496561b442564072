import { Failure, failureSpecs, type FailureId } from '../../core/failures';

/**
 * A file the xlsx host cannot read or write as a workbook: the catalogue's `file` entries
 * (core/failures/catalogue.ts), with a stable code for programs and a one-line message in each
 * language for people; it never carries a stack trace to the user.
 */
export type UnusableInputCode = Extract<
  FailureId,
  | 'not-found'
  | 'not-zip'
  | 'encrypted'
  | 'legacy-xls'
  | 'xlsb'
  | 'corrupt'
  | 'not-workbook'
  | 'too-large'
  | 'unsafe-xml'
  | 'strict-open-xml'
  | 'structure-locked'
  | 'duplicate-entry'
  | 'overlapping-entries'
  | 'sheet-name'
  | 'unwritable'
>;

/** Every code, for a catalogue of messages. */
export function unusableInputCodes(): UnusableInputCode[] {
  return failureSpecs()
    .filter((s) => s.source === 'file')
    .map((s) => s.id as UnusableInputCode);
}

export class UnusableInputError extends Failure {
  /** Its catalogue id, which is also the code programs see. */
  declare readonly code: UnusableInputCode;

  constructor(
    code: UnusableInputCode,
    detail?: string,
    options?: { cause?: unknown; location?: string },
  ) {
    super(code, {}, { ...options, ...(detail === undefined ? {} : { detail }) });
    this.name = 'UnusableInputError';
  }
}

export function isUnusableInputError(e: unknown): e is UnusableInputError {
  return e instanceof UnusableInputError;
}
