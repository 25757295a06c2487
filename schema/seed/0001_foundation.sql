-- Demo data from the seed reports (Hunan, Yiyang, Feng County, Taizhou). Idempotent: every row is
-- INSERT OR IGNORE with a fixed id, so loading it twice changes nothing (donation triggers only fire
-- for rows actually inserted, so campaign totals are not counted twice either).

INSERT OR IGNORE INTO organisations (id, name, region, brand, logo_url, website) VALUES
  ('hunan-mzt', '湖南省民政厅', '湖南省', '我为群众办实事', NULL, 'http://mzt.hunan.gov.cn/'),
  ('yiyang-mzj', '益阳市民政局', '湖南省益阳市', '益行益善·益老益小', NULL, NULL),
  ('fengxian-mzj', '凤县民政局', '陕西省宝鸡市凤县', '下基层、解民忧、暖民心', NULL, NULL),
  ('taizhou-hailing', '泰州市海陵区', '江苏省泰州市海陵区', '群众微心愿、党员来接单', NULL, NULL);

INSERT OR IGNORE INTO sites (id, org_id, origin) VALUES
  ('hunan-mzt-localhost', 'hunan-mzt', 'http://localhost:8787'),
  ('hunan-mzt-127', 'hunan-mzt', 'http://127.0.0.1:8787'),
  ('yiyang-mzj-localhost', 'yiyang-mzj', 'http://localhost:8787'),
  ('yiyang-mzj-127', 'yiyang-mzj', 'http://127.0.0.1:8787'),
  ('fengxian-mzj-localhost', 'fengxian-mzj', 'http://localhost:8787'),
  ('fengxian-mzj-127', 'fengxian-mzj', 'http://127.0.0.1:8787'),
  ('taizhou-hailing-localhost', 'taizhou-hailing', 'http://localhost:8787'),
  ('taizhou-hailing-127', 'taizhou-hailing', 'http://127.0.0.1:8787');

INSERT OR IGNORE INTO projects
  (id, org_id, title, summary, body, cover_url, category, location, beneficiaries, status, links, created_at, updated_at)
