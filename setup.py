"""The build step pyproject.toml cannot declare: ship the repository's problems/ and sandboxes/ inside the wheel.

They stay at the repository's top level, where pack authors and the Dockerfile's readers find them; a wheel
carries them as judge/_bundled/problems and judge/_bundled/sandboxes, which judge/paths.py shipped_dir() reads.
An editable install copies nothing: judge/paths.py then reads the checkout's own directories.
"""

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

SHIPPED = ("problems", "sandboxes")
LEFT_OUT = shutil.ignore_patterns("__pycache__", "*.pyc", ".hypothesis", ".pytest_cache")


class BuildWithPacks(build_py):
    def run(self):
        super().run()
        if self.editable_mode:
            return
        for name in SHIPPED:
            target = Path(self.build_lib) / "judge" / "_bundled" / name
            shutil.rmtree(target, ignore_errors=True)
            shutil.copytree(Path(__file__).resolve().parent / name, target, ignore=LEFT_OUT)


setup(cmdclass={"build_py": BuildWithPacks})
