package org.qualityloop.bench;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A province's archive as a restored database holds it: closed, archived cases written straight into the tables in
 * bulk (PostgreSQL's generate_series), each with its failed item, its eight events, three statutory deadlines and
 * its result notice; 100,000 enterprises, registration dates spread over eight years, the bench's 50 county bureaus,
 * one result in twenty overturned. The engine's history for them is absent, as after the history clean-up.
 */
final class ClosedCases {

    static final int ENTERPRISES = 100_000;
    static final int CHUNK = 100_000;

    private final JdbcClient jdbc;

    ClosedCases(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void load(int count) {
        jdbc.sql("""
                insert into enterprise (uscc, name, address)
                select 'E' || lpad(g::text, 17, '0'), '规模测试企业' || g || '有限公司', '泰安市'
                from generate_series(1, ?) g on conflict do nothing""").param(ENTERPRISES).update();
        for (int from = 1; from <= count; from += CHUNK) {
            chunk(from, Math.min(count, from + CHUNK - 1));
        }
        for (String table : List.of("enterprise", "case_file", "failed_item", "case_event", "case_deadline", "document")) {
            jdbc.sql("vacuum analyze " + table).update();
        }
    }

    private void chunk(int from, int to) {
        jdbc.sql("""
                insert into case_file (id, case_no, report_no, intake_fingerprint, product_name, product_model,
                  product_batch, product_category, sampled_on, report_issued_on, registered_on, registered_at,
                  registered_by, sampled_uscc, sampled_name, sampled_address, bureau_code, organizing_bureau_code,
                  institution, spot_check_plan, adulteration_suspected, status, stage, track, outcome, stop_sale_active,
                  closed_at)
                select md5('closed-' || g)::uuid, '3799' || lpad((g % 50)::text, 2, '0') || '-' || extract(year from d)
                         || '-C' || lpad(g::text, 7, '0'),
                       'CLOSED-' || g, md5('f' || g),
                       (array['电热水壶','电吹风','塑胶玩具','电线电缆','童车','插座','电暖器','羽绒服','不锈钢锅','儿童鞋'])[1 + g % 10]
                         || ' 型号' || (g % 997),
                       'M-' || (g % 997), 'B' || g,
                       (array['家用电器','家用电器','儿童用品','电线电缆','儿童用品','电工产品','家用电器','纺织品','日用品','儿童用品'])[1 + g % 10],
                       d - 20, d - 5, d, d + time '10:00', 'bench',
                       'E' || lpad((1 + g % ?)::text, 17, '0'), '规模测试企业' || (1 + g % ?) || '有限公司', '泰安市',
                       '3799' || lpad((g % 50)::text, 2, '0'), '370900', 'LAB-SD', null, false, 'ARCHIVED', 'ARCHIVED',
                       'GENERAL', case when g % 20 = 0 then 'OVERTURNED' else 'HANDLED' end, false, d + interval '120 days'
                from (select g, date '2019-01-01' + (g % 2880) as d from generate_series(?, ?) g) s""")
                .params(ENTERPRISES, ENTERPRISES, from, to).update();
        jdbc.sql("""
                insert into failed_item (case_id, item_order, item, requirement, measured, hazard)
                select md5('closed-' || g)::uuid, 1,
                       (array['泄漏电流','标志和说明','温升','增塑剂','绝缘电阻'])[1 + g % 5], '见标准', '不符合',
                       (array['SAFETY','LABELLING','PERFORMANCE','SAFETY','PERFORMANCE'])[1 + g % 5]
                from generate_series(?, ?) g""").params(from, to).update();
        jdbc.sql("""
                insert into case_event (case_id, occurred_at, actor, task_key, task_id, event_type, summary)
                select md5('closed-' || g)::uuid, (date '2019-01-01' + (g % 2880)) + (e * interval '7 days'), 'bench',
                       (array[null, null, 'issueResultNotice', 'recordService', 'confirmClassification',
                              'recordFirstReinspection', 'submitHandlingReport', null])[e],
                       null,
                       (array['CASE_REGISTERED', 'STAGE_ENTERED', 'TASK_COMPLETED', 'TASK_COMPLETED', 'TASK_COMPLETED',
                              'TASK_COMPLETED', 'TASK_COMPLETED', 'CASE_ARCHIVED'])[e],
                       '基准历史'
                from generate_series(?, ?) g cross join generate_series(1, 8) e""").params(from, to).update();
        jdbc.sql("""
                insert into case_deadline (case_id, step, starts_on, due_on, amount, unit, basis, verified, met_on,
                  bureau_code, registered_on)
                select md5('closed-' || g)::uuid, (array['RESULT_NOTICE', 'SERVICE_RECORD', 'RECTIFICATION'])[s],
                       d + (s - 1) * 7, d + (s - 1) * 7 + (array[7, 5, 60])[s], (array[5, 5, 60])[s],
                       (array['WORKING_DAYS', 'WORKING_DAYS', 'CALENDAR_DAYS'])[s], '基准', true,
                       d + (s - 1) * 7 + (array[7, 5, 60])[s] + case when g % 10 = s then 3 else -1 end,
                       '3799' || lpad((g % 50)::text, 2, '0'), d
                from (select g, date '2019-01-01' + (g % 2880) as d from generate_series(?, ?) g) c
                cross join generate_series(1, 3) s""").params(from, to).update();
        jdbc.sql("""
                insert into document (id, case_id, kind, doc_no, title, issued_on, body, issued_by, issued_at)
                select md5('closed-doc-' || g)::uuid, md5('closed-' || g)::uuid, 'RESULT_NOTICE',
                       '泰基检告〔' || g || '〕', '检验结论告知书', date '2019-01-01' + (g % 2880) + 7,
                       '经抽样检验，你单位生产的产品不符合相关标准要求，检验结论为不合格。', 'bench',
                       (date '2019-01-01' + (g % 2880) + 7) + time '09:00'
                from generate_series(?, ?) g""").params(from, to).update();
    }

    /**
     * The public entries of the archive, as publishing took their snapshots: every result not overturned, published
     * 100 days after registration, its change stamped then.
     */
    void publish() {
        jdbc.sql("""
                insert into publication_entry (case_id, handling_summary, drafted_by, approved_by, published_on, public_id,
                  product_name, product_model, product_batch, product_category, enterprise_name, enterprise_uscc,
                  failed_items, institution_name, bureau_code, bureau_name, outcome, sampled_on, changed_at)
                select c.id, '企业已完成整改，复查合格。', 'bench', 'bench', c.registered_on + 100,
                       md5('public-' || c.id)::uuid, c.product_name, c.product_model, c.product_batch,
                       c.product_category, c.sampled_name, c.sampled_uscc, '泄漏电流', '山东省产品质量检验研究院',
                       c.bureau_code, '基准县局', 'RECTIFIED', c.sampled_on, (c.registered_on + 100) + time '16:00'
                from case_file c
                where c.registered_by = 'bench' and c.outcome = 'HANDLED'
                  and not exists (select 1 from publication_entry p where p.case_id = c.id)""").update();
        jdbc.sql("vacuum analyze publication_entry").update();
    }
}
