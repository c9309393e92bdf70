"""The Vietnamese sentence splitter: hard cases with exact boundaries, Unicode, scale."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from translate.document import Block, Document
from translate.errors import InputError
from translate.text.segment import (
    load_abbreviations,
    parse_abbreviations,
    segment_document,
    split_sentences,
)


def sents(text: str, abbreviations=None) -> list[str]:
    spans = split_sentences(text, abbreviations)
    for s, e in spans:  # spans are trimmed, ordered and disjoint
        assert text[s:e] == text[s:e].strip() and s < e
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:], strict=False))
    return [text[s:e] for s, e in spans]


# (id, text, expected sentences) — every case asserts the exact sentence strings.
CASES = [
    # --- abbreviations: titles and places are never sentence ends
    (
        "tp",
        "Hội nghị diễn ra tại TP. Hồ Chí Minh. Đại biểu đã đến đông đủ.",
        ["Hội nghị diễn ra tại TP. Hồ Chí Minh.", "Đại biểu đã đến đông đủ."],
    ),
    (
        "tp-lower",
        "Ông sống ở Tp. Hà Tĩnh. Bà sống ở Huế.",
        ["Ông sống ở Tp. Hà Tĩnh.", "Bà sống ở Huế."],
    ),
    (
        "ts",
        "Phát biểu có TS. Nguyễn Văn A. Sau đó hội nghị nghỉ giải lao.",
        ["Phát biểu có TS. Nguyễn Văn A.", "Sau đó hội nghị nghỉ giải lao."],
    ),
    (
        "ths",
        "ThS. Trần Thị B trình bày báo cáo. Các đại biểu thảo luận.",
        ["ThS. Trần Thị B trình bày báo cáo.", "Các đại biểu thảo luận."],
    ),
    (
        "pgs-ts",
        "PGS.TS. Lê Văn C, Hiệu trưởng, phát biểu. Buổi lễ kết thúc.",
        ["PGS.TS. Lê Văn C, Hiệu trưởng, phát biểu.", "Buổi lễ kết thúc."],
    ),
    (
        "gs",
        "Tham dự có GS. Phan Huy Lê và BS. Nguyễn Thị D. Hội thảo kéo dài hai ngày.",
        ["Tham dự có GS. Phan Huy Lê và BS. Nguyễn Thị D.", "Hội thảo kéo dài hai ngày."],
    ),
    (
        "ts.bs.ckii",
        "TS.BS.CKII. Lê Văn G và Lm. Phêrô Nguyễn đã đến. GS.TSKH. Đặng H cũng có mặt.",
        ["TS.BS.CKII. Lê Văn G và Lm. Phêrô Nguyễn đã đến.", "GS.TSKH. Đặng H cũng có mặt."],
    ),
    (
        "name-letter-in-list",
        "Người báo tin là ông Đặng Văn H. Sau đó, cơ quan công an vào cuộc.",
        ["Người báo tin là ông Đặng Văn H.", "Sau đó, cơ quan công an vào cuộc."],
    ),
    (
        "h-district",
        "Tại TP. Hà Tĩnh, H. Cẩm Xuyên và X. Cẩm Bình trời mưa. Gió nhẹ.",
        ["Tại TP. Hà Tĩnh, H. Cẩm Xuyên và X. Cẩm Bình trời mưa.", "Gió nhẹ."],
    ),
    (
        "th.s",
        "Báo cáo của Th.S Nguyễn E được đánh giá cao. Cảm ơn.",
        ["Báo cáo của Th.S Nguyễn E được đánh giá cao.", "Cảm ơn."],
    ),
    (
        "th.s.",
        "Báo cáo của Th.S. Nguyễn E được đánh giá cao. Cảm ơn.",
        ["Báo cáo của Th.S. Nguyễn E được đánh giá cao.", "Cảm ơn."],
    ),
    (
        "ts.bs",
        "TS.BS. Võ Văn F cho biết bệnh nhân đã ổn định. Gia đình rất vui mừng.",
        ["TS.BS. Võ Văn F cho biết bệnh nhân đã ổn định.", "Gia đình rất vui mừng."],
    ),
    (
        "q-p",
        "Trụ sở tại số 5, P. 5, Q. 3, TP. HCM. Điện thoại liên hệ bên dưới.",
        ["Trụ sở tại số 5, P. 5, Q. 3, TP. HCM.", "Điện thoại liên hệ bên dưới."],
    ),
    (
        "q.1",
        "Cửa hàng ở Q.1 đóng cửa. Khách hàng chuyển sang P.5 mua sắm.",
        ["Cửa hàng ở Q.1 đóng cửa.", "Khách hàng chuyển sang P.5 mua sắm."],
    ),
    (
        "q.1-end",
        "Cửa hàng mới mở ở Q.1. Khách hàng rất đông.",
        ["Cửa hàng mới mở ở Q.1.", "Khách hàng rất đông."],
    ),
    (
        "legal-article",
        "Điều 5. Phạm vi điều chỉnh\nChương II. Quy định chung",
        ["Điều 5. Phạm vi điều chỉnh", "Chương II. Quy định chung"],
    ),
    (
        "legal-article-mid",
        "Theo quy định tại Điều 5. Các bên phải tuân thủ.",
        ["Theo quy định tại Điều 5.", "Các bên phải tuân thủ."],
    ),
    (
        "tx",
        "Đoàn công tác làm việc tại TX. Hồng Lĩnh. Chiều cùng ngày, đoàn về huyện.",
        ["Đoàn công tác làm việc tại TX. Hồng Lĩnh.", "Chiều cùng ngày, đoàn về huyện."],
    ),
    (
        "cty",
        "Cty. Cổ phần ABC vừa công bố lợi nhuận. Cổ phiếu tăng mạnh.",
        ["Cty. Cổ phần ABC vừa công bố lợi nhuận.", "Cổ phiếu tăng mạnh."],
    ),
    (
        "tp.hcm",
        "Giá vàng tại TP.HCM tăng. Tại Hà Nội, giá giảm nhẹ.",
        ["Giá vàng tại TP.HCM tăng.", "Tại Hà Nội, giá giảm nhẹ."],
    ),
    (
        "vv-mid",
        "Các ngành nông nghiệp, công nghiệp, dịch vụ v.v. đều tăng trưởng.",
        ["Các ngành nông nghiệp, công nghiệp, dịch vụ v.v. đều tăng trưởng."],
    ),
    (
        "vv-end",
        "Hỗ trợ gạo, mì, nước uống v.v. Người dân rất cảm động.",
        ["Hỗ trợ gạo, mì, nước uống v.v.", "Người dân rất cảm động."],
    ),
    (
        "initials",
        "Ông H.T. Bình phát biểu. Bà N.T.M. Hương cảm ơn.",
        ["Ông H.T. Bình phát biểu.", "Bà N.T.M. Hương cảm ơn."],
    ),
    (
        "initial-middle",
        "Nhạc sĩ Dionisio A. Lind đã chơi dàn chuông. Ông rất nổi tiếng.",
        ["Nhạc sĩ Dionisio A. Lind đã chơi dàn chuông.", "Ông rất nổi tiếng."],
    ),
    (
        "letter-word",
        "Học sinh đạt điểm A. Điều này rất đáng khen.",
        ["Học sinh đạt điểm A.", "Điều này rất đáng khen."],
    ),
    (
        "y-italy",
        "Trận đấu diễn ra tại Naples, Ý. Chelsea sẽ gặp Videoton.",
        ["Trận đấu diễn ra tại Naples, Ý.", "Chelsea sẽ gặp Videoton."],
    ),
    (
        "st",
        "Nhà thờ St. Martin rất cổ kính. Nó được xây năm 1888.",
        ["Nhà thờ St. Martin rất cổ kính.", "Nó được xây năm 1888."],
    ),
    (
        "dr",
        "Sản phẩm của Dr. PawPaw bán chạy. Giá khá rẻ.",
        ["Sản phẩm của Dr. PawPaw bán chạy.", "Giá khá rẻ."],
    ),
    (
        "nxb",
        "Sách do Nxb. Chính trị quốc gia phát hành. Sách dày 300 trang.",
        ["Sách do Nxb. Chính trị quốc gia phát hành.", "Sách dày 300 trang."],
    ),
    (
        "tr",
        "Xem Tr. 15 của báo cáo. Số liệu đã được cập nhật.",
        ["Xem Tr. 15 của báo cáo.", "Số liệu đã được cập nhật."],
    ),
    (
        "abbr-lowercase-next",
        "Làm việc ở Cty. và đi học buổi tối. Rất vất vả.",
        ["Làm việc ở Cty. và đi học buổi tối.", "Rất vất vả."],
    ),
    (
        "ubnd-end",
        "Đề xuất đã được gửi lên UBND. Năm nay sẽ có kết quả.",
        ["Đề xuất đã được gửi lên UBND.", "Năm nay sẽ có kết quả."],
    ),
    # --- document numbers, dates, numbers
    (
        "nq-tw",
        "Thực hiện Nghị quyết số 25-NQ/TW. Tỉnh ủy đã ban hành kế hoạch.",
        ["Thực hiện Nghị quyết số 25-NQ/TW.", "Tỉnh ủy đã ban hành kế hoạch."],
    ),
    (
        "nd-cp",
        "Theo Nghị định số 15/2020/NĐ-CP, mức phạt tăng. Người dân cần lưu ý.",
        ["Theo Nghị định số 15/2020/NĐ-CP, mức phạt tăng.", "Người dân cần lưu ý."],
    ),
    (
        "ctr-tu",
        "Chương trình 961-CTr/TU được triển khai. Kết quả bước đầu khả quan.",
        ["Chương trình 961-CTr/TU được triển khai.", "Kết quả bước đầu khả quan."],
    ),
    (
        "qd-ubnd",
        "Căn cứ Quyết định 2156/QĐ-UBND ngày 25/08/2023. Sở đã tổ chức thực hiện.",
        ["Căn cứ Quyết định 2156/QĐ-UBND ngày 25/08/2023.", "Sở đã tổ chức thực hiện."],
    ),
    (
        "date-slash",
        "Ngày 25/08/2023, hội nghị khai mạc. Ngày 26/8 bế mạc.",
        ["Ngày 25/08/2023, hội nghị khai mạc.", "Ngày 26/8 bế mạc."],
    ),
    (
        "date-dots",
        "Văn bản ký ngày 25.8.2023 có hiệu lực ngay. Các đơn vị thực hiện.",
        ["Văn bản ký ngày 25.8.2023 có hiệu lực ngay.", "Các đơn vị thực hiện."],
    ),
    (
        "thousands",
        "Tổng thu đạt 19.340 tỷ đồng. Chi đạt 1.234.567 triệu đồng.",
        ["Tổng thu đạt 19.340 tỷ đồng.", "Chi đạt 1.234.567 triệu đồng."],
    ),
    (
        "decimal-percent",
        "Tăng trưởng đạt 3,5%. Lạm phát ở mức 2,1 %.",
        ["Tăng trưởng đạt 3,5%.", "Lạm phát ở mức 2,1 %."],
    ),
    (
        "number-end",
        "Số ca mắc mới giảm xuống gần bằng 0. Đây là tin vui.",
        ["Số ca mắc mới giảm xuống gần bằng 0.", "Đây là tin vui."],
    ),
    (
        "year-end",
        "Dự án hoàn thành năm 2025. Tổng vốn là 500 tỷ đồng.",
        ["Dự án hoàn thành năm 2025.", "Tổng vốn là 500 tỷ đồng."],
    ),
    (
        "time",
        "Lễ khai mạc lúc 7.30 sáng. Mọi người có mặt lúc 7 giờ.",
        ["Lễ khai mạc lúc 7.30 sáng.", "Mọi người có mặt lúc 7 giờ."],
    ),
    # --- list markers and ordinals
    (
        "list-colon",
        "Nội dung gồm: 1. Đánh giá kết quả; 2. Phương hướng nhiệm vụ.",
        ["Nội dung gồm: 1. Đánh giá kết quả; 2. Phương hướng nhiệm vụ."],
    ),
    ("list-start", "1. Mục tiêu chung của kế hoạch.", ["1. Mục tiêu chung của kế hoạch."]),
    (
        "list-lines",
        "1. Mục tiêu thứ nhất\n2. Mục tiêu thứ hai\n3. Mục tiêu thứ ba",
        ["1. Mục tiêu thứ nhất", "2. Mục tiêu thứ hai", "3. Mục tiêu thứ ba"],
    ),
    (
        "roman",
        "II. Nhiệm vụ và giải pháp\nTập trung phát triển kinh tế.",
        ["II. Nhiệm vụ và giải pháp", "Tập trung phát triển kinh tế."],
    ),
    (
        "sub-number",
        "1.2. Về kinh tế\nTăng trưởng đạt 7%.",
        ["1.2. Về kinh tế", "Tăng trưởng đạt 7%."],
    ),
    (
        "letter-paren",
        "a) Rà soát quy hoạch; b) Đẩy nhanh tiến độ. Các sở thực hiện.",
        ["a) Rà soát quy hoạch; b) Đẩy nhanh tiến độ.", "Các sở thực hiện."],
    ),
    (
        "dash-lines",
        "- Hoàn thành kế hoạch\n- Tổng kết năm",
        ["- Hoàn thành kế hoạch", "- Tổng kết năm"],
    ),
    (
        "ordinal-word",
        "Đây là lần thứ 15. Hội nghị lần thứ 16 sẽ diễn ra vào tháng 12.",
        ["Đây là lần thứ 15.", "Hội nghị lần thứ 16 sẽ diễn ra vào tháng 12."],
    ),
    # --- URLs and e-mails
    (
        "url",
        "Chi tiết xem tại https://baohatinh.vn/tin-tuc/a.html. Bạn đọc góp ý qua email.",
        ["Chi tiết xem tại https://baohatinh.vn/tin-tuc/a.html.", "Bạn đọc góp ý qua email."],
    ),
    (
        "www",
        "Truy cập www.vietnam.vn để biết thêm. Xin cảm ơn.",
        ["Truy cập www.vietnam.vn để biết thêm.", "Xin cảm ơn."],
    ),
    (
        "email",
        "Liên hệ toasoan@baohatinh.vn. Điện thoại: 0239.3855.123.",
        ["Liên hệ toasoan@baohatinh.vn.", "Điện thoại: 0239.3855.123."],
    ),
    (
        "url-query",
        "Đăng ký tại https://dichvucong.gov.vn/p?id=1&x=2! Hạn chót là thứ Sáu.",
        ["Đăng ký tại https://dichvucong.gov.vn/p?id=1&x=2!", "Hạn chót là thứ Sáu."],
    ),
    (
        "domain-name",
        "Theo VnExpress.net, dự án đã hoàn thành. Trang LiverpoolFC.com cũng đưa tin.",
        ["Theo VnExpress.net, dự án đã hoàn thành.", "Trang LiverpoolFC.com cũng đưa tin."],
    ),
    # --- questions, exclamations, ellipses
    (
        "question",
        "Bao giờ dự án hoàn thành? Chưa ai trả lời được.",
        ["Bao giờ dự án hoàn thành?", "Chưa ai trả lời được."],
    ),
    ("exclaim", "Thật tuyệt vời! Chúng ta đã thắng!", ["Thật tuyệt vời!", "Chúng ta đã thắng!"]),
    ("interrobang", "Sao lại thế?! Không thể tin được.", ["Sao lại thế?!", "Không thể tin được."]),
    ("ellipsis-char", "Anh ấy im lặng… Rồi anh bỏ đi.", ["Anh ấy im lặng…", "Rồi anh bỏ đi."]),
    (
        "ellipsis-dots",
        "Chờ đợi... Cuối cùng tin vui cũng đến.",
        ["Chờ đợi...", "Cuối cùng tin vui cũng đến."],
    ),
    (
        "ellipsis-lower",
        "Còn nhiều việc phải làm… và phải làm ngay.",
        ["Còn nhiều việc phải làm… và phải làm ngay."],
    ),
    (
        "ellipsis-leading",
        "… Và thế là hết. Câu chuyện kết thúc.",
        ["… Và thế là hết.", "Câu chuyện kết thúc."],
    ),
    (
        "ellipsis-paren",
        "Các mặt hàng gồm rau, thịt, cá (…). Giá đều tăng.",
        ["Các mặt hàng gồm rau, thịt, cá (…).", "Giá đều tăng."],
    ),
    (
        "ellipsis-in-paren-end",
        "Họ liệt kê nhiều lý do (thời tiết, giá cả…) Sau đó họ rời đi.",
        ["Họ liệt kê nhiều lý do (thời tiết, giá cả…)", "Sau đó họ rời đi."],
    ),
    (
        "question-lower",
        "Anh hỏi: “Có ai không?” rồi bước vào.",
        ["Anh hỏi: “Có ai không?” rồi bước vào."],
    ),
    # --- quotes
    (
        "quote-period-inside",
        "Ông nói: “Chúng ta phải làm ngay.” Mọi người vỗ tay.",
        ["Ông nói: “Chúng ta phải làm ngay.”", "Mọi người vỗ tay."],
    ),
    (
        "quote-period-outside",
        "Ông gọi đó là “tiếng chuông của người nghèo”. Dàn chuông rất cổ.",
        ["Ông gọi đó là “tiếng chuông của người nghèo”.", "Dàn chuông rất cổ."],
    ),
    (
        "quote-two-sentences",
        "Bà nói: “Tôi rất vui. Cảm ơn mọi người.” Hội trường im lặng.",
        ["Bà nói: “Tôi rất vui.", "Cảm ơn mọi người.”", "Hội trường im lặng."],
    ),
    (
        "quote-attribution",
        "“Chúng tôi sẽ cố gắng hết sức.” Ông Hùng cho biết. Hội nghị bế mạc.",
        ["“Chúng tôi sẽ cố gắng hết sức.” Ông Hùng cho biết.", "Hội nghị bế mạc."],
    ),
    (
        "quote-attribution-long",
        "“Tình hình đã ổn.” Ông nói rằng mọi việc sẽ tốt hơn.",
        ["“Tình hình đã ổn.”", "Ông nói rằng mọi việc sẽ tốt hơn."],
    ),
    (
        "quote-ascii",
        'Anh nói "Xong rồi." Sau đó anh về nhà.',
        ['Anh nói "Xong rồi."', "Sau đó anh về nhà."],
    ),
    (
        "quote-single",
        "Họ gọi đó là ‘phép màu’. Không ai tin.",
        ["Họ gọi đó là ‘phép màu’.", "Không ai tin."],
    ),
    (
        "quote-exclaim-lower",
        "“Có cá mập!” Hammel hét lên và chạy.",
        ["“Có cá mập!”", "Hammel hét lên và chạy."],
    ),
    (
        "paren-period",
        "Dự án do Nhật Bản tài trợ (vốn ODA). Tổng vốn 100 triệu USD.",
        ["Dự án do Nhật Bản tài trợ (vốn ODA).", "Tổng vốn 100 triệu USD."],
    ),
    (
        "paren-inner-period",
        "Nhà tài trợ (xem Phụ lục 2.) đã đồng ý. Dự án bắt đầu.",
        ["Nhà tài trợ (xem Phụ lục 2.) đã đồng ý.", "Dự án bắt đầu."],
    ),
    (
        "guillemets",
        "Tác phẩm «Truyện Kiều.» Đây là kiệt tác.",
        ["Tác phẩm «Truyện Kiều.»", "Đây là kiệt tác."],
    ),
    # --- structure: headlines, captions, lines, paragraphs
    (
        "headline",
        "Hà Tĩnh tổng kết 10 năm thực hiện Nghị quyết Trung ương 7",
        ["Hà Tĩnh tổng kết 10 năm thực hiện Nghị quyết Trung ương 7"],
    ),
    (
        "headline-then-text",
        "Hội nghị Tỉnh ủy lần thứ 15\nSáng 25/8, hội nghị khai mạc.",
        ["Hội nghị Tỉnh ủy lần thứ 15", "Sáng 25/8, hội nghị khai mạc."],
    ),
    ("caption", "Quang cảnh hội nghị. Ảnh: Đình Nhật", ["Quang cảnh hội nghị.", "Ảnh: Đình Nhật"]),
    (
        "soft-wrap",
        "Hội nghị đã thảo luận và thống nhất\ncác nội dung quan trọng. Sau đó bế mạc.",
        ["Hội nghị đã thảo luận và thống nhất\ncác nội dung quan trọng.", "Sau đó bế mạc."],
    ),
    (
        "paragraphs",
        "Đoạn một không có dấu chấm\n\nĐoạn hai cũng vậy",
        ["Đoạn một không có dấu chấm", "Đoạn hai cũng vậy"],
    ),
    (
        "paragraph-lower",
        "Đoạn một kết thúc ở đây\n\nđoạn hai viết thường",
        ["Đoạn một kết thúc ở đây", "đoạn hai viết thường"],
    ),
    ("crlf", "Câu một.\r\nCâu hai.\r\n\r\nCâu ba.", ["Câu một.", "Câu hai.", "Câu ba."]),
    ("cr-only", "Dòng một\rDòng hai", ["Dòng một", "Dòng hai"]),
    ("mixed-endings", "A một.\nB hai.\r\nC ba.\rD bốn.", ["A một.", "B hai.", "C ba.", "D bốn."]),
    ("tabs-nbsp", "Câu một.\u00a0Câu hai.\tCâu ba.", ["Câu một.", "Câu hai.", "Câu ba."]),
    ("leading-trailing-space", "   Câu một.   Câu hai.   ", ["Câu một.", "Câu hai."]),
    ("no-space-after-period", "Câu một.Câu hai vẫn dính liền.", ["Câu một.Câu hai vẫn dính liền."]),
    (
        "dialogue-dash",
        "Anh hỏi.\n- Em có khỏe không?\n- Em khỏe.",
        ["Anh hỏi.", "- Em có khỏe không?", "- Em khỏe."],
    ),
    (
        "author-line",
        "Hội nghị thành công tốt đẹp.\nThu Hà - Đình Nhật",
        ["Hội nghị thành công tốt đẹp.", "Thu Hà - Đình Nhật"],
    ),
    # --- markup kept in the text (md and html blocks)
    (
        "md-bold",
        "**PGS.TS. Nguyễn Văn A** phát biểu. Hội nghị **bế mạc.** Xin cảm ơn.",
        ["**PGS.TS. Nguyễn Văn A** phát biểu.", "Hội nghị **bế mạc.**", "Xin cảm ơn."],
    ),
    (
        "abbr-in-markup",
        "Tại **TP.** Hà Tĩnh và <b>TX.</b> Hồng Lĩnh có mưa. Trời <i>mát.</i> Hết.",
        ["Tại **TP.** Hà Tĩnh và <b>TX.</b> Hồng Lĩnh có mưa.", "Trời <i>mát.</i>", "Hết."],
    ),
    (
        "md-link",
        "Xem [bài viết](https://vietnam.vn/a.html). Hết.",
        ["Xem [bài viết](https://vietnam.vn/a.html).", "Hết."],
    ),
    (
        "html-inline",
        "Câu <b>một.</b> <i>Câu hai</i> tiếp.",
        ["Câu <b>một.</b>", "<i>Câu hai</i> tiếp."],
    ),
    ("html-br", "Dòng đầu<br>Dòng hai<br/>dòng ba", ["Dòng đầu", "Dòng hai<br/>dòng ba"]),
    (
        "html-entities",
        "Ông nói: &ldquo;Xong rồi.&rdquo; Mọi người về.",
        ["Ông nói: &ldquo;Xong rồi.&rdquo;", "Mọi người về."],
    ),
    ("empty", "", []),
    ("whitespace-only", " \n\n\t ", []),
    ("punct-only", "...", ["..."]),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_hard_cases(text: str, expected: list[str]) -> None:
    assert sents(text) == expected


@pytest.mark.parametrize("text,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_hard_cases_in_nfd(text: str, expected: list[str]) -> None:
    """Decomposed input (as some CMSs and macOS produce) splits the same way; offsets are
    offsets into the NFD text as given."""
    nfd = unicodedata.normalize("NFD", text)
    assert sents(nfd) == [unicodedata.normalize("NFD", e) for e in expected]


def test_there_are_at_least_60_hard_cases() -> None:
    assert len(CASES) >= 60
    assert len({c[0] for c in CASES}) == len(CASES)


def test_nfd_input_same_boundaries_offsets_into_input() -> None:
    nfc = "Hội nghị tại TP. Hồ Chí Minh. Ông Lê Văn Hùng nói: “Được.” Ông Thủy cho biết. Hết."
    nfd = unicodedata.normalize("NFD", nfc)
    assert nfd != nfc
    spans = split_sentences(nfd)
    got = [nfd[s:e] for s, e in spans]
    assert [unicodedata.normalize("NFC", g) for g in got] == sents(nfc)
    assert len(got) == 3
    assert all(nfd[e - 1] in ".”" for _, e in spans)


def test_nfd_abbreviation_with_diacritics() -> None:
    text = unicodedata.normalize("NFD", "Bà là NSƯT. Thanh Hoa. Bà hát rất hay.")
    assert [unicodedata.normalize("NFC", s) for s in sents(text)] == [
        "Bà là NSƯT. Thanh Hoa.",
        "Bà hát rất hay.",
    ]


def test_project_abbreviations_extend_the_builtin_list(tmp_path: Path) -> None:
    text = "Gặp Trg. Phòng Lê Văn B. Xong."
    assert sents(text) == ["Gặp Trg.", "Phòng Lê Văn B.", "Xong."]
    extra = tmp_path / "abbr.txt"
    extra.write_text("# ours\nTrg.\nđ.v.\tend\n", encoding="utf-8")
    abbrs = load_abbreviations(extra)
    assert "TP." in abbrs and "trg" in abbrs
    assert sents(text, abbrs) == ["Gặp Trg. Phòng Lê Văn B.", "Xong."]


def test_abbreviation_file_errors_name_file_and_line(tmp_path: Path) -> None:
    bad = tmp_path / "abbr.txt"
    bad.write_text("TP.\nTS. maybe\n", encoding="utf-8")
    with pytest.raises(InputError) as err:
        load_abbreviations(bad)
    assert err.value.line == 2 and str(bad) in str(err.value)
    with pytest.raises(InputError, match="not found"):
        load_abbreviations(tmp_path / "missing.txt")
    parsed = parse_abbreviations(["v.v.\tend", "GS."])
    assert "gs" in parsed.never_end and "v.v" in parsed.may_end


def test_five_megabyte_single_line_is_linear() -> None:
    unit = "Ông Nguyễn Văn A tại TP. Hà Tĩnh nói: “Tăng 3,5% so với 19.340 tỷ đồng.” Hết… "
    text = unit * (5_000_000 // len(unit))
    spans = split_sentences(text)
    assert len(spans) == 2 * (5_000_000 // len(unit))
    # no spaces at all and long runs of dots: still one pass
    blob = ("x." * 1_000_000) + " Y"
    assert len(split_sentences(blob)) == 2
    dots = "." * 2_000_000 + " A b"
    assert len(split_sentences(dots)) == 1  # leading punctuation never opens an empty sentence


def test_pathological_inputs_do_not_hang() -> None:
    # an unterminated tag, many quotes, many <br>, control characters
    text = "<" * 200_000 + "Một. Hai. " + "“" * 100_000 + " Ba.\x0bBốn.\x1cNăm." + "<br>" * 50_000
    spans = split_sentences(text)  # quadratic behaviour would take hours here, not a second
    assert len(spans) == 5


def test_segment_document_offsets_lines_kinds() -> None:
    text = "Tiêu đề\n\nCâu một. Câu hai.\nCâu ba."
    doc = Document(
        Path("a.txt"),
        text,
        "txt",
        [Block(0, "title", "Tiêu đề", 0, 7, 1), Block(1, "paragraph", text[9:], 9, len(text), 3)],
    )
    segs = segment_document(doc)
    assert [(s.block, s.index, s.kind, s.line, s.text) for s in segs] == [
        (0, 0, "title", 1, "Tiêu đề"),
        (1, 0, "paragraph", 3, "Câu một."),
        (1, 1, "paragraph", 3, "Câu hai."),
        (1, 2, "paragraph", 4, "Câu ba."),
    ]
    assert all(text[s.start : s.end] == s.text for s in segs)
