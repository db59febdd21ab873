#!/usr/bin/env python3
"""Fills translations in a .ts file from a Python dict of {source: translation}.

    scripts/fill-translations.py translations/steward_de.ts DICT.py

A plural (%n) message takes a tuple (singular, plural). Only messages whose translation is unfinished or empty are
filled; the rest is left as it is. Prints the sources
that are still untranslated, and exits 1 when there are any.
"""
import html
import re
import runpy
import sys


def main() -> int:
    ts_path, dict_path = sys.argv[1], sys.argv[2]
    table = runpy.run_path(dict_path)["DE"]
    text = open(ts_path, encoding="utf-8").read()
    missing = []

    def fill(match: re.Match) -> str:
        source = html.unescape(match.group(2))
        translation_block = match.group(3)
        if 'type="unfinished"' not in translation_block and "<translation></translation>" not in translation_block:
            return match.group(0)
        if source not in table:
            missing.append(source)
            return match.group(0)
        def escape(t: str) -> str:
            return html.escape(t, quote=False).replace("'", "&apos;").replace('"', "&quot;")

        value = table[source]
        if "<numerusform" in translation_block:
            # A plural message: the value is (singular, plural); a plain string serves both.
            forms = value if isinstance(value, tuple) else (value, value)
            inner = "".join("\n            <numerusform>" + escape(f) + "</numerusform>" for f in forms)
            return match.group(1) + "<translation>" + inner + "\n        </translation>"
        return match.group(1) + "<translation>" + escape(value) + "</translation>"

    text = re.sub(r"(<source>(.*?)</source>\s*(?:<comment>.*?</comment>\s*)?)(<translation[^>]*>.*?</translation>|<translation[^>]*/>)",
                  fill, text, flags=re.S)
    open(ts_path, "w", encoding="utf-8").write(text)
    for m in missing:
        print("untranslated:", repr(m))
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
