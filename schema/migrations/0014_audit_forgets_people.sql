-- The audit trail forgets people (it keeps what happened). Rows written before this migration may
-- hold a donor's, monthly donor's or wisher's full name and the words of their messages and
-- stories; from now on snapshots hold them back (SNAPSHOT_RULES in worker/audit/objects.ts), and
-- here the rows already written are brought to the same form, once: names masked as in public
-- answers (马才英 → 马**, anonymous → 爱心人士: the SQL of maskNameSql, worker/lib/mask.ts), free
-- text replaced by where it is kept and its length ({"ref": "donations/dn_…", "chars": 24}),
-- contacts removed. The trail stays append-only: its guard is lifted only for these updates.

DROP TRIGGER audit_log_append_only;

UPDATE audit_log SET before = json_replace(json_remove(before, '$.contact'),
  '$.name', CASE WHEN json_type(before, '$.name') = 'text' THEN (SELECT CASE WHEN (json_extract(before, '$.anonymous') = 1) OR s = '' THEN '爱心人士'
            WHEN s GLOB '*[ᄀ-ᇿ⺀-⺙⺛-⻳⼀-⿕々〇〡-〩]*' OR s GLOB '*[〮-〯〸-〻ぁ-ゖゝ-ゟァ-ヺヽ-ヿ]*' OR s GLOB '*[ㄱ-ㆎㇰ-㈞㉠-㉾㋐-㋾㌀-㍗㐀-䶿]*' OR s GLOB '*[一-鿿ꥠ-ꥼ가-힣ힰ-ퟆퟋ-ퟻ豈-舘]*' OR s GLOB '*[並-龎ｦ-ｯｱ-ﾝﾠ-ﾾￂ-ￇￊ-ￏ]*' OR s GLOB '*[ￒ-ￗￚ-ￜ𖿢-𖿣𖿰-𖿶𚿰-𚿳]*' OR s GLOB '*[𚿵-𚿻𚿽-𚿾𛀀-𛄢𛄲𛅐-𛅒𛅕]*' OR s GLOB '*[𛅤-𛅧🈀𠀀-𪛟𪜀-𫠝𫠠-𬺭]*' OR s GLOB '*[𬺰-𮯠𮯰-𮹝丽-𪘀𰀀-𱍊𱍐-𳑹]*' THEN substr(s, 1, 1) || replace(hex(zeroblob(max(length(s) - 1, 1))), '00', '*')
            ELSE upper(substr(s, 1, 1)) || '***' END FROM (SELECT replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(COALESCE(json_extract(before, '$.name'), ''), char(9), ''), char(10), ''), char(11), ''), char(12), ''), char(13), ''), char(32), ''), char(160), ''), char(5760), ''), char(8192), ''), char(8193), ''), char(8194), ''), char(8195), ''), char(8196), ''), char(8197), ''), char(8198), ''), char(8199), ''), char(8200), ''), char(8201), ''), char(8202), ''), char(8232), ''), char(8233), ''), char(8239), ''), char(8287), ''), char(12288), ''), char(65279), '') AS s)) ELSE json_extract(before, '$.name') END,
  '$.message', CASE WHEN json_type(before, '$.message') = 'text' AND json_extract(before, '$.message') <> '' THEN json_object('ref', 'donations/' || object_id, 'chars', length(json_extract(before, '$.message'))) ELSE json_extract(before, '$.message') END)
WHERE object_type = 'donation' AND before IS NOT NULL;

