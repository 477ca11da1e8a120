"""Edits a renkei report form the way a hub would, with openpyxl (not renkei's writer):
python3 edit.py IN.xlsx OUT.xlsx OPERATION ARGS...

  replace SHEET OLD NEW     replace the text OLD (in the one cell holding it) with NEW
  append SHEET AFTER LINE   add LINE as a new line of the cell holding AFTER
  delete SHEET START        delete the entry whose first line starts with START (and its
                            continuation lines)
  formula SHEET OLD         write the cell holding OLD as a formula giving the same text
  write SHEET CELL TEXT     write TEXT in CELL (A40), wherever that is
  no-hub                    a workbook with one sheet that is not a hub's form
"""
import sys

import openpyxl
from openpyxl.utils import get_column_letter

LABELS = "①②③④⑤"


def cell_holding(sheet, text):
    cells = [c for row in sheet.iter_rows() for c in row if isinstance(c.value, str) and text in c.value]
    if len(cells) != 1:
        sys.exit(f"{len(cells)} cells hold {text!r}")
    return cells[0]


def main():
    src, out, op, *args = sys.argv[1:]
    if op == "no-hub":
        book = openpyxl.Workbook()
        book.active.title = "集計"
        book.active["A1"] = "拠点の様式ではないシート"
        book.save(out)
        return
    book = openpyxl.load_workbook(src)
    sheet = book[args[0]]
    if op == "replace":
        cell = cell_holding(sheet, args[1])
        cell.value = cell.value.replace(args[1], args[2], 1)
    elif op == "append":
        cell = cell_holding(sheet, args[1])
        cell.value = cell.value + "\n" + args[2]
    elif op == "delete":
        cell = cell_holding(sheet, args[1])
        kept, dropping = [], False
        for line in cell.value.split("\n"):
            if line.startswith(args[1]):
                dropping = True
            elif line[:1] in LABELS:
                dropping = False
            if not dropping:
                kept.append(line)
        cell.value = "\n".join(kept)
    elif op == "formula":
        cell = cell_holding(sheet, args[1])
        parts = cell.value.split("\n")
        cell.value = "=" + "&CHAR(10)&".join('"' + p.replace('"', '""') + '"' for p in parts)
        print(f"{args[0]}!{get_column_letter(cell.column)}{cell.row}")
    elif op == "write":
        sheet[args[1]] = args[2]
    else:
        sys.exit(f"unknown operation {op}")
    book.save(out)


main()
