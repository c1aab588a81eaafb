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


# In alphabetical order, as XMultiPropertySet asks.
# Thai is laid out in the cell's complex-script (CTL) font, size and weight: without them the scratch cell measured
# Thai text in the document's default CTL font.
LOOK = ("CharFontName", "CharFontNameComplex", "CharHeight", "CharHeightComplex", "CharWeight", "CharWeightComplex",
        "IsTextWrapped", "ParaIndent", "ParaLeftMargin", "ParaRightMargin")


def copy_text_look(cell, probe):
    """The font, size, weight, wrapping and indents of `cell`, onto the scratch cell (in two calls when it can)."""
    try:
        probe.setPropertyValues(LOOK, cell.getPropertyValues(LOOK))
        return
    except Exception:
        pass
    for p in LOOK:
        try:
            probe.setPropertyValue(p, cell.getPropertyValue(p))
        except Exception:
            pass


def measure(desktop, path):
    """Every printed cell of every sheet of one workbook: its row's written height and the height it needs."""
    doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(path), "_blank", 0, (prop("Hidden", True),))
    sheets = doc.Sheets
    names = list(sheets.ElementNames)
    sheets.insertNewByName("~oracle", sheets.Count)
    scratch = sheets.getByName("~oracle")
    probe = scratch.getCellByPosition(0, 0)
    scratch_col, scratch_row = scratch.Columns.getByIndex(0), scratch.Rows.getByIndex(0)
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
        # Each call below crosses to soffice and back: what a sheet's columns and rows hold is asked once, and the
        # cells' contents in one call (a cell is asked for its text only when it holds something).
        col_info = {c: (cols.getByIndex(c).IsVisible, cols.getByIndex(c).Width)
                    for c in range(area.StartColumn, area.EndColumn + 1)}
        row_info = {}

        def row(r):
            if r not in row_info:
                x = sh.Rows.getByIndex(r)
                row_info[r] = (x.IsVisible, x.Height)
            return row_info[r]

        data = sh.getCellRangeByPosition(area.StartColumn, area.StartRow, area.EndColumn, area.EndRow).getDataArray()
        # Merged ranges: the cell at a merge's top left is as wide as the merge.
        merged = {}
        for r in range(area.StartRow, area.EndRow + 1):
            for c in range(area.StartColumn, area.EndColumn + 1):
                value = data[r - area.StartRow][c - area.StartColumn]
                if value == "" or (r, c) in merged:
                    continue
                # Hidden columns and rows (the tool's records) do not print.
                if not col_info[c][0] or not row(r)[0]:
                    continue
                cell = sh.getCellByPosition(c, r)
                # As it shows (a number, or a text under a format that adds to it).
                text = cell.getString()
                if text == "":
                    continue
                cur = sh.createCursorByRange(cell)
                cur.collapseToMergedArea()
                a = cur.getRangeAddress()
                width = sum(col_info[k][1] if k in col_info else cols.getByIndex(k).Width
                            for k in range(a.StartColumn, a.EndColumn + 1))
                rows = a.EndRow - a.StartRow + 1
                for rr in range(a.StartRow, a.EndRow + 1):
                    for cc in range(a.StartColumn, a.EndColumn + 1):
                        merged[(rr, cc)] = (r, c)
                scratch_col.Width = width
                probe.setString(text)
                copy_text_look(cell, probe)
                scratch_row.OptimalHeight = True
                needed = scratch_row.Height / HMM_PER_PT
                written = sum(row(k)[1] for k in range(a.StartRow, a.EndRow + 1)) / HMM_PER_PT
                out.append({"file": path, "sheet": name, "row": r + 1, "rows": rows, "written": round(written, 2),
                            "needed": round(needed, 2), "text": text[:60]})
    doc.close(True)
    return out


main()
