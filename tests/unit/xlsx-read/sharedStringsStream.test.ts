import {
  SharedStringsReader,
  type SharedStrings,
} from '../../../src/hosts/xlsx/read/sharedStringsPart';
import { parseRichText } from '../../../src/hosts/xlsx/read/richText';

/** Reads sharedStrings.xml text handed over in pieces of the given length. */
function readInPieces(xml: string, size: number): SharedStrings {
  const reader = new SharedStringsReader();
  for (let i = 0; i < xml.length; i += size) reader.push(xml.slice(i, i + size));
  return reader.finish();
}

const HEAD =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="5" uniqueCount="5">';
const ITEMS =
  '<si><t>Nguyễn Văn An</t></si>' +
  '<si/>' +
  '<si><t xml:space="preserve"> Chi bộ &amp; Đảng bộ </t></si>' +
  '<si><r><rPr><rFont val=".VnTime"/></rPr><t>Hoµn thµnh</t></r><r><t> tèt</t></r></si>' +
  '<si><t>HTTNV</t><rPh sb="0" eb="1"><t>x</t></rPh></si>';
const PLAIN = `${HEAD}${ITEMS}</sst>`;
// The same part as some writers emit it, every element with a prefix.
const PREFIXED = PLAIN.replace(/<(\/?)(sst|si|t|r|rPr|rFont|rPh)\b/g, '<$1x:$2').replace(
  '<x:sst xmlns=',
  '<x:sst xmlns:x=',
);

describe('SharedStringsReader', () => {
  const whole = readInPieces(PLAIN, PLAIN.length);

  it('reads plain, empty, escaped, rich and phonetic items', () => {
    expect(whole.text).toEqual([
      'Nguyễn Văn An',
      '',
      ' Chi bộ & Đảng bộ ',
      'Hoµn thµnh tèt',
      'HTTNV',
    ]);
    expect(whole.runFont[3]).toBe('.VnTime');
    expect(whole.runFont.filter((f) => f !== undefined)).toHaveLength(1);
  });

  it.each([1, 2, 3, 5, 7, 13, 64, 1000])(
    'gives the same items from pieces of %i characters',
    (n) => {
      expect(readInPieces(PLAIN, n)).toEqual(whole);
    },
  );

  it.each([1, 3, 7, 1100])('reads prefixed elements cut anywhere (pieces of %i)', (n) => {
    expect(readInPieces(PREFIXED, n)).toEqual(whole);
  });

  it('reads an item longer than a megabyte that arrives in many pieces', () => {
    const long = 'ạ'.repeat(1_500_000);
    const xml = `${HEAD}<si><t>${long}</t></si><si><t>sau</t></si></sst>`;
    const read = readInPieces(xml, 65_536);
    expect(read.text).toHaveLength(2);
    expect(read.text[0]).toHaveLength(long.length);
    expect(read.text[1]).toBe('sau');
  });

  it('stops at an item that never ends, as a whole read does', () => {
    const xml = `${HEAD}<si><t>một</t></si><si><t>hai</t>`;
    expect(readInPieces(xml, 4).text).toEqual(['một']);
    expect(readInPieces(xml, xml.length).text).toEqual(['một']);
  });
});

describe('SharedStringsReader, items of one plain <t>', () => {
  // Read on a short road when nothing in them needs decoding; each must read as parseRichText does.
  const inner = [
    '<t>Nguyễn Văn An 1</t>',
    '<t></t>',
    '<t>Trần Thị Lan, thôn Đồng Bé, xã Hòa Sơn</t>',
    '<t>A &amp; B, cả hai đều dài hơn mười ba</t>',
    '<t>_x000D_ một dòng có mã thoát OOXML</t>',
    '<t>Có "ngoặc kép" và \\ gạch chéo ngược</t>',
    '<t>Có\tký tự điều khiển ở giữa chuỗi</t>',
    '<t>a</t><t>b, hai thẻ t liền nhau thành một</t>',
    '<t xml:space="preserve"> Có khoảng trắng đầu và cuối </t>',
    '<t>\uD800 một nửa cặp thay thế lẻ loi ở đây</t>',
  ];
  it('reads each as parseRichText does', () => {
    const xml = `${HEAD}${inner.map((t) => `<si>${t}</si>`).join('')}</sst>`;
    const read = readInPieces(xml, xml.length);
    expect(read.text).toEqual(inner.map((t) => parseRichText(t).text));
    expect(read.runFont.filter((f) => f !== undefined)).toEqual([]);
  });
});
