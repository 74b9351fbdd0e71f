package org.qualityloop.intake;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The columns a result sheet may have, each under the names bureaus and institutions give it (序号, 报告编号, 产品名称,
 * 受检单位/被抽样单位, 检验机构/承检机构, ...), in any order. A header is compared with its full-width characters,
 * spaces and punctuation folded away, so "报告 编号", "报告编号：" and "报告编号" are one column.
 */
enum SheetColumn {
    SERIAL("序号", "编号序号"),
    REPORT_NO("报告编号", "检验报告编号", "报告号", "报告书编号", "检验报告号"),
    PRODUCT("产品名称", "样品名称", "产品"),
    MODEL("规格型号", "型号规格", "型号", "规格"),
    TRADEMARK("商标", "品牌"),
    BATCH("生产日期/批号", "生产日期或批号", "生产日期批号", "生产日期", "批号", "生产批号"),
    CATEGORY("产品类别", "产品种类", "类别", "产品分类"),
    ENTERPRISE("受检单位", "被抽样单位", "受检单位名称", "被抽样单位名称", "受检企业", "被抽样企业"),
    USCC("受检单位统一社会信用代码", "被抽样单位统一社会信用代码", "统一社会信用代码", "社会信用代码", "信用代码"),
    ADDRESS("地址", "受检单位地址", "被抽样单位地址", "企业地址"),
    PRODUCER("生产单位", "标称生产者", "标称生产企业", "生产企业", "标称生产单位", "生产者"),
    PRODUCER_USCC("生产单位统一社会信用代码", "标称生产者统一社会信用代码", "生产企业统一社会信用代码"),
    PRODUCER_ADDRESS("生产单位地址", "标称生产者地址", "生产企业地址"),
    ITEMS("不合格项目", "不合格项目名称", "主要不合格项目"),
    REQUIREMENTS("标准要求", "标准值", "技术要求", "标准规定"),
    MEASURED("实测值", "检验结果", "实测结果", "实测", "检测结果"),
    HAZARD("不合格项目类别", "危害类别", "项目类别", "不合格类别"),
    INSTITUTION("检验机构", "承检机构", "检验单位", "承检单位"),
    SAMPLED_ON("抽样日期", "抽样时间"),
    REPORTED_ON("报告日期", "签发日期", "报告签发日期", "检验报告日期"),
    REGION("所属地区", "承办单位", "地区", "所在地区", "属地"),
    ORGANIZER("组织单位", "抽查组织单位", "组织部门"),
    PLAN("抽查计划", "计划名称", "计划");

    private final List<String> names;

    SheetColumn(String... names) {
        this.names = List.of(names);
    }

    /** The name the bureaus' own sheets use first, for messages and the error workbook. */
    String usualName() {
        return names.get(0);
    }

    static Optional<SheetColumn> of(String header) {
        String folded = fold(header);
        for (SheetColumn column : values()) {
            if (column.names.stream().map(SheetColumn::fold).anyMatch(folded::equals)) {
                return Optional.of(column);
            }
        }
        return Optional.empty();
    }

    /** Full-width to half-width (NFKC), no spaces, no punctuation but the slash, lower case. */
    static String fold(String text) {
        return Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC)
                .replaceAll("[\\s\\p{Punct}&&[^/]]|[：（）【】]", "").toLowerCase(Locale.ROOT);
    }
}
