import type { Lang } from '../core/words';
import type { JobOutcome } from './runWholeJob';

/** How the outcome reached the user. */
export type Told = 'sheet' | 'dialog' | 'none';

interface DialogResult {
  status: string;
  value?: { addEventHandler(type: string, handler: () => void): void; close(): void };
}

interface OfficeLike {
  context?: {
    ui?: {
      displayDialogAsync?: (
        url: string,
        options: { height: number; width: number; displayInIframe?: boolean },
        callback: (result: DialogResult) => void,
      ) => void;
    };
  };
  EventType?: { DialogEventReceived?: string };
}

function office(): OfficeLike | undefined {
  return typeof Office === 'undefined' ? undefined : (Office as unknown as OfficeLike);
}

/** message.html next to the page that runs the command, with the text in its fragment. */
export function messageUrl(pageHref: string, text: string, lang: Lang): string {
  const base = pageHref.replace(/[?#].*$/, '').replace(/[^/]*$/, '');
  return `${base}message.html?lang=${lang}#${encodeURIComponent(text)}`;
}

/**
 * Excel gives a function command no notification surface (Outlook's notificationMessages have no
 * Excel twin), and opening the task pane from a command needs a shared runtime, which would move
 * EdgeHTML users to Internet Explorer. So:
 * - a run that wrote its sheets has shown the report sheet, with the status line at its top:
 *   that is the result;
 * - a failure opens a small dialog with the message (Dialog API 1.1, in every Office that loads
 *   the add-in). The promise settles when the user closes it, or when `giveUpAfterMs` is over,
 *   so the command still completes within Office's limit.
 */
export function tellUser(
  outcome: JobOutcome,
  pageHref: string,
  giveUpAfterMs: number,
): Promise<Told> {
  if (outcome.ok) return Promise.resolve(outcome.reportSheet ? 'sheet' : 'none');
  const o = office();
  const show = o?.context?.ui?.displayDialogAsync;
  if (!show) return Promise.resolve('none');
  const text = outcome.lang === 'en' ? outcome.en : outcome.vi;
  return new Promise<Told>((resolve) => {
    let settled = false;
    const done = (told: Told) => {
      if (settled) return;
      settled = true;
      resolve(told);
    };
    try {
      show(
        messageUrl(pageHref, text, outcome.lang),
        { height: 30, width: 40, displayInIframe: true },
        (result) => {
          if (result.status !== 'succeeded' || !result.value) {
            done('none');
            return;
          }
          const dialog = result.value;
          dialog.addEventHandler(o.EventType?.DialogEventReceived ?? 'dialogEventReceived', () =>
            done('dialog'),
          );
          // Office ends the command at five minutes; the dialog goes with it, a little earlier.
          setTimeout(() => {
            dialog.close();
            done('dialog');
          }, giveUpAfterMs);
        },
      );
    } catch {
      done('none');
    }
  });
}
