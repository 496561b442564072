import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { encodePng } from '../../../scripts/icons/png';
import type { ManifestEnv } from '../../../scripts/manifest/context';
import { validateManifest } from '../../../scripts/manifest/validateManifest';
import { projectEnv } from '../../../scripts/validate-manifest';

const ROOT = join(__dirname, '..', '..', '..');
const MANIFEST = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');
const ENV = projectEnv(ROOT);

/** Replaces text that must be there, so a test cannot pass on a mutation that missed. */
function mutate(xml: string, from: string | RegExp, to: string): string {
  const out = xml.replace(from, to);
  if (out === xml) throw new Error(`mutation did not apply: ${String(from)}`);
  return out;
}

function problems(xml: string, env: ManifestEnv = ENV): string[] {
  return validateManifest(xml, env);
}

describe('validateManifest on the project manifest', () => {
  it('passes', () => {
    expect(problems(MANIFEST)).toEqual([]);
  });

  it('knows the pages and copied files from webpack.config.js', () => {
    expect(ENV.pages).toEqual(expect.arrayContaining(['taskpane.html', 'commands.html']));
    expect(ENV.copied).toEqual(expect.arrayContaining(['assets', 'manifest.xml']));
  });
});

describe('validateManifest on broken copies', () => {
  it('reports XML that does not parse, with its line', () => {
    const xml = mutate(MANIFEST, '<Permissions>ReadWriteDocument</Permissions>', '<Permissions>');
    const found = problems(xml);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^the XML does not parse \(line \d+\)/);
  });

  it('reports a missing vi-VN override of a button label', () => {
    const xml = mutate(
      MANIFEST,
      /(<bt:String id="BK.Check.Label"[^>]*>)\s*<bt:Override Locale="vi-VN" Value="Kiểm tra" \/>/,
      '$1',
    );
    expect(problems(xml)).toEqual([
      'bt:ShortStrings "BK.Check.Label" has no vi-VN override (Override Locale="vi-VN")',
    ]);
  });

  it('reports a missing vi-VN override of the description', () => {
    const xml = mutate(MANIFEST, /(<Description DefaultValue="[^"]*">)\s*<Override[^>]*\/>/, '$1');
    expect(problems(xml)).toEqual([
      '<Description> has no vi-VN override (Override Locale="vi-VN")',
    ]);
  });

  it('reports a resid longer than 32 characters, where it is defined and where it is used', () => {
    const long = 'BK.Check.Tooltip.OfTheCheckButton'; // 33 characters
    expect(long).toHaveLength(33);
    const xml = MANIFEST.split('"BK.Check.Tip"').join(`"${long}"`);
    expect(xml).not.toBe(MANIFEST);
    const found = problems(xml);
    expect(found).toContain(`resource id "${long}" is 33 characters; at most 32 are allowed`);
    expect(found).toContainEqual(
      expect.stringMatching(
        new RegExp(
          `^resid "${long.replace(/\./g, '\\.')}" at .*Control#BK\\.CheckButton/Supertip/Description is 33 characters`,
        ),
      ),
    );
    expect(found).toHaveLength(2);
  });

  it('reports a resid that names no resource, and one of the wrong kind', () => {
    let xml = mutate(
      MANIFEST,
      '<Label resid="BK.Pane.Label" />',
      '<Label resid="BK.Pane.Lable" />',
    );
    xml = mutate(
      xml,
      '<Description resid="BK.Pane.Tip" />',
      '<Description resid="BK.Pane.Label" />',
    );
    const found = problems(xml);
    expect(found).toContainEqual(
      expect.stringMatching(/^resid "BK\.Pane\.Lable" at .* names no resource/),
    );
    expect(found).toContainEqual(
      expect.stringMatching(
        /^resid "BK\.Pane\.Label" at .*Description must name one of bt:LongStrings, not bt:ShortStrings/,
      ),
    );
  });

  it('reports an ExecuteFunction whose function commands.ts does not register', () => {
    const xml = mutate(
      MANIFEST,
      '<FunctionName>runCheck</FunctionName>',
      '<FunctionName>runAll</FunctionName>',
    );
    expect(problems(xml)).toEqual([
      'ExecuteFunction "runAll" is not registered: src/commands/commands.ts has no Office.actions.associate(\'runAll\', …) (it registers runCheck)',
    ]);
  });

  it('does not count a registration that is commented out or built at run time', () => {
    const commandsSource = [
      "// Office.actions.associate('runCheck', runCheck);",
      "Office.actions.associate('run' + 'Check', runCheck);",
      'const note = "Office.actions.associate(\'runCheck\', f)";',
    ].join('\n');
    expect(problems(MANIFEST, { ...ENV, commandsSource })).toEqual([
      'ExecuteFunction "runCheck" is not registered: src/commands/commands.ts has no Office.actions.associate(\'runCheck\', …)',
    ]);
  });

  it('reports a FunctionFile that is not a page the build makes', () => {
    const xml = mutate(
      MANIFEST,
      'https://localhost:3000/commands.html',
      'https://localhost:3000/functions.html',
    );
    const found = problems(xml);
    expect(found).toContain(
      '<FunctionFile> "https://localhost:3000/functions.html" is not an HTML page the build makes (it makes taskpane.html, commands.html)',
    );
    expect(found).toContain(
      'bt:Urls "BK.Commands.Url": "https://localhost:3000/functions.html" is not served: the build neither makes nor copies it',
    );
  });

  describe('with an icon of the wrong size', () => {
    let root: string;
    beforeAll(() => {
      root = mkdtempSync(join(tmpdir(), 'bk-manifest-'));
      cpSync(join(ROOT, 'assets'), join(root, 'assets'), { recursive: true });
      // A 16 px PNG where the 32 px icon should be.
      writeFileSync(
        join(root, 'assets', 'icon-32.png'),
        encodePng(16, 16, new Uint8Array(16 * 16 * 4)),
      );
      writeFileSync(join(root, 'assets', 'icon-80.png'), 'not a png');
    });
    afterAll(() => rmSync(root, { recursive: true, force: true }));

    it('reports each file once per size it is declared at', () => {
      const found = problems(MANIFEST, { ...ENV, root });
      expect(found).toEqual([
        '<IconUrl>: assets/icon-32.png is 16×16 px; it must be 32×32 px',
        'icon "BK.Icon.80" (size 80): assets/icon-80.png is not a PNG file',
      ]);
    });
  });

  it('reports an icon declared at a size its file is not', () => {
    const xml = mutate(
      MANIFEST,
      '<HighResolutionIconUrl DefaultValue="https://localhost:3000/assets/icon-64.png" />',
      '<HighResolutionIconUrl DefaultValue="https://localhost:3000/assets/icon-128.png" />',
    );
    expect(problems(xml)).toEqual([
      '<HighResolutionIconUrl>: assets/icon-128.png is 128×128 px; it must be 64×64 px',
    ]);
  });

  it('reports an icon file that is missing', () => {
    const xml = mutate(MANIFEST, 'assets/icon-16.png', 'assets/icon-17.png');
    expect(problems(xml)).toEqual([
      'bt:Images "BK.Icon.16": "https://localhost:3000/assets/icon-17.png" is not served: assets/icon-17.png does not exist in the project',
    ]);
  });

  it('reports OfficeApp elements out of the schema order', () => {
    const display = /\s*<DisplayName DefaultValue="Bảng Kiểm">[\s\S]*?<\/DisplayName>/.exec(
      MANIFEST,
    )![0];
    let xml = mutate(MANIFEST, display, '');
    xml = mutate(xml, '<IconUrl', `${display.trim()}\n  <IconUrl`);
    const found = problems(xml);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(
      /^OfficeApp elements out of order: <DisplayName> comes after <Description>; the schema's order is Id, /,
    );
  });

  it('reports a required element that is missing', () => {
    const xml = mutate(MANIFEST, /\s*<Permissions>ReadWriteDocument<\/Permissions>/, '');
    expect(problems(xml)).toEqual(['OfficeApp lacks the required <Permissions>']);
  });

  it('reports ExcelApi 1.12 as too new, in Requirements and in VersionOverrides', () => {
    const xml = mutate(
      MANIFEST,
      '<Set Name="ExcelApi" MinVersion="1.7" />',
      '<Set Name="ExcelApi" MinVersion="1.12" />',
    );
    expect(problems(xml)).toEqual([
      '<Requirements> require ExcelApi 1.12; they must say ExcelApi 1.7',
      'ExcelApi 1.12 is required; Bảng Kiểm must load on ExcelApi 1.7 (Office 2019) and detect newer APIs at run time',
    ]);
    const nested = mutate(
      MANIFEST,
      '<Hosts>\n      <Host xsi:type="Workbook">',
      '<Requirements><bt:Sets><bt:Set Name="ExcelApi" MinVersion="1.9" /></bt:Sets></Requirements>\n    <Hosts>\n      <Host xsi:type="Workbook">',
    );
    expect(problems(nested)).toEqual([
      'ExcelApi 1.9 is required; Bảng Kiểm must load on ExcelApi 1.7 (Office 2019) and detect newer APIs at run time',
    ]);
  });

  it('reports a manifest that does not require ExcelApi at all', () => {
    const xml = mutate(MANIFEST, /\s*<Requirements>[\s\S]*?<\/Requirements>/, '');
    expect(problems(xml)).toEqual([
      '<Requirements> must require ExcelApi 1.7 once (<Set Name="ExcelApi" MinVersion="1.7"/>); found 0',
    ]);
  });

  it('reports duplicate ids', () => {
    const xml = mutate(MANIFEST, 'id="BK.PaneButton"', 'id="BK.CheckButton"');
    const found = problems(xml);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^id "BK\.CheckButton" is used 2 times: /);
  });

  it('reports strings over the length limits, counted in characters not bytes', () => {
    const short126 = 'Kiểm tra '.repeat(14); // 126 characters, more bytes
    expect(short126).toHaveLength(126);
    const long251 = 'Đ'.repeat(251);
    let xml = mutate(MANIFEST, 'Value="Kiểm tra xếp loại"', `Value="${short126}"`);
    xml = mutate(xml, 'DefaultValue="Opens the Bảng Kiểm pane', `DefaultValue="${long251}`);
    const found = problems(xml);
    expect(found).toContain(
      'bt:ShortStrings "BK.Group.Label": vi-VN override is 126 characters; at most 125 are allowed',
    );
    expect(found).toContainEqual(
      expect.stringMatching(
        /^bt:LongStrings "BK.Pane.Tip": DefaultValue is \d+ characters; at most 250 are allowed$/,
      ),
    );
    // 125 characters exactly is allowed.
    const ok = mutate(MANIFEST, 'Value="Kiểm tra xếp loại"', `Value="${short126.slice(0, 125)}"`);
    expect(problems(ok)).toEqual([]);
  });

  it('reports a URL on another origin: the add-in loads nothing from elsewhere', () => {
    const xml = mutate(
      MANIFEST,
      '<SupportUrl DefaultValue="https://localhost:3000/assets/support.html" />',
      '<SupportUrl DefaultValue="https://example.org/help" />',
    );
    expect(problems(xml)).toEqual([
      '<SupportUrl>: "https://example.org/help" is on https://example.org, not on https://localhost:3000 where the add-in is served; Bảng Kiểm loads nothing from elsewhere',
    ]);
  });

  it('reports a URL that is not https (http only for a local test build on this machine)', () => {
    const xml = MANIFEST.split('https://localhost:3000').join('http://intranet.example');
    const found = problems(xml);
    expect(found.length).toBeGreaterThan(5);
    expect(found).toContain(
      '<DefaultSettings><SourceLocation>: "http://intranet.example/taskpane.html" must use https',
    );
    expect(
      problems(MANIFEST.split('https://localhost:3000').join('http://localhost:8123')),
    ).toEqual([]);
  });

  it('reports a root that is not an OfficeApp, and nothing else', () => {
    expect(problems('<?xml version="1.0"?><Manifest><Id>x</Id></Manifest>')).toEqual([
      'the root element is <Manifest>, not <OfficeApp>',
    ]);
  });
});
