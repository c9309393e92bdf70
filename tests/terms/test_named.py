"""Bodies named by their domain (`named.py`), numbered units and numbers inside composed
terms, and events that no longer swallow the body inside them."""

from __future__ import annotations

import re
import shutil

import pytest
from shipped_matching import found

from translate.draft.drafter import prepare
from translate.errors import InputError
from translate.terms.files import load_shipped_glossaries
from translate.terms.named import load_named_vocabulary
from translate.terms.titles import TITLES_DIR, load_title_grammar

# letters that only Vietnamese writes: a target holding one has a Vietnamese word in it
VIETNAMESE = re.compile("[ăâđêôơưĂÂĐÊÔƠƯạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]")


@pytest.mark.parametrize("text, span, cs, en", [
    ("Cục Kiểm tra văn bản và Quản lý xử lý vi phạm hành chính ban hành hướng dẫn.",
     "Cục Kiểm tra văn bản và Quản lý xử lý vi phạm hành chính",
     "úřad kontroly dokumentů a správy řešení správních deliktů",
     "Document Review and Administrative Violation Handling Management Department"),
    ("Trung tâm Bảo tồn di tích tỉnh đón khách.", "Trung tâm Bảo tồn di tích tỉnh",
     "centrum ochrany památek provincie", "provincial Heritage Conservation Centre"),
    ("Trung tâm Xúc tiến đầu tư, thương mại và du lịch tỉnh tổ chức hội nghị.",
     "Trung tâm Xúc tiến đầu tư, thương mại và du lịch tỉnh",
     "centrum podpory investic, obchodu a cestovního ruchu provincie",
     "provincial Investment, Trade and Tourism Promotion Centre"),
    ("Phòng Kinh tế - Hạ tầng huyện thẩm định.", "Phòng Kinh tế - Hạ tầng huyện",
     "oddělení ekonomiky a infrastruktury okresu", "district Economic and Infrastructure Division"),
    ("Bệnh viện Thanh Nhàn cử chuyên gia.", "Bệnh viện Thanh Nhàn", "nemocnice Thanh Nhàn",
     "Thanh Nhan Hospital"),
    ("Viện Khảo cổ học công bố kết quả.", "Viện Khảo cổ học", "ústav archeologie",
     "Institute of Archaeology"),
    ("Trung tâm Quan trắc tài nguyên và môi trường quốc gia cảnh báo.",
     "Trung tâm Quan trắc tài nguyên và môi trường quốc gia",
     "národní centrum monitorování přírodních zdrojů a životního prostředí",
     "National Natural Resources and Environment Monitoring Centre"),
])
def test_named_bodies_compose_from_the_vocabulary(matcher, text, span, cs, en):
    """(Bodies the glossary lists keep the listed rendering: `Phòng Tài chính - Kế hoạch`.)"""
    m = found(matcher, text, span)
    assert m.concept.startswith("body:named:")
    assert m.targets == {"cs": (cs,), "en": (en,)}


def test_a_named_body_takes_roles_parents_and_a_shared_head(matcher):
    text = "Trưởng Phòng Cảnh sát giao thông Công an tỉnh Nghệ An cho biết."
    m = found(matcher, text, "Trưởng Phòng Cảnh sát giao thông Công an tỉnh Nghệ An")
    assert m.targets["cs"] == ("vedoucí oddělení dopravní policie ředitelství veřejné "
                               "bezpečnosti provincie Nghệ An",)
    assert m.targets["en"] == ("Head of the Traffic Police Division of the Nghe An provincial "
                               "Police Department",)
    # `Trưởng phòng` writes the division's first word once, in lower case
    m = found(matcher, "Trưởng phòng Nông nghiệp và Phát triển nông thôn huyện báo cáo.",
              "Trưởng phòng Nông nghiệp và Phát triển nông thôn huyện")
    assert m.targets["en"] == ("Head of the district Agriculture and Rural Development "
                               "Division",)


def test_a_school_named_after_a_person_keeps_the_name_but_not_the_holders(matcher):
    text = "Hiệu trưởng Trường THCS Lê Văn Thiêm Nguyễn Thị Hoa phát biểu."
    m = found(matcher, text, "Hiệu trưởng Trường THCS Lê Văn Thiêm")
    assert m.targets["cs"][0].startswith("ředitelka")  # the holder (Thị) is a woman
    assert m.targets["en"] == ("Principal of the Le Van Thiem Lower Secondary School",)


@pytest.mark.parametrize("text, span", [
    # a word of the vocabulary that is also a verb does not continue the name
    ("Sở Tư pháp tổ chức hội nghị.", "Sở Tư pháp"),
    ("Phòng Y tế kiểm tra an toàn thực phẩm.", "Phòng Y tế"),
])
def test_a_verb_after_the_name_is_not_part_of_it(matcher, text, span):
    found(matcher, text, span)


def test_unknown_words_compose_nothing(matcher):
    """An action without its object, or a head without a complement, is no named body: no
    Vietnamese word ever reaches a target."""
    for text in ("Trung tâm Phát triển chợ đầu mối hoạt động.", "Cục đã kiểm tra.",
                 "Trung tâm đã khai trương."):
        assert not [m for m in matcher.find(text) if "named:" in m.concept], text


