"""Write mission_control_sdk/models.py from the server's OpenAPI schemas (never by hand).

.venv/bin/python scripts/gen_sdk_models.py          # rewrite the file
.venv/bin/python scripts/gen_sdk_models.py --check  # exit 1 when it is out of date
"""

from __future__ import annotations

import argparse
import keyword
import sys
from pathlib import Path
from typing import Any

TARGET = Path(__file__).resolve().parent.parent / "mission_control_sdk" / "models.py"
FORMATS = {"uuid": "uuid.UUID", "date-time": "datetime", "date": "date"}


def spec() -> dict[str, Any]:
    from mission_control.core.config import Settings
    from mission_control.main import create_app

    app = create_app(Settings(database_url="postgresql://openapi@localhost/openapi"))
    return app.openapi()


def py_type(node: dict[str, Any]) -> str:
    if "$ref" in node:
        return node["$ref"].rsplit("/", 1)[1]
    if "anyOf" in node:
        parts = [py_type(n) for n in node["anyOf"]]
        return " | ".join(dict.fromkeys(parts))
    if "enum" in node:
        return "Literal[" + ", ".join(repr(v) for v in node["enum"]) + "]"
    if "const" in node:
        return f"Literal[{node['const']!r}]"
    kind = node.get("type")
    if kind == "string":
        return FORMATS.get(node.get("format", ""), "str")
    if kind == "integer":
        return "int"
    if kind == "number":
        return "float"
    if kind == "boolean":
        return "bool"
    if kind == "null":
        return "None"
    if kind == "array":
        return f"list[{py_type(node.get('items', {}))}]"
    if kind == "object":
        extra = node.get("additionalProperties")
        value = py_type(extra) if isinstance(extra, dict) and extra else "Any"
        return f"dict[str, {value}]"
    return "Any"


def render(schemas: dict[str, Any]) -> str:
    body = "\n".join(_classes(schemas))
    out = [
        '"""Typed models of the Mission Control API, generated from /openapi.json by',
        "scripts/gen_sdk_models.py: do not edit by hand. Unknown fields are kept (a newer",
        'server may add some)."""',
        "",
        "from __future__ import annotations",
        "",
        "import uuid",
        "from datetime import date, datetime",
        "from typing import Any, Literal",
        "",
        "from pydantic import BaseModel, ConfigDict" + (", Field" if "Field(" in body else ""),
        "",
        "",
        "class Model(BaseModel):",
        '    model_config = ConfigDict(extra="allow", populate_by_name=True)',
        "",
        body,
        "",
        "",
        f"__all__ = {sorted(schemas)!r}",
        "",
    ]
    text = "\n".join(out)
    while "\n\n\n\n" in text:
        text = text.replace("\n\n\n\n", "\n\n\n")
    return text


def _classes(schemas: dict[str, Any]) -> list[str]:
    out: list[str] = []
    names = []
    for name in sorted(schemas):
        schema = schemas[name]
        if schema.get("type") != "object" or "properties" not in schema:
            alias = py_type(schema)
            out += ["", f"{name} = {alias}", ""]
            names.append(name)
            continue
        names.append(name)
        out += ["", f"class {name}(Model):"]
        doc = (schema.get("description") or "").strip().splitlines()
        if doc:
            out.append(f"    {doc[0]!r}")
        required = set(schema.get("required", []))
        for field, node in schema["properties"].items():
            attr = field if field.isidentifier() and not keyword.iskeyword(field) else None
            annotation = py_type(node)
            target = attr or f"{field.replace('-', '_')}_"
            alias = f"alias={field!r}" if attr is None else None
            if field in required:
                value = f" = Field({alias})" if alias else ""
            else:
                default = repr(node.get("default")) if "default" in node else "None"
                if default == "None" and "None" not in annotation:
                    annotation += " | None"
                value = f" = Field({default}, {alias})" if alias else f" = {default}"
            out.append(f"    {target}: {annotation}{value}")
        out.append("")
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    text = render(spec()["components"]["schemas"])
    import subprocess

    formatted = subprocess.run(  # noqa: S603 (our interpreter, fixed arguments)
        [sys.executable, "-m", "ruff", "format", "--stdin-filename", str(TARGET), "-"],
        input=text,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    if args.check:
        current = TARGET.read_text() if TARGET.exists() else ""
        if current != formatted:
            sys.exit(f"{TARGET.name} is out of date: run scripts/gen_sdk_models.py")
        return
    TARGET.write_text(formatted)
    print(f"wrote {TARGET}")


if __name__ == "__main__":
    main()
