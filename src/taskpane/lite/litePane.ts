/**
 * The task pane in Internet Explorer 11 (Office 2016 and 2019 volume licence): React and Fluent
 * UI do not run there, so this ES5 page says what the ribbon button does, shows what its last
 * run left in the workbook, and links to the web page for the full pane. taskpane.html loads it
 * instead of the full pane when the web view is Trident; babel adds the fills it uses.
 */
import '../../fills/legacyRuntime';
import type { Lang } from '../../core/words';
import { readLastRun, type LastRun } from './lastRun';

const WORDS = {
  vi: {
    title: 'Bảng Kiểm',
    why: 'Phiên bản Office này hiển thị ngăn Bảng Kiểm bằng Internet Explorer, nên ngăn chỉ có phần rút gọn.',
    button:
      'Bấm nút Kiểm tra trên thẻ Trang đầu: Bảng Kiểm đọc sổ làm việc, kiểm tra, rồi ghi báo cáo, tổng hợp và biểu đồ vào các trang riêng của nó và mở trang báo cáo.',
    last: 'Lần kiểm tra gần nhất',
    none: 'Chưa kiểm tra sổ làm việc này. Bấm Kiểm tra trên thẻ Trang đầu.',
    counts: (c: number[]) => `${c[0]} lỗi · ${c[1]} cảnh báo · ${c[2]} ghi chú`,
    onSheet: (s: string) => `Chi tiết ở trang “${s}”.`,
    web: 'Mở trang web Bảng Kiểm (đầy đủ chức năng, mở tệp .xlsx)',
    unreadable: 'Không đọc được kết quả lần trước:',
  },
  en: {
    title: 'Bảng Kiểm',
    why: 'This Office shows the Bảng Kiểm pane in Internet Explorer, so the pane is a short version.',
    button:
      'Click Check on the Home tab: Bảng Kiểm reads the workbook, checks it, writes the report, summary and charts to its own sheets and opens the report sheet.',
    last: 'Last check',
    none: 'This workbook has not been checked yet. Click Check on the Home tab.',
    counts: (c: number[]) => `${c[0]} errors · ${c[1]} warnings · ${c[2]} notes`,
    onSheet: (s: string) => `Details on the sheet "${s}".`,
    web: 'Open the Bảng Kiểm web page (the full pane, opens .xlsx files)',
    unreadable: 'Could not read the last result:',
  },
};

function el(tag: string, text?: string, attrs?: Record<string, string>): HTMLElement {
  const e = document.createElement(tag);
  if (text !== undefined) e.appendChild(document.createTextNode(text));
  if (attrs) for (const k of Object.keys(attrs)) e.setAttribute(k, attrs[k]!);
  return e;
}

/** The web page sits next to this page (index.html on the same server). */
export function webPageUrl(href: string): string {
  return href.replace(/[?#].*$/, '').replace(/[^/]*$/, '') + 'index.html';
}

export function renderLitePane(
  root: HTMLElement,
  lang: Lang,
  last: LastRun | null | { error: string },
): void {
  const w = WORDS[lang];
  while (root.firstChild) root.removeChild(root.firstChild);
  root.setAttribute('lang', lang);
  root.appendChild(el('h1', w.title));
  root.appendChild(el('p', w.button));
  const section = el('section', undefined, { 'aria-live': 'polite', 'data-testid': 'last-run' });
  section.appendChild(el('h2', w.last));
  if (last === null) {
    section.appendChild(el('p', w.none));
  } else if ('error' in last) {
    section.appendChild(el('p', `${w.unreadable} ${last.error}`));
  } else {
    section.appendChild(el('p', w.counts(last.counts), { 'data-testid': 'counts' }));
    if (last.status) section.appendChild(el('p', last.status));
    section.appendChild(el('p', w.onSheet(last.sheet)));
  }
  root.appendChild(section);
  const link = el('a', w.web, { href: webPageUrl(location.href), target: '_blank' });
  const p = el('p');
  p.appendChild(link);
  root.appendChild(p);
  root.appendChild(el('p', w.why, { class: 'why' }));
}

function pick(displayLanguage: string | undefined): Lang {
  return displayLanguage && !/^vi\b/i.test(displayLanguage) ? 'en' : 'vi';
}

function start(): void {
  const root = document.getElementById('root');
  if (!root) return;
  if (typeof Office === 'undefined') {
    // Offline, or opened outside Office: the explanation and the link still help.
    renderLitePane(root, pick(navigator.language), null);
    return;
  }
  void Office.onReady(() => {
    const lang = pick(Office.context && Office.context.displayLanguage);
    renderLitePane(root, lang, null);
    if (typeof Excel === 'undefined') return;
    Excel.run((context) => readLastRun(context)).then(
      (last) => renderLitePane(root, lang, last),
      (err: unknown) => {
        const e = err as { vi?: string; en?: string; message?: string };
        renderLitePane(root, lang, { error: (lang === 'en' ? e.en : e.vi) ?? String(e.message) });
      },
    );
  });
}

start();
