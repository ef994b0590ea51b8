#!/usr/bin/env python3
"""Writes a pair of .resx files (neutral English + zh-CN) from a TSV of key<TAB>English<TAB>Chinese.

Usage: eng/resx.py TABLE.tsv OUT_BASE   (writes OUT_BASE.resx and OUT_BASE.zh-CN.resx)
The TSV is the one place a translation is edited; CI checks the .resx files are current (eng/resx.py --check).
"""
import sys
from xml.sax.saxutils import escape

HEADER = '''<?xml version="1.0" encoding="utf-8"?>
<root>
  <resheader name="resmimetype"><value>text/microsoft-resx</value></resheader>
  <resheader name="version"><value>2.0</value></resheader>
  <resheader name="reader"><value>System.Resources.ResXResourceReader, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
  <resheader name="writer"><value>System.Resources.ResXResourceWriter, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
'''


def rows(table):
    for number, line in enumerate(open(table, encoding='utf-8'), 1):
        line = line.rstrip('\n')
        if not line or line.startswith('#'):
            continue
        parts = line.split('\t')
        if len(parts) != 3 or not all(p.strip() for p in parts):
            sys.exit(f'{table}:{number}: expected key<TAB>English<TAB>Chinese, all non-empty')
        yield parts


def render(entries, column):
    body = ''.join(f'  <data name="{escape(k, {chr(34): "&quot;"})}" xml:space="preserve"><value>{escape(v[column])}</value></data>\n' for k, *v in entries)
    return HEADER + body + '</root>\n'


def main(argv):
    check = '--check' in argv
    argv = [a for a in argv if a != '--check']
    table, base = argv
    entries = list(rows(table))
    keys = [e[0] for e in entries]
    if len(keys) != len(set(keys)):
        sys.exit(f'{table}: duplicate keys')
    stale = False
    for suffix, column in (('.resx', 0), ('.zh-CN.resx', 1)):
        text = render(entries, column)
        path = base + suffix
        if check:
            try:
                stale |= open(path, encoding='utf-8').read() != text
            except FileNotFoundError:
                stale = True
        else:
            open(path, 'w', encoding='utf-8').write(text)
    if stale:
        sys.exit(f'{base}.resx is out of date with {table}: run eng/resx.py {table} {base}')


if __name__ == '__main__':
    main(sys.argv[1:])
