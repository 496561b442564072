#!/usr/bin/python3
"""Writes the workbooks openpyxl saves, as Python report generators do (Debian's python3-openpyxl).

usage: make_openpyxl.py OUT_DIR
Writes:
- openpyxl-features.xlsx: a rating list with a chart, an image, comments, data validation,
  conditional formats, a hidden sheet and a defined name. openpyxl declares the relationships
  namespace on each <sheet> element and writes formulas without cached values.
- openpyxl-locked.xlsx: the same kind of workbook with its structure protected.
"""
import io, os, sys
from openpyxl import Workbook
from openpyxl.chart import BarChart, Reference
from openpyxl.comments import Comment
from openpyxl.drawing.image import Image
from openpyxl.formatting.rule import CellIsRule, FormulaRule
from openpyxl.styles import Font, PatternFill
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.workbook.protection import WorkbookProtection
from openpyxl.worksheet.datavalidation import DataValidation
from PIL import Image as PILImage

GRADES = ['Hoàn thành xuất sắc nhiệm vụ', 'Hoàn thành tốt nhiệm vụ', 'Hoàn thành nhiệm vụ',
          'Không hoàn thành nhiệm vụ']


def rating_list(ws, year):
    ws.append([f'DANH SÁCH XẾP LOẠI TỔ CHỨC CƠ SỞ ĐẢNG NĂM {year}'])
    ws.append([])
    ws.append(['STT', 'Tên tổ chức cơ sở đảng', 'Xếp loại', 'Điểm'])
    for i in range(24):
        ws.append([i + 1, f'Đảng bộ xã Số {i + 1}', GRADES[0 if i % 6 == 0 else 1 if i % 3 else 2],
                   90 - i])
    ws.append(['', 'Cộng', '', '=SUM(D4:D27)'])


def features(path):
    wb = Workbook()
    ws = wb.active
    ws.title = 'Năm 2020'
    rating_list(ws, 2020)
    ws['B2'].font = Font(bold=True, color='1F4E79')
    ws['B2'].fill = PatternFill('solid', fgColor='DDEBF7')
    ws['B4'].comment = Comment('Ghi chú của người lập bảng', 'Người lập')
    dv = DataValidation(type='list', formula1='"' + ','.join(['HTXSNV', 'HTTNV', 'HTNV', 'KHTNV']) + '"',
                        allow_blank=True)
    ws.add_data_validation(dv)
    dv.add('E4:E27')
    ws.conditional_formatting.add('D4:D27', CellIsRule(operator='lessThan', formula=['70'],
                                                       fill=PatternFill('solid', fgColor='FFC7CE')))
    ws.conditional_formatting.add('B4:B27', FormulaRule(formula=['LEN(B4)>20'], font=Font(italic=True)))
    chart = BarChart()
    chart.title = 'Điểm'
    chart.add_data(Reference(ws, min_col=4, min_row=3, max_row=27), titles_from_data=True)
    chart.set_categories(Reference(ws, min_col=2, min_row=4, max_row=27))
    ws.add_chart(chart, 'G3')
    png = io.BytesIO()
    PILImage.new('RGB', (24, 24), (200, 30, 30)).save(png, format='PNG')
    png.seek(0)
    ws.add_image(Image(png), 'G22')

    other = wb.create_sheet('Năm 2021')
    rating_list(other, 2021)
    hidden = wb.create_sheet('Danh mục')
    hidden.sheet_state = 'hidden'
    for g in GRADES:
        hidden.append([g])
    wb.defined_names.append(DefinedName('DanhMucXepLoai', attr_text="'Danh mục'!$A$1:$A$4"))
    wb.save(path)


def locked(path):
    wb = Workbook()
    rating_list(wb.active, 2020)
    wb.security = WorkbookProtection(lockStructure=True)
    wb.save(path)


if __name__ == '__main__':
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    features(os.path.join(out, 'openpyxl-features.xlsx'))
    locked(os.path.join(out, 'openpyxl-locked.xlsx'))
