#!/usr/bin/python3
"""Board layouts as openpyxl writes them (inline strings, formulas without cached values), typed
the way a district or commune board keeps them, for the engine to read as it finds them.

usage: make_board_layouts.py OUT_DIR
Writes, each with what a reader should find (asserted by openpyxlLayouts.system.test.ts):
- ticks.xlsx: two years, a grade merged over four tick columns, " x " marks, a "Cộng" row of
  COUNTIF formulas, a decision reference and a signature date under the title.
- register.xlsx: months T1..T12 and "CĐ Q1".."CĐ Q4"; one cell missed August and September
  (noted "do bão"), one cell missed the second quarter's thematic meeting.
- lookup.xlsx: a 2020 list whose grade cells pick from a hidden "DM" sheet listing the four
  grades once each beside the units' names.
- members.xlsx: a cell's members, one exempt with a blank grade and the reason in the notes,
  six excellent against ten good (over the 20% limit).
- scores-2025.xlsx: a commune's cells scored out of 100, one grade contradicting its score.
"""
import os, sys
from openpyxl import Workbook
from openpyxl.worksheet.datavalidation import DataValidation

OUT = sys.argv[1]
CODES = ['HTXSNV', 'HTTNV', 'HTNV', 'KHTNV']
FULL = ['Hoàn thành xuất sắc nhiệm vụ', 'Hoàn thành tốt nhiệm vụ', 'Hoàn thành nhiệm vụ',
        'Không hoàn thành nhiệm vụ']
UNITS = ['Đảng bộ xã Tân Hòa', 'Đảng bộ xã Phú Lộc', 'Đảng bộ thị trấn Vĩnh Bình',
         'Chi bộ Trường THPT Nguyễn Du', 'Chi bộ Ngân hàng Chính sách', 'Đảng bộ Công an huyện',
         'Đảng bộ Quân sự huyện', 'Chi bộ Trung tâm Y tế', 'Đảng bộ xã An Thạnh',
         'Đảng bộ xã Mỹ Phước']
# Grade index per unit and year: 2019 gives 2/5/2/1, 2020 gives 3/5/2/0.
GRADES = {2019: [1, 0, 1, 2, 1, 3, 0, 1, 2, 1], 2020: [0, 1, 0, 1, 1, 2, 0, 1, 2, 1]}


def ticks():
    wb = Workbook()
    for i, year in enumerate(GRADES):
        ws = wb.active if i == 0 else wb.create_sheet()
        ws.title = f'XL {year}'
        ws.append(['HUYỆN ỦY CHÂU THÀNH'])
        ws.append(['BAN TỔ CHỨC'])
        ws.append([])
        ws.append([f'KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI TỔ CHỨC CƠ SỞ ĐẢNG NĂM {year}'])
        ws.append([f'(Kèm theo Báo cáo số 125-BC/BTCHU ngày 15/01/{year + 1})'])
        ws.append([])
        ws.append(['STT', 'Tên tổ chức cơ sở đảng', 'Kết quả xếp loại', None, None, None, 'Ghi chú'])
        ws.append([None, None, *CODES, None])
        for ref in ['A7:A8', 'B7:B8', 'C7:F7', 'G7:G8']:
            ws.merge_cells(ref)
        for r, (unit, g) in enumerate(zip(UNITS, GRADES[year])):
            row = [r + 1, unit, None, None, None, None, None]
            row[2 + g] = ' x ' if r == 3 else 'x'
            ws.append(row)
        last = ws.max_row
        ws.append([None, 'Cộng', *[f'=COUNTIF({c}9:{c}{last},"x")' for c in 'CDEF'], None])
        ws.append([])
        ws.append([None, None, None, None, f'Châu Thành, ngày 20 tháng 01 năm {year + 1}'])
        ws.append([None, None, None, None, 'TRƯỞNG BAN'])
    wb.save(os.path.join(OUT, 'ticks.xlsx'))


