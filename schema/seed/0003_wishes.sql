-- Taizhou Hailing's micro-wishes (交汇点: “群众微心愿、党员来接单”). Idempotent: wishes are INSERT OR
-- IGNORE with fixed ids; claims are inserted only when their id is new (an INSERT … SELECT that
-- selects nothing fires no trigger); fulfilment is an UPDATE guarded by the status it moves from.
-- Wishers' names are stored as staff entered them; every public answer masks them (马才英 → 马**).

INSERT OR IGNORE INTO wishes
  (id, org_id, title, story, category, wisher_name, community, value_amount, currency, photo_url, status, created_at, updated_at)
VALUES
  ('hailing-walking-shoes', 'taizhou-hailing', '一双防滑健步鞋',
   '腿脚不便，为了早日恢复健康，每天晚上都和老伴到附近的公园散步。“我想要一双健步鞋，晚上散步就放心了。”',
   'necessities', '洪奶奶', '兴化市沧浪社区齿轮厂北区', 19900, 'CNY', NULL, 'open',
   '2021-05-10T01:00:00.000Z', '2021-05-10T01:00:00.000Z'),
  ('hailing-street-lamp', 'taizhou-hailing', '家门口路口装一盏路灯',
   '住房附近没有路灯，奶奶晚上几乎不出门，希望路口能亮起来。',
   'other', '马才英', '海陵区城东街道春晖社区', NULL, 'CNY', NULL, 'open',
   '2021-05-12T01:00:00.000Z', '2021-05-12T01:00:00.000Z'),
  ('hailing-radio', 'taizhou-hailing', '一台盲人收音机',
   '今年73岁，因视网膜色素变性视力一级残疾已近20年。看不清世界，想聆听世界的声音。',
   'culture', '肖萌', '海陵区美好社区鹏欣丽园', 15800, 'CNY', NULL, 'open',
   '2021-05-20T01:00:00.000Z', '2021-05-20T01:00:00.000Z'),
  ('hailing-english-tutoring', 'taizhou-hailing', '孩子的英语学习辅导',
   '希望有专业的人指导女儿学习英语，帮孩子答疑解惑。',
   'culture', '王女士', '海陵区城东街道东城社区', NULL, 'CNY', NULL, 'open',
   '2021-06-01T01:00:00.000Z', '2021-06-01T01:00:00.000Z'),
  ('hailing-electric-fan', 'taizhou-hailing', '一台电风扇',
   '独居老人，家里的旧电扇坏了，夏天屋里闷热。',
   'necessities', '张桂兰', '海陵区城东街道春晖社区', 16900, 'CNY', NULL, 'open',
   '2021-06-26T01:00:00.000Z', '2021-06-26T01:00:00.000Z'),
  ('hailing-school-bag', 'taizhou-hailing', '一个新书包',
   '留守儿童，书包背了三年已经开线，开学前想要一个新书包。',
   'study', '李想', '海陵区城西街道鼓楼社区', 12000, 'CNY', NULL, 'open',
   '2021-06-15T01:00:00.000Z', '2021-06-15T01:00:00.000Z'),
  ('hailing-desk-lamp', 'taizhou-hailing', '一盏护眼台灯',
   '上初中的孩子晚上在小桌上写作业，灯光太暗。',
   'study', '吴雨涵', '海陵区城南街道坡子街社区', 8900, 'CNY', NULL, 'open',
   '2021-06-18T01:00:00.000Z', '2021-06-18T01:00:00.000Z'),
  ('hailing-disability-subsidy', 'taizhou-hailing', '帮忙申请残疾人两项补贴',
   '不清楚申请流程和需要的材料，希望有人帮忙咨询、代办。',
   'policy', '刘国强', '海陵区凤凰街道凤凰社区', NULL, 'CNY', NULL, 'open',
   '2021-06-22T01:00:00.000Z', '2021-06-22T01:00:00.000Z'),
  ('hailing-job-guidance', 'taizhou-hailing', '找一份离家近的工作',
   '家里有老人要照顾，希望有人指导写简历、推荐附近的岗位。',
   'employment', '赵敏', '海陵区京泰路街道华侨社区', NULL, 'CNY', NULL, 'open',
   '2021-06-25T01:00:00.000Z', '2021-06-25T01:00:00.000Z'),
  ('hailing-company', 'taizhou-hailing', '每周有人来陪着聊聊天、读读报',
   '空巢老人，子女在外地工作，希望每周有人上门陪伴。',
   'culture', '孙秀英', '海陵区城中街道五一社区', NULL, 'CNY', NULL, 'open',
   '2021-06-28T01:00:00.000Z', '2021-06-28T01:00:00.000Z'),
  ('hailing-winter-quilt', 'taizhou-hailing', '一床过冬的厚棉被',
   '低收入家庭，家里的被子又薄又旧。',
   'necessities', '周德福', '海陵区苏陈镇苏陈社区', 30000, 'CNY', NULL, 'open',
   '2021-07-01T01:00:00.000Z', '2021-07-01T01:00:00.000Z');

