package cn.xxgk.search;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A reproducible generator of government-notice text (titles, bodies, document numbers) for the engine's
 * recall tests and the search benchmark: phrases of the bureau's vocabulary, numbers, dates, full-width
 * digits and letters now and then, a rare character outside the basic plane now and then.
 */
public final class ChineseCorpus {

    static final String[] WORDS = {"政府", "信息", "公开", "大数据", "管理局", "郑州市", "关于", "印发", "通知", "工作",
            "实施", "方案", "数字经济", "发展", "情况", "通报", "年度", "预算", "决算", "采购", "招标", "公告", "干部",
            "任免", "离退休", "党风", "廉政", "建设", "产业", "园区", "智慧城市", "政务服务", "一网通办", "数据共享",
            "平台", "安全", "保密", "审查", "规定", "办法", "条例", "意见", "会议", "纪要", "考核", "表彰", "奖励",
            "公务员", "录用", "考试", "申请", "答复", "依法", "行政", "机关", "单位", "部门", "负责", "落实", "推进",
            "加强", "完善", "制度", "机制", "标准", "规范", "目录", "指南", "年报", "统计", "监督", "检查", "整改",
            "网络", "基础设施", "云计算", "人工智能", "区块链", "物联网", "5G", "APP", "API", "互联网+", "（试行）"};
    static final String[] PUNCT = {"，", "。", "；", "、", "：", "“", "”", " ", "\n"};
    static final String[] TYPES = {"通知", "通告", "意见", "办法", "报告", "公告", "决定", "批复"};
    static final String[] PREFIXES = {"郑大数据", "郑大数据办", "郑政", "郑政办"};
    static final String[] RARE = {"𠀀", "𪚥", "𡈽", "ＡＢ", "２０２３", "Ⅻ", "①"};

    private final SplittableRandom random;

    public ChineseCorpus(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** One generated entry's searchable parts. */
    public record Text(String title, String body, String documentNumber, String documentType, LocalDate published,
                       String keyContent, String subject) {
    }

    public Text next(int bodyChars) {
        int year = 2015 + random.nextInt(12);
        String type = TYPES[random.nextInt(TYPES.length)];
        String number = random.nextInt(4) == 0 ? null
                : PREFIXES[random.nextInt(PREFIXES.length)] + "〔" + year + "〕" + (1 + random.nextInt(200)) + "号";
        String title = "关于" + phrase(3 + random.nextInt(5)) + "的" + type;
        StringBuilder body = new StringBuilder();
        while (body.length() < bodyChars) {
            body.append(phrase(2 + random.nextInt(6))).append(PUNCT[random.nextInt(PUNCT.length)]);
            if (random.nextInt(12) == 0) {
                body.append(year).append("年").append(1 + random.nextInt(12)).append("月");
            }
            if (random.nextInt(40) == 0) {
                body.append(RARE[random.nextInt(RARE.length)]);
            }
        }
        LocalDate published = LocalDate.of(year, 1 + random.nextInt(12), 1 + random.nextInt(28));
        String[] kc = {"DECISIONS", "BUDGET", "PROCUREMENT", "BIG_DATA_INDUSTRY", null};
        String[] sc = {"GENERAL_AFFAIRS", "INDUSTRY_TRANSPORT", "FINANCE_AUDIT"};
        return new Text(title, body.toString(), number, type, published, kc[random.nextInt(kc.length)],
                sc[random.nextInt(sc.length)]);
    }

    private String phrase(int words) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < words; i++) {
            s.append(WORDS[random.nextInt(WORDS.length)]);
        }
        return s.toString();
    }

    /**
     * A fixed mix of {@code n} queries over texts of this corpus: substrings of 1–8 characters taken from the
     * given texts (single characters among them), digits inside document numbers, pieces like 「23号」 and
     * 「〔2019〕」, full-width forms, and queries that find nothing.
     */
    public List<String> queries(List<String> texts, int n) {
        String[] fixed = {"23号", "〔2019〕", "〔2024〕1", "郑大数据〔", "２０２３", "ａｐｐ", "api", "𠀀", "𪚥公开",
                "公", "数", "5", "号", "无此内容词组", "量子纠缠", "zzz", "〔1999〕", "%", "_", "'; DROP TABLE gov_info; --",
                "<script>", "政务服务一网通办", "12月", "的通知"};
        java.util.ArrayList<String> out = new java.util.ArrayList<>(List.of(fixed));
        while (out.size() < n) {
            String text = texts.get(random.nextInt(texts.size()));
            int[] cps = text.codePoints().toArray();
            int length = 1 + random.nextInt(8);
            if (cps.length < length) {
                continue;
            }
            int start = random.nextInt(cps.length - length + 1);
            String q = new String(cps, start, length).strip();
            if (!q.isEmpty() && !q.contains("\n")) {
                out.add(q);
            }
        }
        return out.subList(0, n);
    }
}
