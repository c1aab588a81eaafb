"""LibreOffice's own optimal row heights for the printed rows of generated sheets (an oracle for the print tests).

Usage: /usr/bin/python3 scripts/row-height-oracle.py <profile-dir> <port> <file.xlsx> [file.xlsx ...]
Prints JSON: [{file, sheet, row (1-based), written (pt), needed (pt), text}] for every printed cell, where `needed` is the
height LibreOffice gives the tallest text of the row when it is laid out alone in a scratch cell as wide as its
cell (or merge), with the same font, size, weight and wrapping. A row prints every line when written >= needed.
"""
import json
import subprocess
import sys
import time

import uno
from com.sun.star.beans import PropertyValue
from com.sun.star.table import CellRangeAddress

HMM_PER_PT = 2540 / 72


def prop(name, value):
    p = PropertyValue()
    p.Name, p.Value = name, value
    return p


def connect(profile, port):
    proc = subprocess.Popen(
        ["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--invisible", "--norestore",
         f"--accept=socket,host=127.0.0.1,port={port};urp;"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    for _ in range(120):
        try:
            ctx = resolver.resolve(f"uno:socket,host=127.0.0.1,port={port};urp;StarOffice.ComponentContext")
            return proc, ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
        except Exception:
            time.sleep(0.5)
    raise RuntimeError("soffice did not start")


def main():
    profile, port, paths = sys.argv[1], sys.argv[2], sys.argv[3:]
    proc, desktop = connect(profile, port)
    out = []
    try:
        for path in paths:
            out.extend(measure(desktop, path))
        print(json.dumps(out, ensure_ascii=False))
    finally:
        try:
            desktop.terminate()
        except Exception:
            pass
        proc.wait(timeout=30)


def measure(desktop, path):
    """Every printed cell of every sheet of one workbook: its row's written height and the height it needs."""
    doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(path), "_blank", 0, (prop("Hidden", True),))
    sheets = doc.Sheets
    names = list(sheets.ElementNames)
    sheets.insertNewByName("~oracle", sheets.Count)
    scratch = sheets.getByName("~oracle")
    probe = scratch.getCellByPosition(0, 0)
    out = []
    for name in names:
        sh = sheets.getByName(name)
        areas = sh.getPrintAreas()
        if areas:
            area = areas[0]
        else:
            # No print area set: the sheet prints its used area.
            end = sh.createCursor()
            end.gotoEndOfUsedArea(False)
            area = end.getRangeAddress()
            area.StartRow, area.StartColumn = 0, 0
        cols = sh.Columns
        # Merged ranges: the cell at a merge's top left is as wide as the merge.
        merged = {}
        cur = sh.createCursor()
        for r in range(area.StartRow, area.EndRow + 1):
            for c in range(area.StartColumn, area.EndColumn + 1):
                cell = sh.getCellByPosition(c, r)
                if cell.getString() == "" or (r, c) in merged:
                    continue
                # Hidden columns and rows (the tool's records) do not print.
                if not cols.getByIndex(c).IsVisible or not sh.Rows.getByIndex(r).IsVisible:
                    continue
                rng = sh.getCellRangeByPosition(c, r, c, r)
                cur = sh.createCursorByRange(rng)
                cur.collapseToMergedArea()
                a = cur.getRangeAddress()
                width = sum(cols.getByIndex(k).Width for k in range(a.StartColumn, a.EndColumn + 1))
                rows = a.EndRow - a.StartRow + 1
                for rr in range(a.StartRow, a.EndRow + 1):
                    for cc in range(a.StartColumn, a.EndColumn + 1):
                        merged[(rr, cc)] = (r, c)
                scratch.Columns.getByIndex(0).Width = width
                probe.setString(cell.getString())
                for p in ("CharHeight", "CharWeight", "CharFontName", "IsTextWrapped", "ParaIndent",
                          "ParaLeftMargin", "ParaRightMargin"):
                    try:
                        probe.setPropertyValue(p, cell.getPropertyValue(p))
                    except Exception:
                        pass
                scratch.Rows.getByIndex(0).OptimalHeight = True
                needed = scratch.Rows.getByIndex(0).Height / HMM_PER_PT
                written = sum(sh.Rows.getByIndex(k).Height for k in range(a.StartRow, a.EndRow + 1)) / HMM_PER_PT
                out.append({"file": path, "sheet": name, "row": r + 1, "rows": rows, "written": round(written, 2),
                            "needed": round(needed, 2), "text": cell.getString()[:60]})
    doc.close(True)
    return out


main()
