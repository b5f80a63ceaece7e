"""The models of A2E's answers, for annotations and `isinstance` checks (`a2e.models.VideoRecord`); each is
imported on first use. `TaskRecords` is the union of every record a wait answers: what an outcome of tasks given
as (group, id) pairs holds, narrowed with `isinstance`."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from _a2e_api import models as _models

if TYPE_CHECKING:
    from _a2e_api.models import *  # noqa: F403  # pyright: ignore[reportWildcardImportFromLibrary]
    from _a2e_api.resources import TaskRecords as TaskRecords
    from _a2e_api.resources import Waitable as Waitable

__all__ = ["TaskRecords"]
__all__ += _models.__all__  # every generated model


def __getattr__(name: str) -> Any:
    if name == "TaskRecords":
        import functools
        import operator

        from _a2e_api.resources import TASK_RECORD_CLASSES

        union = functools.reduce(operator.or_, (getattr(_models, cls) for cls in TASK_RECORD_CLASSES))
        globals()[name] = union
        return union
    value = getattr(_models, name)  # AttributeError for a name that is no model
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
