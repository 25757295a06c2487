-- Covers for the two projects of the news report, so their cards and share pages (/p/…) show a
-- picture instead of a grey category box: the demo's illustrations in demo/photos (served at
-- /photos/…), drawings labelled 示意图, not photographs of the places. An SVG cover is not used as the
-- link-preview image (WeChat reads raster images only): the share card stays that.
-- Idempotent: only a project without a cover gets one.
UPDATE projects SET cover_url = '/photos/gaoping-lunch.svg' WHERE id = 'gaoping-lunch' AND cover_url IS NULL;
UPDATE projects SET cover_url = '/photos/guanheng-elder-centre.svg' WHERE id = 'guanheng-elder-centre' AND cover_url IS NULL;
