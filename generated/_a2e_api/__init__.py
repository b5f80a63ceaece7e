"""Code generated from openapi/a2e.yaml for the `a2e` client: the operation table, typed method groups and the
models of A2E's answers. Private: import `a2e` instead."""
