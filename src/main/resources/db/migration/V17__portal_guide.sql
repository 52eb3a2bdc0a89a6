-- portal: the disclosure guide (政府信息公开指南, seed 一(四)2) kept as versions that are only ever
-- added (the page shows the newest, the office head sees every earlier one), and an index for the
-- portal's lists by key content category.

CREATE TABLE portal_guide_version (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    body_html  MEDIUMTEXT   NOT NULL,
    note       VARCHAR(200) NULL,
    written_by VARCHAR(100) NOT NULL,
    written_at DATETIME(6)  NOT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TRIGGER portal_guide_version_no_update BEFORE UPDATE ON portal_guide_version FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'portal_guide_version is append-only';

CREATE TRIGGER portal_guide_version_no_delete BEFORE DELETE ON portal_guide_version FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'portal_guide_version is append-only';

-- The first version: the rules' chapter on looking up information and on requests (seed 一(四), 一(五)).
INSERT INTO portal_guide_version (body_html, note, written_by, written_at) VALUES (
    '<h2>(四)政府信息查阅、申请办理和接待</h2><p>1.认真做好公民、法人和其他组织查阅主动公开政府信息工作。对依主动公开政府信息的申请人提供必要的指导,帮助其检索主动公开政府信息目录,并在其办理查阅手续后向其提供检索所需的相关信息。</p><p>2.在郑州市大数据管理局网站提供政府信息公开指南,方便公众检索、查阅主动公开和依申请公开政府信息。</p><p>3.根据相关程序、规定,指导查阅、申请人按规定查阅、申请我局政府信息。</p><h2>(五)政府信息依申请公开程序</h2><p>1.公民、法人和其他组织需要本机关主动公开以外的政府信息,可以向本机关申请获取。本机关依申请提供信息时,根据掌握该信息的实际状态进行提供,不对信息进行加工、统计、研究、分析或者其他处理。</p><p>2.对依申请公开政府信息的申请人,应当按《条例》规定,由申请人出示身份证件并填写政府信息公开申请表后受理,不能当场答复的,自受理申请之日起20个工作日内予以答复,并将办理结果通知申请人。</p><p>3.依申请公开政府信息的申请应按照一事一申请,一事一答复的要求进行。</p><p>4.对市政府办公厅政务公开办转办的依申请公开的政府信息,应按规范程序办理交接手续,并在规定时限内办理完毕,将办理结果和相关告知书、相关信息报市政府办公厅政务公开办。</p><p>5.局机关信息公开申请受理机构为办公室。</p>',
    '据《郑州市大数据管理局政府信息公开制度》一(四)、一(五)',
    'system', '2019-05-20 00:00:00');

-- The home page counts published entries per key content category; the feed lists one category's newest.
CREATE INDEX ix_gov_info_key_content ON gov_info (state, key_content_category, published_date);