UPDATE audit_log SET after = json_replace(json_remove(after, '$.contact'),
  '$.name', CASE WHEN json_type(after, '$.name') = 'text' THEN (SELECT CASE WHEN (json_extract(after, '$.anonymous') = 1) OR s = '' THEN '爱心人士'
            WHEN s GLOB '*[ᄀ-ᇿ⺀-⺙⺛-⻳⼀-⿕々〇〡-〩]*' OR s GLOB '*[〮-〯〸-〻ぁ-ゖゝ-ゟァ-ヺヽ-ヿ]*' OR s GLOB '*[ㄱ-ㆎㇰ-㈞㉠-㉾㋐-㋾㌀-㍗㐀-䶿]*' OR s GLOB '*[一-鿿ꥠ-ꥼ가-힣ힰ-ퟆퟋ-ퟻ豈-舘]*' OR s GLOB '*[並-龎ｦ-ｯｱ-ﾝﾠ-ﾾￂ-ￇￊ-ￏ]*' OR s GLOB '*[ￒ-ￗￚ-ￜ𖿢-𖿣𖿰-𖿶𚿰-𚿳]*' OR s GLOB '*[𚿵-𚿻𚿽-𚿾𛀀-𛄢𛄲𛅐-𛅒𛅕]*' OR s GLOB '*[𛅤-𛅧🈀𠀀-𪛟𪜀-𫠝𫠠-𬺭]*' OR s GLOB '*[𬺰-𮯠𮯰-𮹝丽-𪘀𰀀-𱍊𱍐-𳑹]*' THEN substr(s, 1, 1) || replace(hex(zeroblob(max(length(s) - 1, 1))), '00', '*')
            ELSE upper(substr(s, 1, 1)) || '***' END FROM (SELECT replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(COALESCE(json_extract(after, '$.name'), ''), char(9), ''), char(10), ''), char(11), ''), char(12), ''), char(13), ''), char(32), ''), char(160), ''), char(5760), ''), char(8192), ''), char(8193), ''), char(8194), ''), char(8195), ''), char(8196), ''), char(8197), ''), char(8198), ''), char(8199), ''), char(8200), ''), char(8201), ''), char(8202), ''), char(8232), ''), char(8233), ''), char(8239), ''), char(8287), ''), char(12288), ''), char(65279), '') AS s)) ELSE json_extract(after, '$.name') END,
  '$.message', CASE WHEN json_type(after, '$.message') = 'text' AND json_extract(after, '$.message') <> '' THEN json_object('ref', 'donations/' || object_id, 'chars', length(json_extract(after, '$.message'))) ELSE json_extract(after, '$.message') END)
WHERE object_type = 'donation' AND after IS NOT NULL;

UPDATE audit_log SET before = json_replace(json_remove(before, '$.contact'),
  '$.name', CASE WHEN json_type(before, '$.name') = 'text' THEN (SELECT CASE WHEN (json_extract(before, '$.anonymous') = 1) OR s = '' THEN '爱心人士'
            WHEN s GLOB '*[ᄀ-ᇿ⺀-⺙⺛-⻳⼀-⿕々〇〡-〩]*' OR s GLOB '*[〮-〯〸-〻ぁ-ゖゝ-ゟァ-ヺヽ-ヿ]*' OR s GLOB '*[ㄱ-ㆎㇰ-㈞㉠-㉾㋐-㋾㌀-㍗㐀-䶿]*' OR s GLOB '*[一-鿿ꥠ-ꥼ가-힣ힰ-ퟆퟋ-ퟻ豈-舘]*' OR s GLOB '*[並-龎ｦ-ｯｱ-ﾝﾠ-ﾾￂ-ￇￊ-ￏ]*' OR s GLOB '*[ￒ-ￗￚ-ￜ𖿢-𖿣𖿰-𖿶𚿰-𚿳]*' OR s GLOB '*[𚿵-𚿻𚿽-𚿾𛀀-𛄢𛄲𛅐-𛅒𛅕]*' OR s GLOB '*[𛅤-𛅧🈀𠀀-𪛟𪜀-𫠝𫠠-𬺭]*' OR s GLOB '*[𬺰-𮯠𮯰-𮹝丽-𪘀𰀀-𱍊𱍐-𳑹]*' THEN substr(s, 1, 1) || replace(hex(zeroblob(max(length(s) - 1, 1))), '00', '*')
            ELSE upper(substr(s, 1, 1)) || '***' END FROM (SELECT replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(COALESCE(json_extract(before, '$.name'), ''), char(9), ''), char(10), ''), char(11), ''), char(12), ''), char(13), ''), char(32), ''), char(160), ''), char(5760), ''), char(8192), ''), char(8193), ''), char(8194), ''), char(8195), ''), char(8196), ''), char(8197), ''), char(8198), ''), char(8199), ''), char(8200), ''), char(8201), ''), char(8202), ''), char(8232), ''), char(8233), ''), char(8239), ''), char(8287), ''), char(12288), ''), char(65279), '') AS s)) ELSE json_extract(before, '$.name') END,
  '$.message', CASE WHEN json_type(before, '$.message') = 'text' AND json_extract(before, '$.message') <> '' THEN json_object('ref', 'monthly_plans/' || object_id, 'chars', length(json_extract(before, '$.message'))) ELSE json_extract(before, '$.message') END)
WHERE object_type = 'plan' AND before IS NOT NULL;

