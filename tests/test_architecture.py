"""The layering cannot silently regress: import-linter's contracts (pyproject.toml
[tool.importlinter], explained in docs/architecture.md) run over the source tree, and the wheel
holds the product only."""
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PRODUCT = {"parwatch", "crawler", "extractors", "store", "alerts", "evidence", "search_api"}


def test_import_contracts_are_kept():
    lint = Path(sys.executable).with_name("lint-imports")
    r = subprocess.run([str(lint), "--no-cache"], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stdout[-4000:] + r.stderr[-2000:]
    assert "0 broken" in r.stdout


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> zipfile.ZipFile:
    out = tmp_path_factory.mktemp("wheel")
    r = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
                        "-w", str(out), str(ROOT)], capture_output=True, text=True, timeout=600)
    assert r.returncode == 0, r.stderr[-3000:]
    [whl] = out.glob("parwatch-*.whl")
    return zipfile.ZipFile(whl)


def test_the_wheel_holds_the_product_packages(wheel):
    tops = {n.split("/")[0] for n in wheel.namelist() if not n.split("/")[0].endswith(".dist-info")}
    assert tops == PRODUCT
    names = set(wheel.namelist())
    assert {"store/migrations/0001_core.sql", "search_api/templates/base.html",
            "extractors/data/provinces.json", "crawler/sources/provinces.yaml"} <= names


def test_the_wheel_holds_no_simulator_fault_generator_or_test_data(wheel):
    names = wheel.namelist()
    assert not [n for n in names if n.startswith(("portal_sim/", "tests/", "bench/"))]
    assert not [n for n in names if "zip_bomb" in n or "decision-scan" in n or n.endswith((".doc", ".pdf"))]