VALUES
  ('gaoping-lunch', 'hunan-mzt', '高坪村教学点免费午餐',
   '高坪村教学点原来不能提供午餐。省民政厅争取“免费午餐”公益项目支持，免费提供炊具，以每月1000元聘请厨师，按每人每餐4元的标准为学前儿童提供免费午餐。',
   '地处武陵山腹地的高坪村，“三留守”现象比较突出。针对村教学点不能提供午餐的情况，省民政厅积极为其争取“免费午餐”公益项目支持，免费提供炊具，并以1000元/月的工资为教学点聘请了厨师，按4元/人的标准为学前儿童提供免费午餐。暑假前，该村教学点已为全部符合条件的孩子免费供应午餐。',
   NULL, 'meals', '湖南省张家界市永定区谢家垭乡高坪村', '教学点全部符合条件的学前儿童', 'in_progress',
   '[{"title":"湖南日报：贴近群众需求 一件一件解难","url":"http://mzt.hunan.gov.cn/mzt/xxgk/mt/202108/t20210802_20045753.html"}]',
   '2021-08-02T08:00:00.000Z', '2021-08-02T08:00:00.000Z'),
  ('guanheng-elder-centre', 'hunan-mzt', '官亨村“友邻互助”居家养老服务中心',
   '统筹县、乡、村各级力量建设的居家养老服务中心，让当地近300名老人在家门口拥有正规的养老场所。',
   '今年5月，省民政厅机关党员在汝城县延寿瑶族乡官亨瑶族村党史陈列室看到一张1934年红三军团的借据。党员干部把解决官亨村老年人活动场所问题作为“急办件”，迅速启动官亨村“友邻互助”居家养老服务中心项目建设。目前已完成旧房租赁、改造复新、外墙装饰等事项，正在进行室内布置、功能配套和设备采购等工作。',
   NULL, 'elderly', '湖南省郴州市汝城县延寿瑶族乡官亨瑶族村', '近300名老人', 'in_progress',
   '[{"title":"湖南日报：贴近群众需求 一件一件解难","url":"http://mzt.hunan.gov.cn/mzt/xxgk/mt/202108/t20210802_20045753.html"}]',
   '2021-08-02T08:00:01.000Z', '2021-08-02T08:00:01.000Z'),
  ('gaoping-summer-camp', 'hunan-mzt', '高坪村儿童之家红色教育夏令营',
   '“阳光少年，童心向党”夏令营：防溺水安全辅导、红色故事、手工和兴趣拓展，村里60多名孩子参加。',
   '', NULL, 'children', '湖南省张家界市永定区谢家垭乡高坪村', '60多名孩子', 'completed',
   '[{"title":"湖南日报：贴近群众需求 一件一件解难","url":"http://mzt.hunan.gov.cn/mzt/xxgk/mt/202108/t20210802_20045753.html"}]',
   '2021-07-06T08:00:00.000Z', '2021-07-06T08:00:00.000Z'),
  ('yiyang-elder-canteen', 'yiyang-mzj', '益老食堂', '建设老年助餐服务点，让老人就近吃上热乎饭。',
   '', NULL, 'meals', '湖南省益阳市', '全市40个老年助餐服务点', 'in_progress', '[]',
   '2024-10-01T08:00:00.000Z', '2024-10-01T08:00:00.000Z'),
  ('yiyang-yellow-band', 'yiyang-mzj', '黄手环', '为认知障碍等特殊老人佩戴防走失黄手环。',
   '', NULL, 'elderly', '湖南省益阳市', NULL, 'in_progress', '[]',
   '2024-10-01T08:00:01.000Z', '2024-10-01T08:00:01.000Z'),
  ('yiyang-age-friendly', 'yiyang-mzj', '特殊困难老年人家庭适老化改造', '今年完成2637户特殊困难老年人家庭适老化改造。',
   '', NULL, 'elderly', '湖南省益阳市', '2637户特殊困难老年人家庭', 'completed', '[]',
   '2024-10-01T08:00:02.000Z', '2024-10-01T08:00:02.000Z'),
  ('yiyang-public-class', 'yiyang-mzj', '公益课堂', '面向困难家庭孩子的公益课堂。',
   '', NULL, 'education', '湖南省益阳市', NULL, 'in_progress', '[]',
   '2024-10-01T08:00:03.000Z', '2024-10-01T08:00:03.000Z'),
  ('yiyang-weekend-mums', 'yiyang-mzj', '周末妈妈', '关爱孤残儿童的“周末妈妈”项目，服务孤残儿童200余人次。',
   '', NULL, 'children', '湖南省益阳市', '孤残儿童200余人次', 'in_progress', '[]',
   '2024-10-01T08:00:04.000Z', '2024-10-01T08:00:04.000Z'),
  ('yiyang-home-teaching', 'yiyang-mzj', '送教上门', '为不便到校的孤残儿童送教上门。',
   '', NULL, 'education', '湖南省益阳市', NULL, 'in_progress', '[]',
   '2024-10-01T08:00:05.000Z', '2024-10-01T08:00:05.000Z'),
  ('yiyang-tongxin', 'yiyang-mzj', '童心童行', '陪伴留守和困境儿童成长的服务项目。',
   '', NULL, 'children', '湖南省益阳市', NULL, 'planned', '[]',
   '2024-10-01T08:00:06.000Z', '2024-10-01T08:00:06.000Z');

INSERT OR IGNORE INTO project_updates (id, project_id, date, title, body, state, position) VALUES
  ('guanheng-u1', 'guanheng-elder-centre', '2021-05-20', '旧房租赁', '租下村内旧房作为中心场地。', 'done', 1),
  ('guanheng-u2', 'guanheng-elder-centre', '2021-06-15', '改造复新', '完成房屋改造复新。', 'done', 2),
  ('guanheng-u3', 'guanheng-elder-centre', '2021-07-10', '外墙装饰', '完成外墙装饰。', 'done', 3),
  ('guanheng-u4', 'guanheng-elder-centre', '2021-07-29', '室内布置', '正在进行室内布置。', 'doing', 4),
  ('guanheng-u5', 'guanheng-elder-centre', '2021-07-29', '功能配套', '正在完善功能配套。', 'doing', 5),
  ('guanheng-u6', 'guanheng-elder-centre', '2021-08-31', '设备采购', '采购适老设备，不久将投入使用。', 'planned', 6),
  ('gaoping-u1', 'gaoping-lunch', '2021-06-01', '提供炊具、聘请厨师', '免费提供炊具，以1000元/月聘请厨师。', 'done', 1),
  ('gaoping-u2', 'gaoping-lunch', '2021-06-30', '全部符合条件的孩子吃上免费午餐', '按4元/人的标准供应午餐。', 'done', 2),
  ('gaoping-u3', 'gaoping-lunch', '2021-09-01', '新学期继续供餐', '', 'planned', 3);

-- Goals: gaoping 4元 × 20 children × 200 days + cook 1000元 × 10 months = 26000元.
INSERT OR IGNORE INTO campaigns
  (id, project_id, title, currency, goal_amount, ends_at, status, tiers, payment_instructions, created_at, updated_at)
