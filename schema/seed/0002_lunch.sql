-- Free lunch at 高坪村教学点 (湖南日报, 2021-08-07): 4 元 a child a meal, a cook paid 1000 元 a month,
-- funded through the existing campaign `gaoping-lunch` (its confirmed gifts feed the children too).
-- ASSUMPTIONS (the report gives no figures for these): 18 preschool children, 5 school days a week,
-- lunches from 2026-11-02; closures are the usual New Year and winter breaks. Idempotent: INSERT OR
-- IGNORE with fixed ids (the donation triggers fire only for rows actually inserted).
--
-- Funding check: November has 21 school days → 21 × 18 × 400 + 100000 = 251200 fen; each December
-- day costs 7200 + 4348 fen. Confirmed: 110800 (foundation gifts) + 164000 (sponsorships below) =
-- 274800 fen → funded through 2026-12-02 (251200 + 2 × 11548 = 274296 ≤ 274800 < 285844).

INSERT OR IGNORE INTO lunch_schools
  (id, org_id, campaign_id, name, location, note, children_count, meal_price, school_days_per_week, starts_on,
   monthly_fixed_cost, fixed_cost_label, created_at, updated_at)
VALUES
  ('gaoping', 'hunan-mzt', 'gaoping-lunch', '高坪村教学点', '湖南省张家界市永定区谢家垭乡高坪村',
   '报道未给出学前儿童人数，18人为演示假设；每周5个上学日。', 18, 400, 5, '2026-11-02', 100000, '厨师工资',
   '2026-10-20T08:00:00.000Z', '2026-10-20T08:00:00.000Z');

INSERT OR IGNORE INTO lunch_closures (id, school_id, starts_on, ends_on, label) VALUES
  ('gaoping-newyear-2027', 'gaoping', '2027-01-01', '2027-01-03', '元旦'),
  ('gaoping-winter-2027', 'gaoping', '2027-01-23', '2027-02-21', '寒假');

-- Sponsorships are donations to the campaign (inserted confirmed: the trigger adds them to raised)
-- plus what they bought. One is still pending: it does not count until staff confirm it.
INSERT OR IGNORE INTO donations
  (id, campaign_id, amount, currency, name, anonymous, message, contact, channel, reference, status, created_at, confirmed_at)
VALUES
  ('demo-ls1', 'gaoping-lunch', 72000, 'CNY', '王芳', 0, '孩子们多吃点', NULL, 'seed', 'GY-DEMOL001', 'confirmed', '2026-11-05T01:00:00.000Z', '2026-11-05T09:00:00.000Z'),
  ('demo-ls2', 'gaoping-lunch', 40000, 'CNY', NULL, 1, NULL, NULL, 'seed', 'GY-DEMOL002', 'confirmed', '2026-11-09T01:00:00.000Z', '2026-11-09T09:00:00.000Z'),
  ('demo-ls3', 'gaoping-lunch', 36000, 'CNY', 'Zhang Min', 0, NULL, NULL, 'seed', 'GY-DEMOL003', 'confirmed', '2026-11-12T01:00:00.000Z', '2026-11-12T09:00:00.000Z'),
  ('demo-ls4', 'gaoping-lunch', 12000, 'CNY', '李秀英', 0, '一点心意', NULL, 'seed', 'GY-DEMOL004', 'confirmed', '2026-11-17T01:00:00.000Z', '2026-11-17T09:00:00.000Z'),
  ('demo-ls5', 'gaoping-lunch', 4000, 'CNY', '赵强', 0, NULL, NULL, 'seed', 'GY-DEMOL005', 'confirmed', '2026-11-19T01:00:00.000Z', '2026-11-19T09:00:00.000Z'),
  ('demo-ls6', 'gaoping-lunch', 8000, 'CNY', '孙丽', 0, NULL, NULL, 'seed', 'GY-DEMOL006', 'pending', '2026-11-21T01:00:00.000Z', NULL);

INSERT OR IGNORE INTO lunch_sponsorships (donation_id, school_id, meals, days) VALUES
  ('demo-ls1', 'gaoping', 180, 10),
  ('demo-ls2', 'gaoping', 100, NULL),
  ('demo-ls3', 'gaoping', 90, 5),
  ('demo-ls4', 'gaoping', 30, NULL),
  ('demo-ls5', 'gaoping', 10, NULL),
  ('demo-ls6', 'gaoping', 20, NULL);