-- Claims (接单). Each INSERT fires the claim trigger, which moves its wish to claimed.
INSERT INTO wish_claims (id, wish_id, name, organisation, contact, status, created_at)
SELECT 'hailing-claim-shoes', 'hailing-walking-shoes', '宋慧蓉', '兴化广播电视台', '0523-00000001', 'active', '2021-05-11T02:00:00.000Z'
WHERE NOT EXISTS (SELECT 1 FROM wish_claims WHERE id = 'hailing-claim-shoes');

INSERT INTO wish_claims (id, wish_id, name, organisation, contact, status, created_at)
SELECT 'hailing-claim-lamp', 'hailing-street-lamp', '马年红', '春晖社区党员', '0523-00000002', 'active', '2021-05-13T02:00:00.000Z'
WHERE NOT EXISTS (SELECT 1 FROM wish_claims WHERE id = 'hailing-claim-lamp');

INSERT INTO wish_claims (id, wish_id, name, organisation, contact, status, created_at)
SELECT 'hailing-claim-radio', 'hailing-radio', '许建国', '美好社区党建联盟', '0523-00000003', 'active', '2021-05-21T02:00:00.000Z'
WHERE NOT EXISTS (SELECT 1 FROM wish_claims WHERE id = 'hailing-claim-radio');

INSERT INTO wish_claims (id, wish_id, name, organisation, contact, status, created_at)
SELECT 'hailing-claim-english', 'hailing-english-tutoring', '陈晨', NULL, '0523-00000004', 'active', '2021-06-02T02:00:00.000Z'
WHERE NOT EXISTS (SELECT 1 FROM wish_claims WHERE id = 'hailing-claim-english');

-- Fulfilled with a visit (only the first time: afterwards the status is no longer claimed).
UPDATE wishes SET status = 'fulfilled', fulfilled_at = '2021-05-15T08:00:00.000Z',
  thanks_note = '兴化广播电视台的党员把防滑健步鞋送上门，并现场帮老人试穿。奶奶说：晚上散步放心多了！',
  updated_at = '2021-05-15T08:00:00.000Z'
WHERE id = 'hailing-walking-shoes' AND status = 'claimed';
UPDATE wish_claims SET status = 'fulfilled' WHERE id = 'hailing-claim-shoes' AND status = 'active';

UPDATE wishes SET status = 'fulfilled', fulfilled_at = '2021-05-28T08:00:00.000Z',
  thanks_note = '社区党员联系了路灯管理处，在路口安装了路灯。奶奶晚上也愿意出门走走了。',
  updated_at = '2021-05-28T08:00:00.000Z'
WHERE id = 'hailing-street-lamp' AND status = 'claimed';
UPDATE wish_claims SET status = 'fulfilled' WHERE id = 'hailing-claim-lamp' AND status = 'active';
