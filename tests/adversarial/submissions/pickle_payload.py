"""Returns a pickle whose loading would run a command that creates a file on the host (the path is the
test's). Expected: wrong_answer — bytes cross as base64 and the host never unpickles anything."""
import os
import pickle


class Payload:
    def __reduce__(self):
        return (os.system, ("touch '@HOST_PATH@'",))


def two_sum_sorted(numbers, target):
    return pickle.dumps(Payload())