-- Three weeks of daily disclosure. spent = the day's food + its share of the cook's pay
-- (100000 fen over November's 21 school days: 4762 fen on the first 19 of them).
INSERT OR IGNORE INTO lunch_reports (id, school_id, date, meals, spent, menu, photo_url, created_at, updated_at) VALUES
  ('gaoping-r2026-11-02', 'gaoping', '2026-11-02', 18, 11662, '番茄炒蛋、清炒白菜、米饭', NULL, '2026-11-02T05:30:00.000Z', '2026-11-02T05:30:00.000Z'),
  ('gaoping-r2026-11-03', 'gaoping', '2026-11-03', 18, 11837, '土豆烧肉、炒豆角、紫菜蛋汤、米饭', NULL, '2026-11-03T05:30:00.000Z', '2026-11-03T05:30:00.000Z'),
  ('gaoping-r2026-11-04', 'gaoping', '2026-11-04', 16, 11147, '青椒肉丝、蒸鸡蛋、冬瓜汤、米饭', NULL, '2026-11-04T05:30:00.000Z', '2026-11-04T05:30:00.000Z'),
  ('gaoping-r2026-11-05', 'gaoping', '2026-11-05', 18, 11702, '红烧鸡块、炒包菜、米饭', NULL, '2026-11-05T05:30:00.000Z', '2026-11-05T05:30:00.000Z'),
  ('gaoping-r2026-11-06', 'gaoping', '2026-11-06', 18, 11932, '腊肉炒冬笋、炒油麦菜、米饭', NULL, '2026-11-06T05:30:00.000Z', '2026-11-06T05:30:00.000Z'),
  ('gaoping-r2026-11-09', 'gaoping', '2026-11-09', 18, 11777, '肉末茄子、西红柿蛋汤、米饭', NULL, '2026-11-09T05:30:00.000Z', '2026-11-09T05:30:00.000Z'),
  ('gaoping-r2026-11-10', 'gaoping', '2026-11-10', 18, 11672, '香菇炖鸡、清炒萝卜丝、米饭', NULL, '2026-11-10T05:30:00.000Z', '2026-11-10T05:30:00.000Z'),
  ('gaoping-r2026-11-11', 'gaoping', '2026-11-11', 18, 11897, '木耳炒肉片、炒南瓜、米饭', NULL, '2026-11-11T05:30:00.000Z', '2026-11-11T05:30:00.000Z'),
  ('gaoping-r2026-11-12', 'gaoping', '2026-11-12', 18, 11937, '豆腐烧肉、炒菠菜、米饭', NULL, '2026-11-12T05:30:00.000Z', '2026-11-12T05:30:00.000Z'),
  ('gaoping-r2026-11-13', 'gaoping', '2026-11-13', 17, 11432, '鱼香肉丝、海带汤、米饭', NULL, '2026-11-13T05:30:00.000Z', '2026-11-13T05:30:00.000Z'),
  ('gaoping-r2026-11-16', 'gaoping', '2026-11-16', 18, 11887, '土家合渣、小炒肉、米饭', '/photos/gaoping-lunch.svg', '2026-11-16T05:30:00.000Z', '2026-11-16T05:30:00.000Z'),
  ('gaoping-r2026-11-17', 'gaoping', '2026-11-17', 18, 11787, '红烧肉炖土豆、炒白菜、米饭', '/photos/gaoping-lunch.svg', '2026-11-17T05:30:00.000Z', '2026-11-17T05:30:00.000Z'),
  ('gaoping-r2026-11-18', 'gaoping', '2026-11-18', 17, 11547, '胡萝卜炒蛋、肉丸汤、米饭', '/photos/gaoping-lunch.svg', '2026-11-18T05:30:00.000Z', '2026-11-18T05:30:00.000Z'),
  ('gaoping-r2026-11-19', 'gaoping', '2026-11-19', 18, 11782, '卤鸡腿、炒豆芽、米饭', '/photos/gaoping-lunch.svg', '2026-11-19T05:30:00.000Z', '2026-11-19T05:30:00.000Z'),
  ('gaoping-r2026-11-20', 'gaoping', '2026-11-20', 18, 11662, '酸菜肉丝、蒸南瓜、米饭', '/photos/gaoping-lunch.svg', '2026-11-20T05:30:00.000Z', '2026-11-20T05:30:00.000Z');