def test_named_targets_hold_no_vietnamese_words():
    """Every rendering in the three tables is Czech or English (names come from the text and
    follow the place-name policy)."""
    vocab = load_title_grammar().named
    texts = [h.cs for h in vocab.heads] + [h.en_noun for h in vocab.heads]
    texts += [t for w in vocab.words for t in (w.cs, w.en, w.en_of)]
    texts += [t for q in vocab.qualifiers for pair in q.cs.values() for t in pair] + [
        q.en for q in vocab.qualifiers]
    assert not [t for t in texts if VIETNAMESE.search(t)]


@pytest.mark.parametrize("text, span, cs, en", [
    ("Tại Phường 1, thành phố Đông Hà, người dân trao quà.", "Phường 1", "městská čtvrť 1",
     "Ward 1"),
    ("Người dân thôn 7 hiến đất.", "thôn 7", "vesnice 7", "Village 7"),
    ("Người dân xã Sơn Kim 1, huyện Hương Sơn hiến đất.", "Sơn Kim 1", "Sơn Kim 1", "Son Kim 1"),
    ("Tư lệnh Quân khu 4 kiểm tra.", "Tư lệnh Quân khu 4", "velitel vojenského okruhu 4",
     "Commander of the Military Region 4"),
    ("Tòa án nhân dân khu vực 2 - Hà Tĩnh xét xử.", "Tòa án nhân dân khu vực 2 - Hà Tĩnh",
     "oblastní lidový soud 2 - Hà Tĩnh", "regional People's Court 2 - Ha Tinh"),
])
def test_numbered_units(matcher, text, span, cs, en):
    m = found(matcher, text, span)
    assert (m.targets["cs"][0], m.targets["en"][0]) == (cs, en)


def test_a_count_after_a_body_is_not_its_number(matcher):
    spans = [m.source for m in matcher.find("Sở Y tế 3 năm liền dẫn đầu, huyện 2 lần về đích.")]
    assert "Sở Y tế" in spans and not any(s[-1].isdigit() for s in spans)


def test_a_protected_number_inside_a_composed_term_survives_a_run():
    """Drafting protects numbers: the term holding one whole is still required, because every
    rendering writes the number as is."""
    prepared = prepare(["Tại Phường 1, Tư lệnh Quân khu 4 trao quà."], load_shipped_glossaries())
    item = next(iter(prepared.values()))
    assert len(item.masked.spans) == 2
    assert {"Phường 1", "Tư lệnh Quân khu 4"} <= {m.source for m in item.matches}


def test_events_and_awards_leave_the_body_inside_them(matcher):
    m = found(matcher, "Đảng bộ huyện Can Lộc lãnh đạo hoàn thành các chỉ tiêu.",
              "Đảng bộ huyện Can Lộc")
    assert m.targets["cs"][0] == "stranická organizace okresu Can Lộc"
    # inside a congress's name the place only (issue 11k: test_coverage_round11.py)
    found(matcher, "Đại hội đại biểu Đảng bộ huyện Can Lộc lần thứ XXVIII bế mạc.", "Can Lộc")
    found(matcher, "Tập thể được tặng Bằng khen của Thủ tướng Chính phủ.", "Thủ tướng Chính phủ")
    found(matcher, "Quốc hội khóa XV thông qua luật.", "Quốc hội")


def test_bad_vocabulary_rows_are_reported_with_file_and_line(tmp_path):
    folder = tmp_path / "titles"
    shutil.copytree(TITLES_DIR, folder)
    path = folder / "heads.tsv"
    lines = path.read_text("utf-8").splitlines()
    row = next(k for k, line in enumerate(lines) if line.startswith("head.cuc\t"))
    lines[row] = lines[row].replace("\tm\t", "\tx\t", 1)
    path.write_text("\n".join(lines) + "\n", "utf-8")
    with pytest.raises(InputError) as err:
        load_named_vocabulary(folder)
    assert "heads.tsv" in str(err.value) and str(row + 1) in str(err.value)
    assert "gender" in str(err.value)


def test_a_known_word_is_no_name(matcher):
    """`Lao động` is a word the glossary knows: `Đảng Lao động` is no party named `Lao`."""
    sources = [m.source for m in matcher.find("Đảng Lao động Anh và Sở Khí tượng Hoa Kỳ.")]
    assert not any(s in ("Đảng Lao", "Sở Khí") for s in sources), sources


def test_place_words_before_a_name(matcher):
    m = found(matcher, "Chi cục Hải quan cửa khẩu quốc tế Cầu Treo thu ngân sách.",
              "Chi cục Hải quan cửa khẩu quốc tế Cầu Treo")
    assert m.targets["en"][0].startswith("Cau Treo")
    # the glossary writes `vùng Tây Bắc` and `Tây Bắc`: the place is the name
    found(matcher, "Các tỉnh vùng Tây Bắc phát triển du lịch.", "Tây Bắc")
    found(matcher, "Hàng hóa qua cửa khẩu quốc tế Nậm Cắn tăng.", "Nậm Cắn")
