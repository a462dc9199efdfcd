"""The type stubs match the compiled module (mypy's stubtest), and the package is typed."""

import importlib.resources
import subprocess
import sys

import pytest

import salient


def test_the_package_says_it_is_typed():
    assert importlib.resources.files("salient").joinpath("py.typed").is_file()
    assert importlib.resources.files("salient").joinpath("_salient.pyi").is_file()


def test_the_stubs_match_the_module():
    pytest.importorskip("mypy", reason="mypy is not installed (.ci/run installs it)")
    result = subprocess.run(
        [sys.executable, "-m", "mypy.stubtest", "salient"],
        capture_output=True, text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_every_public_name_is_documented():
    for name in salient.__all__:
        item = getattr(salient, name)
        if callable(item):
            assert item.__doc__, name
