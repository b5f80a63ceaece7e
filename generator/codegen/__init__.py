"""The generator of `generated/`, one module per thing it reads or emits.

- `spec`: reading `openapi/a2e.yaml` (`$ref`s, Python names, the checked constraints, tags and groups);
- `operations`, `pagination`, `facts`: the rows of the operation table and A2E's domain facts, checked;
- `table`: `_a2e_api/operations/` (the table by group, its facts and indexes);
- `models`: post-processing of openapi-python-client's models and datamodel-code-generator's `wire.py`;
- `signatures`, `docstrings`, `resources`: the typed method groups in `_a2e_api/resources/`;
- `tools`: the third-party generators and ruff; `build`: one whole build; `cli`: the command line.

`generator/generate.py` is the entry point (`make generate`, `make check-generated`).
"""