VALUES
  ('gaoping-lunch', 'gaoping-lunch', '让高坪村的孩子吃上热乎午餐', 'CNY', 2600000, '2027-06-30T15:59:59Z', 'open',
   '[{"amount":2000,"label":"一个孩子 5 天午餐（4元×5）"},{"amount":8800,"label":"一个孩子一个月午餐"},{"amount":100000,"label":"厨师一个月工资"}]',
   NULL, '2021-08-02T08:00:00.000Z', '2021-08-02T08:00:00.000Z'),
  ('guanheng-elder-centre', 'guanheng-elder-centre', '为官亨村老人添置室内设施和适老设备', 'CNY', 20000000, '2027-06-30T15:59:59Z', 'open',
   '[{"amount":10000,"label":"一位老人一个月助餐"},{"amount":50000,"label":"一套适老化扶手"},{"amount":200000,"label":"一台康复理疗设备"}]',
   NULL, '2021-08-02T08:00:01.000Z', '2021-08-02T08:00:01.000Z');

-- Who receives the money: a bureau may not raise money itself, so each campaign names a charity
-- with public-fundraising qualification and its filed plan. DEMO VALUES: the credit codes and
-- filing numbers are made up (well-formed, not real records).
INSERT OR IGNORE INTO recipients (id, org_id, name, credit_code, qualification, website, created_at, updated_at) VALUES
  ('hunan-charity', 'hunan-mzt', '湖南省慈善总会', '53430000MJJ10001X7', '具有公开募捐资格（演示数据）', NULL,
   '2021-08-01T08:00:00.000Z', '2021-08-01T08:00:00.000Z');
UPDATE campaigns SET recipient_id = 'hunan-charity', filing_number = '53430000MJJ10001X726001', filing_url = 'https://cszg.mca.gov.cn/',
  filed_from = '2026-01-01', filed_until = '2027-06-30', platform = '腾讯公益', platform_url = 'https://gongyi.qq.com/'
 WHERE id IN ('gaoping-lunch', 'guanheng-elder-centre') AND recipient_id IS NULL;

-- Where the money went (the lunch school's daily reports add their own rows, see 0002_lunch.sql).
INSERT OR IGNORE INTO expenditures (id, campaign_id, date, amount, purpose, payee, receipt_url, created_at, updated_at) VALUES
  ('demo-ex1', 'guanheng-elder-centre', '2026-11-10', 120000, '室内布置：桌椅、床具和储物柜', '官亨村村民委员会', NULL,
   '2026-11-10T08:00:00.000Z', '2026-11-10T08:00:00.000Z'),
  ('demo-ex2', 'guanheng-elder-centre', '2026-11-20', 60000, '适老化扶手 6 套及安装', '官亨村村民委员会', NULL,
   '2026-11-20T08:00:00.000Z', '2026-11-20T08:00:00.000Z');

-- Confirmed demo gifts (inserted confirmed: the insert trigger adds them to raised/donorCount).
INSERT OR IGNORE INTO donations
  (id, campaign_id, amount, currency, name, anonymous, message, contact, channel, reference, status, created_at, confirmed_at)
VALUES
  ('demo-d1', 'gaoping-lunch', 8800, 'CNY', '陈伟', 0, '祝孩子们健康成长', NULL, 'seed', 'GY-DEMO0001', 'confirmed', '2026-11-01T02:00:00.000Z', '2026-11-01T03:00:00.000Z'),
  ('demo-d2', 'gaoping-lunch', 2000, 'CNY', NULL, 1, NULL, NULL, 'seed', 'GY-DEMO0002', 'confirmed', '2026-11-02T02:00:00.000Z', '2026-11-02T03:00:00.000Z'),
  ('demo-d3', 'gaoping-lunch', 100000, 'CNY', 'Li Wei', 0, '一点心意', NULL, 'seed', 'GY-DEMO0003', 'confirmed', '2026-11-03T02:00:00.000Z', '2026-11-03T03:00:00.000Z'),
  ('demo-d4', 'guanheng-elder-centre', 50000, 'CNY', '胡立民', 0, '传承红色基因', NULL, 'seed', 'GY-DEMO0004', 'confirmed', '2026-11-01T05:00:00.000Z', '2026-11-01T06:00:00.000Z'),
  ('demo-d5', 'guanheng-elder-centre', 200000, 'CNY', '马才英', 0, NULL, NULL, 'seed', 'GY-DEMO0005', 'confirmed', '2026-11-04T05:00:00.000Z', '2026-11-04T06:00:00.000Z'),
  ('demo-d6', 'guanheng-elder-centre', 10000, 'CNY', NULL, 1, '愿老人安康', NULL, 'seed', 'GY-DEMO0006', 'confirmed', '2026-11-05T05:00:00.000Z', '2026-11-05T06:00:00.000Z');
