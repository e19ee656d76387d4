"""PySide6's import hook must not keep the source of every module in memory (idle RSS)."""

from __future__ import annotations

import linecache
import sys

from desk_app.ui.plumbing.module_sources import stop_keeping_module_sources


def test_modules_imported_after_the_fix_leave_no_source_behind_and_keep_their_feature_mark(
    tmp_path, monkeypatch
):
    import PySide6.QtCore  # noqa: F401  (installs the import hook)

    feature = sys.modules["shibokensupport.feature"]
    stop_keeping_module_sources()
    (tmp_path / "uses_qt_here.py").write_text("import PySide6.QtCore\nVALUE = 1\n")
    (tmp_path / "plain_module_here.py").write_text("VALUE = 2\n" + "# filler\n" * 10_000)
    monkeypatch.syspath_prepend(str(tmp_path))
    try:
        # An import statement, as in the app (importlib.import_module passes the hook by).
        exec("import uses_qt_here, plain_module_here", {})
        cached = {name for name in linecache.cache if str(tmp_path) in name}
        assert cached == set()  # upstream read each file through linecache and kept it
        # What the hook decides stays as upstream decides it: Qt users may switch features.
        assert feature.pyside_feature_dict["uses_qt_here"] == 0
        assert feature.pyside_feature_dict["plain_module_here"] == -1
    finally:
        for name in ("uses_qt_here", "plain_module_here"):
            sys.modules.pop(name, None)
            feature.pyside_feature_dict.pop(name, None)