UPDATE audit_log SET after = json_replace(json_remove(after, '$.contact'),
  '$.name', CASE WHEN json_type(after, '$.name') = 'text' THEN (SELECT CASE WHEN (json_extract(after, '$.anonymous') = 1) OR s = '' THEN '爱心人士'
            WHEN s GLOB '*[ᄀ-ᇿ⺀-⺙⺛-⻳⼀-⿕々〇〡-〩]*' OR s GLOB '*[〮-〯〸-〻ぁ-ゖゝ-ゟァ-ヺヽ-ヿ]*' OR s GLOB '*[ㄱ-ㆎㇰ-㈞㉠-㉾㋐-㋾㌀-㍗㐀-䶿]*' OR s GLOB '*[一-鿿ꥠ-ꥼ가-힣ힰ-ퟆퟋ-ퟻ豈-舘]*' OR s GLOB '*[並-龎ｦ-ｯｱ-ﾝﾠ-ﾾￂ-ￇￊ-ￏ]*' OR s GLOB '*[ￒ-ￗￚ-ￜ𖿢-𖿣𖿰-𖿶𚿰-𚿳]*' OR s GLOB '*[𚿵-𚿻𚿽-𚿾𛀀-𛄢𛄲𛅐-𛅒𛅕]*' OR s GLOB '*[𛅤-𛅧🈀𠀀-𪛟𪜀-𫠝𫠠-𬺭]*' OR s GLOB '*[𬺰-𮯠𮯰-𮹝丽-𪘀𰀀-𱍊𱍐-𳑹]*' THEN substr(s, 1, 1) || replace(hex(zeroblob(max(length(s) - 1, 1))), '00', '*')
            ELSE upper(substr(s, 1, 1)) || '***' END FROM (SELECT replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(COALESCE(json_extract(after, '$.name'), ''), char(9), ''), char(10), ''), char(11), ''), char(12), ''), char(13), ''), char(32), ''), char(160), ''), char(5760), ''), char(8192), ''), char(8193), ''), char(8194), ''), char(8195), ''), char(8196), ''), char(8197), ''), char(8198), ''), char(8199), ''), char(8200), ''), char(8201), ''), char(8202), ''), char(8232), ''), char(8233), ''), char(8239), ''), char(8287), ''), char(12288), ''), char(65279), '') AS s)) ELSE json_extract(after, '$.name') END,
  '$.message', CASE WHEN json_type(after, '$.message') = 'text' AND json_extract(after, '$.message') <> '' THEN json_object('ref', 'monthly_plans/' || object_id, 'chars', length(json_extract(after, '$.message'))) ELSE json_extract(after, '$.message') END)
WHERE object_type = 'plan' AND after IS NOT NULL;

UPDATE audit_log SET before = json_replace(json_remove(before, '$.contact'),
  '$.wisher_name', CASE WHEN json_type(before, '$.wisher_name') = 'text' THEN (SELECT CASE WHEN (0) OR s = '' THEN '爱心人士'
            WHEN s GLOB '*[ᄀ-ᇿ⺀-⺙⺛-⻳⼀-⿕々〇〡-〩]*' OR s GLOB '*[〮-〯〸-〻ぁ-ゖゝ-ゟァ-ヺヽ-ヿ]*' OR s GLOB '*[ㄱ-ㆎㇰ-㈞㉠-㉾㋐-㋾㌀-㍗㐀-䶿]*' OR s GLOB '*[一-鿿ꥠ-ꥼ가-힣ힰ-ퟆퟋ-ퟻ豈-舘]*' OR s GLOB '*[並-龎ｦ-ｯｱ-ﾝﾠ-ﾾￂ-ￇￊ-ￏ]*' OR s GLOB '*[ￒ-ￗￚ-ￜ𖿢-𖿣𖿰-𖿶𚿰-𚿳]*' OR s GLOB '*[𚿵-𚿻𚿽-𚿾𛀀-𛄢𛄲𛅐-𛅒𛅕]*' OR s GLOB '*[𛅤-𛅧🈀𠀀-𪛟𪜀-𫠝𫠠-𬺭]*' OR s GLOB '*[𬺰-𮯠𮯰-𮹝丽-𪘀𰀀-𱍊𱍐-𳑹]*' THEN substr(s, 1, 1) || replace(hex(zeroblob(max(length(s) - 1, 1))), '00', '*')
            ELSE upper(substr(s, 1, 1)) || '***' END FROM (SELECT replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(COALESCE(json_extract(before, '$.wisher_name'), ''), char(9), ''), char(10), ''), char(11), ''), char(12), ''), char(13), ''), char(32), ''), char(160), ''), char(5760), ''), char(8192), ''), char(8193), ''), char(8194), ''), char(8195), ''), char(8196), ''), char(8197), ''), char(8198), ''), char(8199), ''), char(8200), ''), char(8201), ''), char(8202), ''), char(8232), ''), char(8233), ''), char(8239), ''), char(8287), ''), char(12288), ''), char(65279), '') AS s)) ELSE json_extract(before, '$.wisher_name') END,
  '$.story', CASE WHEN json_type(before, '$.story') = 'text' AND json_extract(before, '$.story') <> '' THEN json_object('ref', 'wishes/' || object_id, 'chars', length(json_extract(before, '$.story'))) ELSE json_extract(before, '$.story') END,
  '$.thanks_note', CASE WHEN json_type(before, '$.thanks_note') = 'text' AND json_extract(before, '$.thanks_note') <> '' THEN json_object('ref', 'wishes/' || object_id, 'chars', length(json_extract(before, '$.thanks_note'))) ELSE json_extract(before, '$.thanks_note') END)
