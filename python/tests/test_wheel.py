"""The wheel installs into a fresh virtual environment with no Rust toolchain anywhere on its
PATH, and summarises the bundled sample.

Runs when SALIENT_WHEEL names the built wheel (`.ci/run` sets it); SALIENT_WHEEL_PYTHONS may
list more interpreters (separated by os.pathsep), for the abi3 floor (3.9) and the newest.
"""

import json
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

import pytest

WHEEL = os.environ.get("SALIENT_WHEEL")
EXTRA = [p for p in os.environ.get("SALIENT_WHEEL_PYTHONS", "").split(os.pathsep) if p]

SCRIPT = """
import json, sys
import salient
text = open(sys.argv[1], encoding="utf-8").read()
summary = salient.summarize(text)
print(json.dumps({
    "version": sys.version_info[:2],
    "language": summary.language,
    "sentences": [[s.text, s.start, s.end] for s in summary],
    "batch": [len(s) for s in salient.Summarizer(language="en").summarize_batch([text] * 4, 2)],
    "keyphrases": [[text[a:b] for a, b in k.spans] for k in salient.keyphrases(text, 3)],
    "extracted": salient.extract("<p>Fish &amp; chips.</p>", "html").text,
}))
"""


def without_rust():
    """The environment less every Rust toolchain directory and variable."""
    env = {k: v for k, v in os.environ.items()
           if k not in ("RUSTUP_HOME", "CARGO_HOME", "RUSTUP_TOOLCHAIN", "CARGO", "RUSTC",
                        "VIRTUAL_ENV", "PYTHONPATH")}
    cargo_bin = str(Path.home() / ".cargo" / "bin")
    path = [p for p in env.get("PATH", "").split(os.pathsep)
            if p and p.rstrip("/") != cargo_bin and not (Path(p) / "cargo").exists()
            and not (Path(p) / "rustc").exists()]
    env["PATH"] = os.pathsep.join(path)
    return env


@pytest.mark.skipif(not WHEEL, reason="SALIENT_WHEEL is not set (.ci/run builds the wheel)")
@pytest.mark.parametrize("python", [sys.executable] + EXTRA)
def test_the_wheel_installs_and_runs_without_rust(python, tmp_path, sample_path, sample):
    env = without_rust()
    for tool in ("cargo", "rustc", "rustup"):
        assert shutil.which(tool, path=env["PATH"]) is None, tool
    target = tmp_path / "venv"
    if Path(python).resolve() == Path(sys.executable).resolve():
        venv.EnvBuilder(with_pip=True, clear=True).create(target)
    else:
        subprocess.run([python, "-m", "venv", str(target)], env=env, check=True)
    bin_dir = target / ("Scripts" if os.name == "nt" else "bin")
    env["PATH"] = os.pathsep.join([str(bin_dir), env["PATH"]])
    # The wheel has no dependencies: nothing is fetched.
    subprocess.run(
        [str(bin_dir / "python"), "-m", "pip", "install", "--no-index", "--quiet", WHEEL],
        env=env, check=True, cwd=tmp_path,
    )
    out = subprocess.run(
        [str(bin_dir / "python"), "-c", SCRIPT, str(sample_path)],
        env=env, check=True, capture_output=True, text=True, cwd=tmp_path,
    )
    result = json.loads(out.stdout)
    assert result["language"] == "en"
    assert len(result["sentences"]) == 3
    for text, start, end in result["sentences"]:
        assert sample[start:end] == text
    assert result["sentences"][0][0].startswith("Prime Minister Imran Khan")
    assert result["batch"] == [3, 3, 3, 3]
    assert len(result["keyphrases"]) == 3 and all(result["keyphrases"])
    # The HTML extractor (html5ever) is in the wheel.
    assert result["extracted"] == "Fish & chips."
