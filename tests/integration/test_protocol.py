"""The host refuses anything but exactly one well-formed answer per request (fail closed)."""

from contextlib import contextmanager

import pytest

from judge.grading.grader import GradeRequest, grade
from judge.packs.loader import find_problem
from judge.sandbox.container import Fault, Sandbox

pytestmark = [pytest.mark.docker, pytest.mark.usefixtures("no_leftover_containers")]

CORRECT = """
def two_sum_sorted(numbers, target):
    i, j = 0, len(numbers) - 1
    while numbers[i] + numbers[j] != target:
        if numbers[i] + numbers[j] < target:
            i += 1
        else:
            j -= 1
    return [i + 1, j + 1]
"""

# Write a frame to every open descriptor that might be the protocol channel.
FORGE = """
import os
def forge(frame):
    for fd in range(3, 20):
        try:
            os.write(fd, frame)
        except OSError:
            pass
"""


def judge(engine, judge_home, source):
    client, image = engine
    return grade(GradeRequest(client, image, find_problem("two-sum-ii"), source, database_dir=judge_home / "hypothesis"))


def test_forged_extra_answer_is_refused(engine, judge_home):
    source = FORGE + CORRECT.replace(
        "    return [i + 1, j + 1]",
        "    forge(b'{\"op\":\"call\",\"id\":999,\"ok\":true,\"value\":[1,2]}\\n')\n    return [i + 1, j + 1]")
    report = judge(engine, judge_home, source)
    assert report.verdict.value == "runtime_error"
    assert "does not match the request" in report.message


def test_garbage_on_the_protocol_channel_is_refused(engine, judge_home):
    source = FORGE + "def two_sum_sorted(numbers, target):\n    forge(b'\\xff\\xfe not json\\n')\n    return [1, 2]\n"
    report = judge(engine, judge_home, source)
    assert report.verdict.value == "runtime_error" and "not JSON" in report.message


def test_forged_answer_for_the_current_call_only_claims_a_return_value(engine, judge_home):
    # Forging the answer to this very call, then exiting, is no stronger than returning that value.
    source = FORGE + """
import os, json, sys
def two_sum_sorted(numbers, target):
    forge(b'{"op":"call","id":1,"ok":true,"value":[1,2]}\\n')
    os._exit(0)
"""
    report = judge(engine, judge_home, source)
    assert report.verdict.value != "accepted"


def test_object_whose_eq_is_always_true_cannot_cross(engine, judge_home):
    source = """
class Anything:
    def __eq__(self, other):
        return True
    __hash__ = object.__hash__
def two_sum_sorted(numbers, target):
    return Anything()
"""
    report = judge(engine, judge_home, source)
    assert report.verdict.value == "runtime_error"
    assert "cannot be returned" in report.message


def test_fake_verdicts_on_stdout_change_nothing(engine, judge_home):
    source = ("def two_sum_sorted(numbers, target):\n"
              "    print('{\"verdict\": \"accepted\"}')\n    print('Accepted')\n    return [0, 0]\n")
    assert judge(engine, judge_home, source).verdict.value == "wrong_answer"


def test_sandbox_reports_a_fault_for_a_dead_runner(engine):
    client, image = engine
    with Sandbox(client, image) as sandbox:
        loaded = sandbox.request({"op": "load", "source": "import os\nos._exit(3)\n", "entry": "f"}, 10)
        assert isinstance(loaded, Fault) and loaded.kind == "exited" and loaded.exit_code == 3
        assert sandbox.request({"op": "call", "id": 1, "args": []}, 1) is loaded  # dead stays dead


def test_unknown_request_gets_a_protocol_error_not_a_crash(engine):
    client, image = engine
    with Sandbox(client, image) as sandbox:
        answer = sandbox.request({"op": "call", "id": 1, "args": []}, 10)  # nothing loaded yet
        assert answer["ok"] is False and answer["error"]["kind"] == "protocol"