def register():
    wb = Workbook()
    ws = wb.active
    ws.title = 'So SH 2021'
    ws.append(['ĐẢNG BỘ XÃ TÂN HÒA'])
    ws.append(['THEO DÕI SINH HOẠT CHI BỘ NĂM 2021'])
    ws.append([])
    ws.append(['STT', 'Chi bộ', 'Số đảng viên', *[f'T{m}' for m in range(1, 13)],
               *[f'CĐ Q{q}' for q in range(1, 5)], 'Ghi chú'])
    cells = ['Chi bộ ấp Tân Long', 'Chi bộ ấp Tân Phú', 'Chi bộ ấp Hòa Bình', 'Chi bộ ấp Mỹ An',
             'Chi bộ Trường Tiểu học', 'Chi bộ Quân sự', 'Chi bộ Công an']
    for i, cell in enumerate(cells):
        months = ['x'] * 12
        quarters = ['x'] * 4
        note = None
        if i == 2:
            months[7] = months[8] = None
            note = 'Không sinh hoạt tháng 8, 9 do bão'
        if i == 4:
            quarters[1] = None
        ws.append([i + 1, cell, 20 + i, *months, *quarters, note])
    wb.save(os.path.join(OUT, 'register.xlsx'))


def lookup():
    wb = Workbook()
    ws = wb.active
    ws.title = 'Năm 2020'
    ws.append(['KẾT QUẢ XẾP LOẠI TỔ CHỨC CƠ SỞ ĐẢNG NĂM 2020'])
    ws.append([])
    ws.append(['STT', 'Tên tổ chức cơ sở đảng', 'Xếp loại'])
    for r, (unit, g) in enumerate(zip(UNITS, GRADES[2020])):
        ws.append([r + 1, unit, CODES[g]])
    dm = wb.create_sheet('DM')
    dm.sheet_state = 'hidden'
    dm.append(['Mức xếp loại', 'Đơn vị', 'Viết tắt'])
    for r, unit in enumerate(UNITS):
        dm.append([FULL[r] if r < 4 else None, unit, CODES[r] if r < 4 else None])
    dv = DataValidation(type='list', formula1='=DM!$C$2:$C$5', allow_blank=True)
    ws.add_data_validation(dv)
    dv.add(f'C4:C{3 + len(UNITS)}')
    wb.save(os.path.join(OUT, 'lookup.xlsx'))


def members():
    wb = Workbook()
    ws = wb.active
    ws.title = 'DV 2023'
    ws.append(['CHI BỘ ẤP TÂN LONG'])
    ws.append(['DANH SÁCH ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG ĐẢNG VIÊN NĂM 2023'])
    ws.append([])
    ws.append(['STT', 'Họ và tên', 'Năm sinh', 'Mức xếp loại', 'Ghi chú'])
    given = ['An', 'Bình', 'Cường', 'Dung', 'Em', 'Giang', 'Hà', 'Hùng', 'Lan', 'Minh', 'Nam',
             'Oanh', 'Phúc', 'Quang', 'Sơn', 'Tâm', 'Uyên', 'Vân', 'Xuân', 'Yến']
    for i, name in enumerate(given):
        grade = 'HTXSNV' if i < 6 else 'HTTNV' if i < 16 else 'HTNV'
        note = None
        if i == 18:
            grade, note = None, 'Miễn đánh giá (tuổi cao)'
        ws.append([i + 1, f'Nguyễn Văn {name}', 1950 + 2 * i, grade, note])
    wb.save(os.path.join(OUT, 'members.xlsx'))


def scores():
    wb = Workbook()
    ws = wb.active
    ws.title = 'Nam 2025'
    ws.append(['ĐẢNG ỦY XÃ HÒA BÌNH'])
    ws.append(['KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG CÁC CHI BỘ TRỰC THUỘC NĂM 2025'])
    ws.append([])
    ws.append(['STT', 'Tên chi bộ', 'Điểm tự chấm', 'Điểm Đảng ủy thẩm định', 'Xếp loại', 'Ghi chú'])
    names = ['Đông', 'Tây', 'Nam', 'Bắc', 'Trung', 'Thượng', 'Hạ', 'Mới', 'Cũ', 'Lộc']
    points = [92, 85, 78, 71, 95, 66, 88, 74, 90, 81]
    for i, (name, p) in enumerate(zip(names, points)):
        grade = 'HTXSNV' if p >= 90 else 'HTTNV' if p >= 70 else 'HTNV' if p >= 50 else 'KHTNV'
        if i == 6:
            grade = 'HTXSNV'  # 88 points: good, not excellent
        ws.append([i + 1, f'Chi bộ thôn {name}', min(100, p + 2), p, grade, None])
    wb.save(os.path.join(OUT, 'scores-2025.xlsx'))


for make in (ticks, register, lookup, members, scores):
    make()
