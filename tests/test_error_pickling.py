"""Every error class of `a2e` pickles and copies with its fields, so an error raised in a process pool worker
(concurrent.futures, Celery, joblib) reaches the caller whole instead of breaking the pool."""

from __future__ import annotations

import copy
import multiprocessing
import pickle
from concurrent.futures import ProcessPoolExecutor
from typing import Any

import a2e
import pytest
from _a2e_api.models.task_record import TaskRecord

API = {"status_code": 429, "code": 1001, "trace_id": "t-1", "operation": "videos_generate", "body": {"msg": "x"}}
RECORD = TaskRecord.from_dict({"_id": "0" * 24, "current_status": "failed", "failed_message": "bad"})


def example(cls: type[a2e.A2EError]) -> a2e.A2EError:
    """An instance of `cls` with every field set, as the client raises it."""
    if issubclass(cls, (a2e.RateLimitError, a2e.ServiceUnavailableError)):
        return cls("slow down", retry_after=3.0, **API)
    if issubclass(cls, a2e.APIError):
        return cls("refused", **API)
    if cls is a2e.InvalidRequestError:
        return cls("videos_generate", "anchor_id", "anchor_id: required")
    if cls is a2e.OutcomeUnknownError:
        cause = a2e.APITimeoutError("videos_generate: timed out", operation="videos_generate", request_sent=True)
        where = {"operation": "videos_generate", "name": "hello", "list_operation": "videos_list"}
        return cls("lost", **where, sent_at=1.5, cause=cause, body="<html>")
    if issubclass(cls, a2e.APIConnectionError):
        return cls("could not reach A2E", operation="videos_generate", request_sent=False)
    if cls is a2e.UnexpectedResponseError:
        return cls("not JSON", status_code=502, body="<html>", operation="videos_status")
    if cls is a2e.TaskFailedError:
        return cls("0" * 24, "failed", "bad", RECORD)
    if cls is a2e.WaitTimeoutError:
        return cls("0" * 24, 600.0, "processing")
    return cls("something went wrong")


ERRORS = sorted(
    (value for name in a2e.__all__ if isinstance(value := getattr(a2e, name), type) and issubclass(value, Exception)),
    key=lambda cls: cls.__name__,
)


def same(one: BaseException, other: BaseException) -> None:
    assert type(one) is type(other)
    assert str(one) == str(other) and one.args == other.args
    assert vars(one).keys() == vars(other).keys()
    for name, value in vars(one).items():  # every field, records and causes included
        if isinstance(value, BaseException):
            same(value, vars(other)[name])
        else:
            assert vars(other)[name] == value, name


def test_every_error_class_is_covered():
    assert {cls.__name__ for cls in ERRORS} == set(a2e._exceptions.__all__)


@pytest.mark.parametrize("cls", ERRORS, ids=lambda cls: cls.__name__)
def test_an_error_pickles_and_copies_with_its_fields(cls):
    error = example(cls)
    error.add_note("a2e: a note")
    assert vars(error)  # fields to carry, at least the note
    same(error, pickle.loads(pickle.dumps(error)))
    same(error, copy.copy(error))
    same(error, copy.deepcopy(error))


def raise_one(name: str) -> None:
    raise example(getattr(a2e, name))


def test_each_error_raised_in_a_process_pool_reaches_the_caller_whole():
    with ProcessPoolExecutor(max_workers=2, mp_context=multiprocessing.get_context("fork")) as pool:
        futures = {cls: pool.submit(raise_one, cls.__name__) for cls in ERRORS}
        for cls, future in futures.items():
            error: Any = future.exception(timeout=60)
            same(example(cls), error)
