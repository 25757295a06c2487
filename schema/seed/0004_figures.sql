-- Demo data for the charity column and figures (issue 5). Idempotent: INSERT OR IGNORE with fixed ids.
-- Yiyang (seed 002, 益阳市民政局 慈善专栏 “益行益善·益老益小”) and Feng County (seed 003, 凤县民政局
-- “下基层、解民忧、暖民心”专项行动). Money figures are integer fen with a currency, like all money.

-- Yiyang's brand projects not in 0001_foundation.sql (益老食堂, 黄手环, 公益课堂, 童心童行, 周末妈妈,
-- 送教上门 and 适老化改造 are there).
INSERT OR IGNORE INTO projects
  (id, org_id, title, summary, body, cover_url, category, location, beneficiaries, status, links, created_at, updated_at)
VALUES
  ('yiyang-silver-age', 'yiyang-mzj', '“银龄行动”志愿助老', '组建益阳市“银龄行动”志愿服务总队和7支分队，基本实现志愿助老服务就在身边。',
   '', NULL, 'community', '湖南省益阳市', '全市老年人', 'in_progress', '[]',
   '2024-10-01T08:00:07.000Z', '2024-10-01T08:00:07.000Z');

-- Campaigns for 益老食堂 and 周末妈妈, so the column shows cards with progress and the live figures move.
-- 益老食堂 goal: 40 助餐服务点 × 2500元 = 10万元; 周末妈妈: 200余人次 × 150元 ≈ 3万元.
INSERT OR IGNORE INTO campaigns
  (id, project_id, title, currency, goal_amount, ends_at, status, tiers, payment_instructions, created_at, updated_at)
VALUES
  ('yiyang-elder-canteen', 'yiyang-elder-canteen', '为益老食堂的老人添一份热乎饭', 'CNY', 10000000, '2027-06-30T15:59:59Z', 'open',
   '[{"amount":1500,"label":"一位老人一周午餐"},{"amount":6000,"label":"一位老人一个月午餐"},{"amount":250000,"label":"一个助餐点一个月的食材补贴"}]',
   NULL, '2024-10-01T08:00:00.000Z', '2024-10-01T08:00:00.000Z'),
  ('yiyang-weekend-mums', 'yiyang-weekend-mums', '给孤残儿童一个温暖的周末', 'CNY', 3000000, '2027-06-30T15:59:59Z', 'open',
   '[{"amount":5000,"label":"一次周末陪伴的交通和餐费"},{"amount":15000,"label":"一个孩子一季度的学习用品"}]',
   NULL, '2024-10-01T08:00:04.000Z', '2024-10-01T08:00:04.000Z');

-- Their recipient (DEMO VALUES, see 0001_foundation.sql).
INSERT OR IGNORE INTO recipients (id, org_id, name, credit_code, qualification, website, created_at, updated_at) VALUES
  ('yiyang-charity', 'yiyang-mzj', '益阳市慈善总会', '53430900MJJ20002X5', '具有公开募捐资格（演示数据）', NULL,
   '2024-10-01T08:00:00.000Z', '2024-10-01T08:00:00.000Z');
UPDATE campaigns SET recipient_id = 'yiyang-charity', filing_number = '53430900MJJ20002X524003', filing_url = 'https://cszg.mca.gov.cn/',
  filed_from = '2026-01-01', filed_until = '2027-06-30', platform = '腾讯公益', platform_url = 'https://gongyi.qq.com/'
 WHERE id IN ('yiyang-elder-canteen', 'yiyang-weekend-mums') AND recipient_id IS NULL;

INSERT OR IGNORE INTO donations
  (id, campaign_id, amount, currency, name, anonymous, message, contact, channel, reference, status, created_at, confirmed_at)
VALUES
  ('demo-yy1', 'yiyang-elder-canteen', 6000, 'CNY', '刘芳', 0, '愿老人吃得热乎', NULL, 'seed', 'GY-DEMOYY01', 'confirmed', '2026-11-02T02:00:00.000Z', '2026-11-02T03:00:00.000Z'),
  ('demo-yy2', 'yiyang-elder-canteen', 250000, 'CNY', NULL, 1, NULL, NULL, 'seed', 'GY-DEMOYY02', 'confirmed', '2026-11-03T02:00:00.000Z', '2026-11-03T03:00:00.000Z'),
  ('demo-yy3', 'yiyang-elder-canteen', 1500, 'CNY', '周建国', 0, NULL, NULL, 'seed', 'GY-DEMOYY03', 'confirmed', '2026-11-04T02:00:00.000Z', '2026-11-04T03:00:00.000Z'),
  ('demo-yy4', 'yiyang-weekend-mums', 15000, 'CNY', '王丽', 0, '愿孩子们周末不孤单', NULL, 'seed', 'GY-DEMOYY04', 'confirmed', '2026-11-05T02:00:00.000Z', '2026-11-05T03:00:00.000Z'),
  ('demo-yy5', 'yiyang-weekend-mums', 5000, 'CNY', NULL, 1, NULL, NULL, 'seed', 'GY-DEMOYY05', 'confirmed', '2026-11-06T02:00:00.000Z', '2026-11-06T03:00:00.000Z');

-- Figures entered by staff, as the reports state them.
INSERT OR IGNORE INTO org_figures (org_id, key, label, value, unit, currency, approximate, period, position) VALUES
  ('yiyang-mzj', 'aid-distributed', '累计发放慰问物资、助学金等', 900000000, NULL, 'CNY', 1, '累计', 1),
  ('yiyang-mzj', 'age-friendly-homes', '特殊困难老年人家庭适老化改造', 2637, '户', NULL, 0, '2024年', 2),
  ('yiyang-mzj', 'meal-points', '老年助餐服务点', 40, '个', NULL, 0, '2024年', 3),
  ('yiyang-mzj', 'children-served', '服务孤残儿童', 200, '人次', NULL, 1, '“周末妈妈”“送教上门”', 4),
  ('fengxian-mzj', 'cadres', '参与专项行动干部', 2234, '人次', NULL, 0, '截至2024年2月28日', 1),
  ('fengxian-mzj', 'visits', '走访服务对象', 12368, '人次', NULL, 0, '截至2024年2月28日', 2),
  ('fengxian-mzj', 'inspections', '检查服务机构', 26, '次', NULL, 0, '截至2024年2月28日', 3),
  ('fengxian-mzj', 'funds', '投入资金', 104575000, NULL, 'CNY', 0, '截至2024年2月28日', 4),
  ('fengxian-mzj', 'heating', '低保、特困家庭一次性取暖补贴', 164090000, NULL, 'CNY', 0, '2024年冬', 5),
  ('fengxian-mzj', 'relief', '低保、特困、临时救助资金', 554320000, NULL, 'CNY', 0, '2024年1—2月', 6),
  ('fengxian-mzj', 'relief-people', '救助惠及困难群众', 5257, '人次', NULL, 0, '2024年1—2月', 7);
