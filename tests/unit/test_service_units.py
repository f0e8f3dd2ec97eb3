"""The service's pure parts: token hashes, the rate limit, reports sent as JSON."""

import pytest

pytest.importorskip("sqlalchemy")

from judge.grading.verdicts import FailingCase, Report, Verdict  # noqa: E402
from judge.service.api import RateLimit  # noqa: E402
from judge.service.users import hash_secret, secret_matches  # noqa: E402


def test_a_token_hash_checks_its_secret_only():
    stored = hash_secret("s3cret")
    assert stored.startswith("scrypt$") and "s3cret" not in stored
    assert secret_matches("s3cret", stored)
    assert not secret_matches("s3cret!", stored) and not secret_matches("", stored)
    assert hash_secret("s3cret") != stored  # salted
    for damaged in ("", "scrypt$1$2", "md5$x$y$z$a$b", stored.replace("scrypt", "bcrypt")):
        assert not secret_matches("s3cret", damaged)


def test_the_rate_limit_is_a_sliding_minute_per_user():
    limit = RateLimit(per_minute=3)
    assert [limit.allow(1, t) for t in (0, 1, 2, 3)] == [True, True, True, False]
    assert limit.allow(2, 3)  # another user is not slowed
    assert not limit.allow(1, 59.9) and limit.allow(1, 60.5)  # the first one left the window


def test_a_report_survives_json_as_the_client_reads_it():
    case = FailingCase("hidden", 3, ["min-size"], "numbers = [1, 2]", "[1, 2]", "[0, 1]", reason="differs")
    report = Report("two-sum-ii", Verdict.WRONG_ANSWER, 2, 26, elapsed_s=0.5, message="differs", failing_case=case,
                    extra={"sandbox": "warm"})
    again = Report.from_json({**report.to_json(), "submission_id": 7})
    assert again == report and again.verdict is Verdict.WRONG_ANSWER and again.failing_case == case
