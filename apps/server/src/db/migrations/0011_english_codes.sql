-- issue 11: records keep codes, the browser words them. Known Vietnamese spellings become codes;
-- anything else stays as it was stored (the API shows an unknown regime as 'other', an unknown
-- contribution type as not stated).
UPDATE participation_periods p SET contribution_type = m.code
FROM (VALUES
  ('Bắt buộc', 'compulsory'),
  ('BHXH bắt buộc', 'compulsory'),
  ('Tự nguyện', 'voluntary'),
  ('BHXH tự nguyện', 'voluntary')
) AS m(label, code)
WHERE btrim(p.contribution_type) = m.label;
--> statement-breakpoint
UPDATE benefits b SET regime = m.code
FROM (VALUES
  ('Ốm đau', 'sickness'),
  ('Bản thân ốm', 'sickness'),
  ('Con ốm', 'child_sickness'),
  ('Sinh con', 'childbirth'),
  ('Thai sản - sinh con', 'childbirth'),
  ('Khám thai', 'prenatal_checkup'),
  ('Sẩy thai, nạo, hút thai', 'miscarriage'),
  ('Sẩy thai', 'miscarriage'),
  ('Thực hiện biện pháp tránh thai', 'contraception'),
  ('Nhận nuôi con nuôi', 'adoption'),
  ('Lao động nam nghỉ việc khi vợ sinh con', 'paternity'),
  ('Dưỡng sức, phục hồi sức khỏe', 'recovery'),
  ('Dưỡng sức phục hồi sức khỏe', 'recovery'),
  ('BHXH một lần', 'one_time_bhxh'),
  ('Hưởng BHXH một lần', 'one_time_bhxh'),
  ('Trợ cấp một lần khi nghỉ hưu', 'retirement_lump_sum'),
  ('Trợ cấp mai táng', 'funeral'),
  ('Trợ cấp tuất một lần', 'survivor_lump_sum'),
  ('Lương hưu', 'pension'),
  ('Lương hưu hằng tháng', 'pension'),
  ('Trợ cấp tuất hằng tháng', 'survivor_monthly'),
  ('Trợ cấp tuất hàng tháng', 'survivor_monthly'),
  ('Trợ cấp TNLĐ-BNN hằng tháng', 'occupational_monthly'),
  ('Trợ cấp TNLĐ-BNN hàng tháng', 'occupational_monthly'),
  ('Trợ cấp TNLĐ-BNN một lần', 'occupational_lump_sum'),
  ('Trợ cấp thất nghiệp', 'unemployment_allowance'),
  ('Hỗ trợ học nghề', 'vocational_training'),
  ('Chế độ khác', 'other')
) AS m(label, code)
WHERE btrim(b.regime) = m.label
  AND NOT EXISTS (
    SELECT 1 FROM benefits o
    WHERE o.bhxh_code = b.bhxh_code AND o.category = b.category
      AND o.from_date = b.from_date AND o.regime = m.code
  );
