import * as path from 'node:path';
import { checkedName, outputPaths } from '../../../src/cli/outputName';
import { printable } from '../../../src/cli/printable';
import { Progress, SHOW_AFTER_MS } from '../../../src/cli/progress';

describe('output names', () => {
  it('NAME.checked keeps the extension (.xlsm stays .xlsm)', () => {
    expect(checkedName('/x/Năm 2020.xlsx')).toBe('Năm 2020.checked.xlsx');
    expect(checkedName('book.xlsm')).toBe('book.checked.xlsm');
    expect(checkedName('noext')).toBe('noext.checked.xlsx');
  });

  it('never gives two inputs one output, nor an input of the batch as an output', () => {
    const out = '/out';
    expect(
      outputPaths(['/a/x.xlsx', '/b/X.xlsx', '/c/x.xlsx', '/out/y.checked.xlsx', '/d/y.xlsx'], out),
    ).toEqual([
      path.resolve('/out/x.checked.xlsx'),
      path.resolve('/out/X (2).checked.xlsx'),
      path.resolve('/out/x (3).checked.xlsx'),
      path.resolve('/out/y.checked.checked.xlsx'),
      path.resolve('/out/y (2).checked.xlsx'),
    ]);
  });

  it('counts Unicode compositions of one name as the same name', () => {
    const composed = 'Năm.xlsx'.normalize('NFC');
    const decomposed = 'Năm.xlsx'.normalize('NFD');
    const [a, b] = outputPaths([`/a/${composed}`, `/b/${decomposed}`], '/out');
    expect(a).not.toBe(b);
    expect(b!.endsWith(' (2).checked.xlsx')).toBe(true);
  });
});

describe('printable', () => {
  it('escapes C0, DEL, C1 and bidi controls, and leaves Vietnamese alone', () => {
    expect(printable('Xếp loại\x1b[2J\x07\x7f\x9b\u202e!')).toBe(
      'Xếp loại\\x1B[2J\\x07\\x7F\\x9B\\u202E!',
    );
    expect(printable('a\nb\tc\r')).toBe('a\\nb\\tc\\r');
  });
});

describe('progress', () => {
  function terminal(isTTY: boolean) {
    const written: string[] = [];
    let now = 0;
    const stream = { isTTY, write: (s: string) => written.push(s) };
    return { written, stream, clock: () => now, advance: (ms: number) => (now += ms) };
  }

  it('says nothing for work shorter than two seconds, then files done and rows read', () => {
    const t = terminal(true);
    const p = new Progress(t.stream, 200, 'en', t.clock);
    p.update(3, 1000);
    expect(t.written).toEqual([]);
    t.advance(SHOW_AFTER_MS + 1);
    p.update(3, 1234567);
    expect(t.written).toEqual(['\r\x1b[Kbang-kiem: 3/200 files done, 1,234,567 rows read, 2 s…']);
    p.clear();
    expect(t.written.at(-1)).toBe('\r\x1b[K');
  });

  it('in Vietnamese with Vietnamese digit groups', () => {
    const t = terminal(true);
    const p = new Progress(t.stream, 1, 'vi', t.clock);
    t.advance(5000);
    p.update(0, 1000000);
    expect(t.written).toEqual(['\r\x1b[Kbang-kiem: xong 0/1 tệp, đã đọc 1.000.000 dòng, 5 giây…']);
  });

  it('never writes when stderr is not a terminal', () => {
    const t = terminal(false);
    const p = new Progress(t.stream, 2, 'en', t.clock);
    t.advance(60_000);
    p.update(1, 10);
    p.clear();
    expect(t.written).toEqual([]);
  });
});