def test_the_host_reads_oom_kills_from_the_cgroup_without_stopping_the_container(engine):
    # The fallback (stop the container, ask the engine) costs a kill and a wait per submission; on the
    # machines this judge runs on the cgroup must be readable, so that path is the exception.
    from judge.sandbox.container import OomCounter

    client, image = engine
    with Sandbox(client, image) as sandbox:
        assert OomCounter(sandbox.container_id).kills() == 0
        assert sandbox.oom_killed() is False
        assert client.api.inspect_container(sandbox.container_id)["State"]["Running"]


# -- several requests in flight (LoadedSubmission.call_prepared_many) ------------------------------------
@contextmanager
def loaded(engine, source):
    from judge.grading.calls import LoadedSubmission

    client, image = engine
    with Sandbox(client, image) as sandbox:
        run = LoadedSubmission(sandbox, find_problem("two-sum-ii"))
        assert run.load(source=source).ok
        yield sandbox, run


def prepared(n):
    from judge.grading.prepared import PreparedCase

    return [PreparedCase.of(i, (), [[1, 2, 3 + i], 3], [1, 2]) for i in range(n)]


def test_pipelined_calls_stop_at_a_failure_and_keep_the_channel_in_step(engine):
    # Wrong from the 30th call on: 29 pass, the 30th fails, the calls already in flight are drained, and a
    # plain call afterwards gets its own answer (a channel out of step would be refused as fail closed).
    source = "CALLS = [0]\ndef two_sum_sorted(numbers, target):\n    CALLS[0] += 1\n" \
             "    return [1, 2] if CALLS[0] < 30 else [2, 1]\n"
    with loaded(engine, source) as (sandbox, run):
        seen = []
        results = run.call_prepared_many(prepared(100), lambda case, result: seen.append(case.index) or
                                          result.value == [1, 2])
        assert [case.index for case, _ in results] == list(range(30)) and seen == list(range(30))
        assert results[-1][1].value == [2, 1]
        after = run.call([[1, 2], 3])
        assert after.ok and after.value == [2, 1], after.message
        assert not sandbox.unread_output()


def test_pipelined_calls_hold_each_call_to_its_own_cpu_limit(engine):
    # The 5th call spins: it alone is over the limit, and it is the one reported.
    source = "CALLS = [0]\ndef two_sum_sorted(numbers, target):\n    CALLS[0] += 1\n" \
             "    while CALLS[0] == 5:\n        pass\n    return [1, 2]\n"
    with loaded(engine, source) as (_, run):
        results = run.call_prepared_many(prepared(50), lambda case, result: True)
        assert [case.index for case, _ in results] == [0, 1, 2, 3, 4]
        last = results[-1][1]
        assert last.verdict.value == "time_limit" and last.fatal, last.message
        assert all(result.ok for _, result in results[:4])


def test_ctrl_c_as_the_engine_creates_the_container_leaves_none(engine):
    """The interrupt lands just after the engine created the container and before its answer is used (the
    moment `judge watch` once leaked a created container at): the sandbox still removes it."""
    import os
    import signal

    client, image = engine

    class InterruptedAsCreated:
        """The real engine's API; the user presses Ctrl-C the moment a container exists."""

        def __init__(self, api):
            self._api = api

        def __getattr__(self, name):
            return getattr(self._api, name)

        def create_container(self, **arguments):
            created = self._api.create_container(**arguments)
            os.kill(os.getpid(), signal.SIGINT)
            return created

    class Client:
        api = InterruptedAsCreated(client.api)

    created_before = {c["Id"] for c in client.api.containers(all=True)}
    with pytest.raises(KeyboardInterrupt):
        with Sandbox(Client(), image):
            pass
    left = [c for c in client.api.containers(all=True) if c["Id"] not in created_before
            and c["Image"] == image.tag]
    assert left == [], f"left behind: {[c['Id'][:12] for c in left]}"
