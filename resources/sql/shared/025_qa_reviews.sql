-- Signalboard schema 25, the statements SQLite and PostgreSQL share: reviewing (质检) and
-- disputes (质检复核). The shipped scorecard (评分表) as published version 1, the Chinese
-- root-cause tags beside the stored ones, and one dispute per review.
-- Each section runs where the dialect file (resources/sql/sqlite, resources/sql/postgresql) of
-- the same name says "-- @shared <section>".

-- @section columns
-- The root-cause tags in Chinese, in the order of root_causes (a JSON array of text). A
-- review stores the tags of root_causes; root_causes_zh is what a Chinese screen shows.
ALTER TABLE qa_scorecard_items ADD COLUMN root_causes_zh TEXT NOT NULL DEFAULT '[]';

-- @section indexes
-- An agent disputes a review once; its decision changes the score once.
CREATE UNIQUE INDEX qa_disputes_one_per_review ON qa_disputes(review_id);

-- @section scorecard
-- The shipped scorecard: Scorecards::defaultScorecard() (src/core/qa/scorecard.h), the seven
-- dimensions of docs/spec/DOMAIN.md §6, published as version 1. Titles and root causes are
-- stored in English (label, root_causes: what reviews store) and Chinese (label_zh,
-- root_causes_zh: the zh_CN translations of the same texts). Scales: 0_2 is zero_to_two, 1_5
-- one_to_five. tst_qa_review checks that this is exactly the default scorecard.
INSERT INTO qa_scorecards(key, name, archived, created_at, created_by) VALUES
    ('standard', 'Standard complaint handling', 0, 0, 'migration 025');
INSERT INTO qa_scorecard_versions(scorecard_id, version, state, note, created_at, created_by,
                                  published_at, published_by)
SELECT s.id, 1, 'published', 'The shipped scorecard', 0, 'migration 025', 0, 'migration 025'
FROM qa_scorecards s WHERE s.key = 'standard';
INSERT INTO qa_scorecard_items(version_id, position, key, label, label_zh, weight, scale,
                               allow_na, critical, comment_below_pass, root_causes,
                               root_causes_zh)
SELECT v.id, i.position, i.key, i.label, i.label_zh, i.weight, i.scale, i.allow_na, i.critical,
       i.comment_below_pass, i.root_causes, i.root_causes_zh
FROM qa_scorecard_versions v JOIN qa_scorecards s ON s.id = v.scorecard_id
JOIN (
    SELECT 1 AS position, 'timeliness' AS key, 'Timeliness' AS label, '及时性' AS label_zh,
           15 AS weight, '0_2' AS scale, 0 AS allow_na, 0 AS critical, 1 AS comment_below_pass,
           '["Slow first response","Deadline missed","No reason given for the delay","Needless transfer"]' AS root_causes,
           '["首次响应慢","处理超时","未填写超时原因","不必要的转派"]' AS root_causes_zh
    UNION ALL
    SELECT 2, 'identity_verification', 'Identity verification', '身份核实', 10, 'pass_fail', 1, 1, 1,
           '["Verification skipped","Verification incomplete","Personal data disclosed before verification"]',
           '["未核实身份","身份核实不完整","核实前泄露个人信息"]'
    UNION ALL
    SELECT 3, 'understanding', 'Understanding of the problem', '问题理解', 15, '1_5', 0, 0, 1,
           '["Wrong problem type","Key facts not asked","Customer had to repeat"]',
           '["问题类型判断错误","未询问关键信息","客户需重复陈述"]'
    UNION ALL
    SELECT 4, 'solution_effectiveness', 'Effectiveness of the solution', '解决方案有效性', 25, '1_5', 0, 0, 1,
           '["Wrong answer","Knowledge base not used","Not escalated","Escalated needlessly","Problem not solved"]',
           '["答复错误","未使用知识库","应升级未升级","不必要的升级","问题未解决"]'
    UNION ALL
    SELECT 5, 'attitude', 'Attitude', '服务态度', 15, '1_5', 0, 0, 1,
           '["Impolite","Impatient","Interrupted the customer","Unprofessional wording"]',
           '["不礼貌","不耐烦","打断客户","用语不规范"]'
    UNION ALL
    SELECT 6, 'record_completeness', 'Completeness of the record', '记录完整性', 10, '0_2', 0, 0, 1,
           '["Fields missing","Handling opinion missing","Reply summary missing","Attachments missing"]',
           '["字段缺失","缺少处理意见","缺少回复概述","缺少附件"]'
    UNION ALL
    SELECT 7, 'satisfaction', 'Satisfaction achieved', '满意度达成', 10, '1_5', 1, 0, 1,
           '["Customer unsatisfied with the result","Customer unsatisfied with the service","Expectations not set"]',
           '["客户对处理结果不满意","客户对服务不满意","未向客户说明预期"]'
) i ON 1 = 1
WHERE s.key = 'standard' AND v.version = 1;
