#!/usr/bin/python3
"""Checks many written workbooks in one process: lossless and schema-valid.

usage: check_outputs.py < pairs.json
  (a JSON list of {"out": OUT, "in": IN, "kept": [names], "only": true|false})

For each pair, prints one JSON line:
  {"out": OUT, "lost": [...], "changed": [...], "errors": N, "messages": [...], "unreadable": [...]}
- lost / changed: parts of IN that are missing from OUT or differ in it, the plumbing the writer
  edits aside ([Content_Types].xml, the workbook part and its relationships, the styles part,
  docProps/app.xml, and the calculation chain, which it drops). "kept" names more parts that must
  be byte-identical (for a second run: every part the first run did not own); with "only",
  nothing else is compared; "orig" (the user's file under a second run) keeps its parts, only.
- errors: schema errors in the parts OUT adds or changes, less those the same part already had in
  IN, counted as ../../../../shared/tools/validate_ooxml.py counts them. The schemas are loaded
  once and each part is validated in process (lxml over the same libxml2 as xmllint), so hundreds
  of workbooks take seconds; a workbook with errors is then confirmed with the tool itself.
- unreadable: entries of IN whose data cannot be read (a CRC that does not match, say): not
  compared.
"""
import importlib.util, json, os, posixpath, re, subprocess, sys, tempfile, zipfile
from lxml import etree

HERE = os.path.dirname(os.path.abspath(__file__))
TOOL = os.path.realpath(os.path.join(HERE, '..', '..', '..', '..', 'shared', 'tools', 'validate_ooxml.py'))
spec = importlib.util.spec_from_file_location('validate_ooxml', TOOL)
vo = importlib.util.module_from_spec(spec)
spec.loader.exec_module(vo)

REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships'
CALC_CHAIN = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain'
CALC_CHAIN_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml'
STYLES = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles'
OFFICE_DOC = re.compile(r'/officeDocument$')


def read(z, name):
    try:
        return z.read(name)
    except Exception:
        return None


def rels_of(z, names, part):
    d, b = posixpath.split(part)
    rels = posixpath.join(d, '_rels', b + '.rels')
    data = read(z, names.get(rels.lower(), rels)) if rels.lower() in names else None
    if not data:
        return rels, []
    try:
        root = etree.fromstring(data)
    except Exception:
        return rels, []
    out = []
    for el in root:
        if etree.QName(el).localname != 'Relationship' or el.get('TargetMode') == 'External':
            continue
        target = el.get('Target') or ''
        path = posixpath.normpath(target.lstrip('/') if target.startswith('/') else posixpath.join(d, target))
        out.append((el.get('Type') or '', path))
    return rels, out


def plumbing(z):
    """The parts the writer may edit or drop, as lower-case names."""
    # Producers that write backslash entry names (xl\\styles.xml) name the same parts.
    names = {n.replace('\\', '/').lower(): n for n in z.namelist()}
    edit = {'[content_types].xml', 'docprops/app.xml'}
    _, root = rels_of(z, names, '')
    wb = next((p for t, p in root if OFFICE_DOC.search(t)), 'xl/workbook.xml')
    wb_rels, rels = rels_of(z, names, wb)
    edit |= {wb.lower(), wb_rels.lower()}
    for t, p in rels:
        if t in (STYLES, CALC_CHAIN):
            edit.add(p.lower())
    try:
        types = etree.fromstring(z.read('[Content_Types].xml'))
        for el in types:
            if (el.get('ContentType') or '').strip() == CALC_CHAIN_TYPE:
                edit.add((el.get('PartName') or '').strip().lstrip('/').lower())
    except Exception:
        pass
    return edit


def part_errors(schema, data, name):
    try:
        root = etree.fromstring(data)
    except etree.XMLSyntaxError as e:
        return [f'{name}: not well-formed XML: {e}']
    if etree.QName(root).namespace not in vo.SCHEMAS:
        return []
    vo.compatibility(root)
    doc = etree.fromstring(etree.tostring(root, xml_declaration=True, encoding='UTF-8'))
    if schema.validate(doc):
        return []
    return [f'{name}:{e.line}: {e.message}' for e in schema.error_log]


def check(schema, pair):
    out = zipfile.ZipFile(pair['out'])
    before = zipfile.ZipFile(pair['in'])
    out_names = set(out.namelist())
    edit = plumbing(before)
    kept = set(pair.get('kept') or [])
    only = bool(pair.get('only'))
    if pair.get('orig'):
        # A second run: the parts that came from the user's file must come out as the first run
        # wrote them, plumbing included; only the owned sheets may differ.
        kept |= set(zipfile.ZipFile(pair['orig']).namelist())
        only = True
    lost, changed, unreadable, messages = [], [], [], []
    for name in before.namelist():
        if name.endswith('/'):
            continue
        if only and name not in kept:
            continue
        if name.replace('\\', '/').lower() in edit and name not in kept:
            continue
        data = read(before, name)
        if data is None:
            unreadable.append(name)
            continue
        if name not in out_names:
            lost.append(name)
        elif read(out, name) != data:
            changed.append(name)
    errors = 0
    old = set(before.namelist())
    for name in out.namelist():
        if not name.endswith(('.xml', '.rels')):
            continue
        data = read(out, name)
        if data is None:
            messages.append(f'{name}: unreadable in the output')
            errors += 1
            continue
        prev = read(before, name) if name in old else None
        if prev is not None and prev == data:
            continue
        errs = part_errors(schema, data, name)
        if errs and prev is not None:
            had = {re.sub(r':\d+:', ':', e) for e in part_errors(schema, prev, name)}
            errs = [e for e in errs if re.sub(r':\d+:', ':', e) not in had]
        errors += len(errs)
        messages += [e[:300] for e in errs[:3]]
    if errors:
        # The tool itself has the last word on a workbook with errors.
        r = subprocess.run([sys.executable, TOOL, pair['out'], pair['in']], capture_output=True, text=True)
        m = re.search(r'(\d+) schema error', r.stdout)
        errors = int(m.group(1)) if m else errors
        messages = r.stdout.splitlines()[:6]
    return {'out': pair['out'], 'lost': lost, 'changed': changed, 'errors': errors,
            'messages': messages, 'unreadable': unreadable}


def main():
    pairs = json.load(sys.stdin)
    with tempfile.TemporaryDirectory() as tmp:
        schema = etree.XMLSchema(etree.parse(vo.driver_schema(tmp)))
        for pair in pairs:
            try:
                result = check(schema, pair)
            except Exception as e:  # a workbook this script cannot open at all
                result = {'out': pair['out'], 'lost': [], 'changed': [], 'errors': 1,
                          'messages': [f'cannot check: {e}'], 'unreadable': []}
            print(json.dumps(result), flush=True)


if __name__ == '__main__':
    main()
