"""`signals_held`: an interrupt during a container's creation acts only once its id is kept."""

import os
import signal

import pytest

from judge.sandbox.container import signals_held


def test_a_signal_in_the_block_acts_after_it():
    kept = []
    with pytest.raises(KeyboardInterrupt):
        with signals_held():
            os.kill(os.getpid(), signal.SIGINT)
            kept.append("id")  # still runs: the interrupt waits for the block's end
    assert kept == ["id"]
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler  # the handler is back


def test_a_second_signal_of_a_kind_acts_at_once():
    reached = []
    with pytest.raises(KeyboardInterrupt):
        with signals_held():
            os.kill(os.getpid(), signal.SIGINT)
            os.kill(os.getpid(), signal.SIGINT)  # the user presses Ctrl-C again: a hung engine traps no one
            reached.append("after")
    assert reached == []


def test_other_handlers_run_too_and_nothing_acts_without_a_signal():
    seen = []
    previous = signal.signal(signal.SIGTERM, lambda signum, frame: seen.append(signum))
    try:
        with signals_held():
            pass
        assert seen == []
        with signals_held():
            os.kill(os.getpid(), signal.SIGTERM)
            assert seen == []
        assert seen == [signal.SIGTERM]
    finally:
        signal.signal(signal.SIGTERM, previous)
