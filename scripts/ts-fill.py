#!/usr/bin/env python3
"""Fills Qt Linguist .ts files from tab-separated translations.

    scripts/ts-fill.py translations/halldesk_counter_zh_CN.ts zh.tsv [more.tsv ...]
    scripts/ts-fill.py --identity translations/halldesk_counter_en.ts

Each TSV line is `context<TAB>source<TAB>translation` (\\n in a field means a line break).
Only unfinished messages are filled; the ones left unfinished are listed on stderr, so a
release can be checked (tst_translations fails on any of them). Plural messages
(numerus="yes") get the one form Chinese and the English identity need.
"""
import html
import re
import sys


def unescape(text):
    return html.unescape(text)


def escape(text):
    return text.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')


def load(paths):
    table = {}
    for path in paths:
        with open(path, encoding='utf-8') as f:
            for raw in f:
                line = raw.rstrip('\n')
                if not line.strip():
                    continue
                parts = line.split('\t')
                if len(parts) != 3:
                    print(f'{path}: skipped malformed line: {line!r}', file=sys.stderr)
                    continue
                context, source, translation = (p.replace('\\n', '\n') for p in parts)
                table[(context, source)] = translation
    return table


def main():
    args = sys.argv[1:]
    identity = args and args[0] == '--identity'
    if identity:
        args = args[1:]
    ts, tsvs = args[0], args[1:]
    table = {} if identity else load(tsvs)
    with open(ts, encoding='utf-8') as f:
        text = f.read()
    missing = []

    def fill_context(match):
        block = match.group(0)
        name = unescape(re.search(r'<name>(.*?)</name>', block, re.S).group(1))

        def fill_message(m):
            message = m.group(0)
            if 'type="unfinished"' not in message:
                return message
            source = unescape(re.search(r'<source>(.*?)</source>', message, re.S).group(1))
            translation = source if identity else table.get((name, source))
            if translation is None:
                missing.append(f'{name}\t{source}')
                return message
            if 'numerus="yes"' in message:
                body = f'<numerusform>{escape(translation)}</numerusform>'
                if identity:
                    body += f'\n            <numerusform>{escape(translation)}</numerusform>'
                replacement = f'<translation>\n            {body}\n        </translation>'
            else:
                replacement = f'<translation>{escape(translation)}</translation>'
            return re.sub(r'<translation type="unfinished">.*?</translation>|'
                          r'<translation type="unfinished"/>', lambda _: replacement, message,
                          count=1, flags=re.S)

        return re.sub(r'<message[^>]*>.*?</message>', fill_message, block, flags=re.S)

    text = re.sub(r'<context>.*?</context>', fill_context, text, flags=re.S)
    with open(ts, 'w', encoding='utf-8') as f:
        f.write(text)
    for m in missing:
        print('unfinished:', m.replace('\n', '\\n'), file=sys.stderr)
    return 1 if missing else 0


if __name__ == '__main__':
    sys.exit(main())
