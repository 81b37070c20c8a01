#!/usr/bin/env python3
"""
Writes seeds/lexicon/pdf-glyph-aliases.json: for each character a PDF producer may write instead of
the ideograph it shows (CJK radicals, Kangxi radicals, and the like), the ideograph.

Why: a CJK font draws 人 and the Kangxi radical ⼈ (U+2F08) with one glyph. A PDF's text layer maps
glyphs back to characters, and producers (Chromium/Skia, some Word exports) pick the radical, so the
extracted text reads 深⼊ for 深入. Which ideograph a radical stands for depends on the font's region:
in a Simplified Chinese font ⼾ (U+2F3E) is drawn as 户, not as 戶. So the table is read from the
cmap of Noto Sans CJK SC (Debian's fonts-noto-cjk): codepoints that share a glyph with a unified
ideograph are aliases of it. Run: python3 tests/documents/tools/radicals-from-font.py
"""
import json, struct, sys
from pathlib import Path

TTC = Path('/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc')
OUT = Path(__file__).resolve().parents[3] / 'seeds' / 'lexicon' / 'pdf-glyph-aliases.json'

def u16(b, o): return struct.unpack_from('>H', b, o)[0]
def u32(b, o): return struct.unpack_from('>I', b, o)[0]

def tables(b, off):
    n = u16(b, off + 4)
    return {b[off + 12 + 16 * i: off + 16 + 16 * i].decode('latin1'): (u32(b, off + 20 + 16 * i), u32(b, off + 24 + 16 * i)) for i in range(n)}

def family(b, t):
    o, _ = t['name']; count, strings = u16(b, o + 2), o + u16(b, o + 4)
    for i in range(count):
        r = o + 6 + 12 * i
        pid, eid, lid, nid, ln, so = (u16(b, r + 2 * k) for k in range(6))
        if pid == 3 and nid == 1: return b[strings + so: strings + so + ln].decode('utf-16-be')
    return ''

def cmap12(b, t):
    o, _ = t['cmap']
    for i in range(u16(b, o + 2)):
        pid, eid, so = u16(b, o + 4 + 8 * i), u16(b, o + 6 + 8 * i), u32(b, o + 8 + 8 * i)
        s = o + so
        if u16(b, s) == 12:
            groups, m = u32(b, s + 12), {}
            for g in range(groups):
                start, end, gid = (u32(b, s + 16 + 12 * g + 4 * k) for k in range(3))
                for cp in range(start, end + 1): m[cp] = gid + cp - start
            return m
    sys.exit('no format 12 cmap')

b = TTC.read_bytes()
fonts = [u32(b, 12 + 4 * i) for i in range(u32(b, 8))]
sc = next(off for off in fonts if family(b, tables(b, off)).endswith('CJK SC'))
cmap = cmap12(b, tables(b, sc))
by_glyph = {}
for cp, gid in cmap.items(): by_glyph.setdefault(gid, []).append(cp)
ideograph = lambda cp: 0x4E00 <= cp <= 0x9FFF
aliases = {}
for cps in by_glyph.values():
    targets = sorted(cp for cp in cps if ideograph(cp))
    for cp in cps:
        # Radicals (CJK Radicals Supplement, Kangxi) and CJK compatibility ideographs.
        if targets and (0x2E80 <= cp <= 0x2FDF or 0xF900 <= cp <= 0xFAFF):
            aliases[chr(cp)] = chr(targets[0])
# Not from the cmap: Chromium writes the em dash of CJK fonts (drawn from a substituted glyph) as
# U+2015 HORIZONTAL BAR; Chinese text writes U+2014 (2021—2025年).
aliases['\u2015'] = '\u2014'
OUT.write_text(json.dumps({'_comment': 'Made by tests/documents/tools/radicals-from-font.py from Noto Sans CJK SC: characters a PDF text layer may hold for the ideograph drawn by the same glyph (⼈ for 人). server/documents/pdf.ts reads them back.', 'aliases': dict(sorted(aliases.items()))}, ensure_ascii=False, indent=0) + '\n')
print(len(aliases), 'aliases written to', OUT)
