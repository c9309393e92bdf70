"""Round thirty-seven (issue 12ca): English `check --fix` with the glossaries the product loads
(every shipped file merged, as `translate check --fix` loads them), own sentences."""

from __future__ import annotations

from translate.review.fix import fix_text

# `shipped` (what the product loads): tests/draft/conftest.py, built once per session


def test_a_rendering_that_ends_with_of_does_not_crash_the_fix(shipped):
    # `holds the post of` (a phrase row) ends with `of`: its complement is not looked for
    # (it raised IndexError in enfront.of_complement before)
    text, _ = fix_text("Bà Hoa giữ chức vụ Phó Giám đốc bệnh viện.",
                       "Hoa held the post Deputy Director of the hospital.", "en", *shipped)
    assert "Deputy Director of the hospital" in text


def test_a_rendering_with_of_inside_still_takes_its_complement(shipped):
    # the guard is only narrowed for `of` at an end: `Ministry {of Medicine}` is still fixed
    text, _ = fix_text("Bộ Y tế ban hành hướng dẫn mới.",
                       "The Ministry of Medicine issued new guidance.", "en", *shipped)
    assert text == "The Ministry of Health issued new guidance."
