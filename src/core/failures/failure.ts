import type { Bilingual, Lang } from '../words';
import { FAILURES, type FailureId, type FailureSeverity } from './catalogue';

/** A parameter of a message: the same text in both languages, or one text per language. */
export type FailureParam = string | number | Bilingual;

export interface FailureOptions {
  cause?: unknown;
  /** Technical detail for logs and bug reports (the part at fault); never shown as the message. */
  detail?: string;
  /** Where in the workbook, when known ("'Năm 2020'!XFE7"); the messages end with it. */
  location?: string;
  /** The code programs see, when it is not the catalogue's (an Office error's own code). */
  code?: string;
}

function fill(template: string, params: Record<string, FailureParam>, lang: Lang): string {
  return template.replace(/\{(\w+)\}/g, (raw, key: string) => {
    const p = params[key];
    if (p === undefined) return raw;
    return typeof p === 'object' ? p[lang] : String(p);
  });
}

/**
 * The one failure type: every host, the command line and the core throw it (or one of the named
 * kinds below that extend it), and every caller tells it the same way, by its catalogue entry
 * (catalogue.ts): a stable code, a severity, a one-line message in each language.
 */
export class Failure extends Error {
  readonly id: FailureId;
  readonly code: string;
  readonly severity: FailureSeverity;
  readonly params: Record<string, FailureParam>;
  readonly vi: string;
  readonly en: string;
  readonly detail: string | undefined;
  readonly location: string | undefined;

  constructor(
    id: FailureId,
    params: Record<string, FailureParam> = {},
    options: FailureOptions = {},
  ) {
    const spec = FAILURES[id];
    const at = options.location ? ` (${options.location})` : '';
    const en = fill(spec.en, params, 'en') + at;
    super(en, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'Failure';
    this.id = id;
    this.code = options.code ?? ('code' in spec && spec.code ? spec.code : id);
    this.severity = spec.severity;
    this.params = params;
    this.vi = fill(spec.vi, params, 'vi') + at;
    this.en = en;
    this.detail = options.detail;
    this.location = options.location;
  }

  /** The message in one language. */
  text(lang: Lang): string {
    return lang === 'en' ? this.en : this.vi;
  }

  /** The same words under the older names some callers read. */
  get messageVi(): string {
    return this.vi;
  }
  get messageEn(): string {
    return this.en;
  }
}

export function isFailure(e: unknown): e is Failure {
  return e instanceof Failure;
}

/**
 * Any error as a Failure: a Failure as it is, anything else as the caller's catch-all entry
 * (the ribbon's "unexpected", the pane's "failed while working on it") with the error's text.
 */
export function asFailure(e: unknown, fallback: 'unexpected' | 'work-failed'): Failure {
  if (e instanceof Failure) return e;
  const text = e instanceof Error ? e.message : String(e);
  return new Failure(fallback, { text }, { cause: e });
}
