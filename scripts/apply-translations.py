#!/usr/bin/env python3
"""Fills unfinished entries of translations/homing_zh_CN.ts from a JSON list of
[context, English source, translation] triples, keeping lupdate's layout.
After `cmake --build build --target update_translations`:
    scripts/apply-translations.py new-strings.json
"""
import re, html, sys, json
T = json.load(open(sys.argv[1]))
T = {(c, s): v for c, s, v in T}
import os
p=os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'translations', 'homing_zh_CN.ts')
s=open(p,encoding='utf-8').read()
def esc(v): return v.replace('&','&amp;').replace('<','&lt;').replace('>','&gt;').replace('"','&quot;').replace("'",'&apos;')
result=[]; last=0; used=set()
for cm in re.finditer(r'(<context>\s*<name>([^<]*)</name>)(.*?)(</context>)', s, re.S):
    ctx=cm.group(2); body=cm.group(3)
    def repl(m):
        key=(ctx, html.unescape(m.group(1)))
        if key in T:
            used.add(key); return '<source>'+m.group(1)+'</source>'+m.group(2)+'<translation>'+esc(T[key])+'</translation>'
        return m.group(0)
    body2=re.sub(r'<source>([^<]*)</source>(\s*)<translation type="unfinished">[^<]*</translation>', repl, body)
    result.append(s[last:cm.start(3)]); result.append(body2); last=cm.end(3)
result.append(s[last:])
open(p,'w',encoding='utf-8').write(''.join(result))
print("applied", len(used), "unused", set(T)-used)
