import { HostError } from './host';

export type ExcelEngine = typeof import('./excelEngine');

let loading: Promise<ExcelEngine> | null = null;

/**
 * The engine's chunk, fetched once on the first check (webpack splits the dynamic import into a
 * file of its own; EdgeHTML and WebView2 have the Promise its loader needs, and Internet Explorer
 * gets the light pane, which never loads it). A failed fetch is said in both languages and
 * forgotten, so the next click tries again.
 */
export function loadExcelEngine(): Promise<ExcelEngine> {
  loading ??= import(/* webpackChunkName: "engine" */ './excelEngine').catch((e: unknown) => {
    loading = null;
    throw new HostError(
      'Không tải được bộ kiểm tra của Bảng Kiểm (mạng chậm hoặc mất kết nối). Hãy bấm Kiểm tra lại.',
      "Could not load Bảng Kiểm's checker (a slow or lost connection). Click Check again.",
      { code: 'engine-load', cause: e },
    );
  });
  return loading;
}
