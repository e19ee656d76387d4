"""Write a WiX fragment that installs every file of a payload folder (the frozen app).

Used by the Windows build and by the Linux CI check alike (wixl has no `heat`), so both build
the same MSI structure. Component GUIDs derive from each file's path: stable across builds,
which is what MSI component rules and major upgrades need. Sources are relative to the payload
folder: build from inside it (wixl) or give it as a bind path (WiX's light -b).

    python installers/harvest.py PAYLOAD_DIR OUT.wxs
"""

from __future__ import annotations

import hashlib
import sys
import uuid
from pathlib import Path
from xml.sax.saxutils import quoteattr

NAMESPACE = uuid.UUID("0b6f3c1e-5d1a-4c8e-9a41-7f2d6b3e8c55")  # Feedback Desk's, never change
# Files the installer refers to by a fixed Id (the shortcut and the settings custom action).
FIXED_IDS = {"FeedbackDesk.exe": "FeedbackDeskExe", "desk-app.exe": "DeskAppExe"}


def _id(prefix: str, relative: str) -> str:
    return prefix + hashlib.sha1(relative.encode()).hexdigest()[:20]


def fragment(payload: Path) -> str:
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<Wix xmlns="http://schemas.microsoft.com/wix/2006/wi">',
        "  <Fragment>",
        '    <DirectoryRef Id="INSTALLDIR">',
    ]
    components: list[str] = []

    def walk(folder: Path, depth: int) -> None:
        indent = "  " * (depth + 3)
        for entry in sorted(folder.iterdir()):
            relative = entry.relative_to(payload).as_posix()
            if entry.is_dir():
                lines.append(
                    f"{indent}<Directory Id={quoteattr(_id('d', relative))} "
                    f"Name={quoteattr(entry.name)}>"
                )
                walk(entry, depth + 1)
                lines.append(f"{indent}</Directory>")
                continue
            component_id = _id("c", relative)
            file_id = FIXED_IDS.get(relative, _id("f", relative))
            guid = str(uuid.uuid5(NAMESPACE, relative)).upper()
            attributes = f"Id={quoteattr(component_id)} Guid={quoteattr(guid)}"
            lines.append(f'{indent}<Component {attributes} Win64="yes">')
            lines.append(
                f"{indent}  <File Id={quoteattr(file_id)} Name={quoteattr(entry.name)} "
                f'Source={quoteattr(relative)} KeyPath="yes"/>'
            )
            lines.append(f"{indent}</Component>")
            components.append(component_id)

    walk(payload, 0)
    lines += [
        "    </DirectoryRef>",
        "  </Fragment>",
        "  <Fragment>",
        '    <ComponentGroup Id="Payload">',
    ]
    lines += [f"      <ComponentRef Id={quoteattr(c)}/>" for c in components]
    lines += ["    </ComponentGroup>", "  </Fragment>", "</Wix>", ""]
    return "\n".join(lines)


def main() -> int:
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    payload, out = Path(sys.argv[1]).resolve(), Path(sys.argv[2])
    missing = [name for name in FIXED_IDS if not (payload / name).exists()]
    if missing:
        print(f"harvest: {payload} lacks {', '.join(missing)}", file=sys.stderr)
        return 1
    out.write_text(fragment(payload), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