WHERE object_type = 'wish' AND before IS NOT NULL;

UPDATE audit_log SET after = json_replace(json_remove(after, '$.contact'),
  '$.wisher_name', CASE WHEN json_type(after, '$.wisher_name') = 'text' THEN (SELECT CASE WHEN (0) OR s = '' THEN '爱心人士'
            WHEN s GLOB '*[ᄀ-ᇿ⺀-⺙⺛-⻳⼀-⿕々〇〡-〩]*' OR s GLOB '*[〮-〯〸-〻ぁ-ゖゝ-ゟァ-ヺヽ-ヿ]*' OR s GLOB '*[ㄱ-ㆎㇰ-㈞㉠-㉾㋐-㋾㌀-㍗㐀-䶿]*' OR s GLOB '*[一-鿿ꥠ-ꥼ가-힣ힰ-ퟆퟋ-ퟻ豈-舘]*' OR s GLOB '*[並-龎ｦ-ｯｱ-ﾝﾠ-ﾾￂ-ￇￊ-ￏ]*' OR s GLOB '*[ￒ-ￗￚ-ￜ𖿢-𖿣𖿰-𖿶𚿰-𚿳]*' OR s GLOB '*[𚿵-𚿻𚿽-𚿾𛀀-𛄢𛄲𛅐-𛅒𛅕]*' OR s GLOB '*[𛅤-𛅧🈀𠀀-𪛟𪜀-𫠝𫠠-𬺭]*' OR s GLOB '*[𬺰-𮯠𮯰-𮹝丽-𪘀𰀀-𱍊𱍐-𳑹]*' THEN substr(s, 1, 1) || replace(hex(zeroblob(max(length(s) - 1, 1))), '00', '*')
            ELSE upper(substr(s, 1, 1)) || '***' END FROM (SELECT replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(COALESCE(json_extract(after, '$.wisher_name'), ''), char(9), ''), char(10), ''), char(11), ''), char(12), ''), char(13), ''), char(32), ''), char(160), ''), char(5760), ''), char(8192), ''), char(8193), ''), char(8194), ''), char(8195), ''), char(8196), ''), char(8197), ''), char(8198), ''), char(8199), ''), char(8200), ''), char(8201), ''), char(8202), ''), char(8232), ''), char(8233), ''), char(8239), ''), char(8287), ''), char(12288), ''), char(65279), '') AS s)) ELSE json_extract(after, '$.wisher_name') END,
  '$.story', CASE WHEN json_type(after, '$.story') = 'text' AND json_extract(after, '$.story') <> '' THEN json_object('ref', 'wishes/' || object_id, 'chars', length(json_extract(after, '$.story'))) ELSE json_extract(after, '$.story') END,
  '$.thanks_note', CASE WHEN json_type(after, '$.thanks_note') = 'text' AND json_extract(after, '$.thanks_note') <> '' THEN json_object('ref', 'wishes/' || object_id, 'chars', length(json_extract(after, '$.thanks_note'))) ELSE json_extract(after, '$.thanks_note') END)
WHERE object_type = 'wish' AND after IS NOT NULL;

CREATE TRIGGER audit_log_append_only
BEFORE UPDATE ON audit_log
BEGIN
  SELECT RAISE(ABORT, 'audit_log_is_append_only');
END;
