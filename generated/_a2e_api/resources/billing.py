"""Account and Billing: Quotes and credit history.

Generated from openapi/a2e.yaml by generator/generate.py; every method sends one operation through the
client's `_call`, which validates the arguments, sends the request and unwraps the envelope. The `iter_` method
of a paged list sends its operation page after page (`a2e._pages`). The raw views (`client.with_raw_response`)
wrap the same methods: each call answers a `RawResponse` of what the method returns.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Mapping
from typing import TYPE_CHECKING, Any, Never

from a2e._operations import misnamed
from a2e._raw_response import async_raw_view, raw_view

if TYPE_CHECKING:
    from a2e import A2E, AsyncA2E

    from ..models.credit_transaction import CreditTransaction
    from ..models.credit_transaction_page import CreditTransactionPage
    from ..models.quote import Quote

__all__ = ["AsyncBilling", "AsyncRawBilling", "Billing", "RawBilling"]


class Billing:
    """Account and Billing: Quotes and credit history."""

    __slots__ = ("_client",)

    def __init__(self, client: A2E) -> None:
        self._client = client

    def quote(
        self,
        *,
        endpoint: str,
        request_body: Mapping[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        **wire_names: Never,
    ) -> Quote:
        """Estimate generation credit consumption.

        Estimates the credits a request would cost, without creating a task or charging.

        A2E's published notes:

        * Estimate only: creates no task, calls no provider, charges nothing.
        * Only pricing fields are read; generationRequestValidated=false signals that.
        * endpoint may carry a leading 'POST '; legacy normalized bodies still accepted.

        Wire: POST /api/v1/generation/quote (operation `billing_quote`).

        Args:
            endpoint: The create path to price, e.g. /api/v1/userImage2Video/start.
            request_body (`requestBody`): The body you would send.

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as Quote.
        """
        if wire_names:
            raise misnamed("billing_quote", wire_names)
        return self._client._call(
            "billing_quote",
            {
                "endpoint": endpoint,
                "requestBody": request_body,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def credits_history(
        self,
        *,
        page_num: int | None = None,
        page_size: int | None = None,
        is_consumption: bool | None = None,
        start_date: str | None = None,
        end_date: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        **wire_names: Never,
    ) -> CreditTransactionPage:
        """Get credits history.

        Credit transactions, one page at a time. Sometimes reportedly a bare array without the envelope.

        A2E's published notes:

        * Positive amounts are grants or purchases; negative amounts are consumption.
        * is_consumption true returns consumption only; false returns income only.
        * startDate and endDate are inclusive ISO date-times applied to createdAt.

        Wire: GET /api/v1/transactionRecord/creditsHistory (operation `billing_credits_history`).

        Args:
            page_num (`pageNum`): Page number, 1-based.
            page_size (`pageSize`): Records per page.
            is_consumption: is_consumption true returns consumption only; false returns income only.
            start_date (`startDate`): startDate and endDate are inclusive ISO date-times applied to createdAt.
            end_date (`endDate`): startDate and endDate are inclusive ISO date-times applied to createdAt.

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as CreditTransactionPage.
        """
        if wire_names:
            raise misnamed("billing_credits_history", wire_names)
        return self._client._call(
            "billing_credits_history",
            {
                "pageNum": page_num,
                "pageSize": page_size,
                "is_consumption": is_consumption,
                "startDate": start_date,
                "endDate": end_date,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def iter_credits_history(
        self,
        *,
        page_size: int | None = None,
        is_consumption: bool | None = None,
        start_date: str | None = None,
        end_date: str | None = None,
        max_items: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        **wire_names: Never,
    ) -> Iterator[CreditTransaction]:
        """Every record of `credits_history`, for a `for` loop: page after page, each page fetched when the
        iteration reaches it. No request is sent until the first record is asked for. Each page is one call of
        `credits_history` with `pageNum` from 1 upwards (records in the answer's `rows`); the iteration ends
        after a page shorter than the page size or an empty page, or once the answer's `count` is reached.

        Args:
            page_size: records per request (default 100: the most allowed).
            max_items: stop after this many records.
            Other arguments: as for `credits_history`.

        Returns:
            An iterator of CreditTransaction.
        """
        from a2e._pages import iterate  # imported by the first iteration, not by `import a2e`

        if wire_names:
            raise misnamed("billing_credits_history", wire_names, "max_items")

        return iterate(
            self._client,
            "billing_credits_history",
            {
                "pageSize": page_size,
                "is_consumption": is_consumption,
                "startDate": start_date,
                "endDate": end_date,
            },
            max_items=max_items,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class AsyncBilling:
    """Account and Billing: Quotes and credit history."""

    __slots__ = ("_client",)

    def __init__(self, client: AsyncA2E) -> None:
        self._client = client

    async def quote(
        self,
        *,
        endpoint: str,
        request_body: Mapping[str, Any],
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        **wire_names: Never,
    ) -> Quote:
        """Estimate generation credit consumption.

        Estimates the credits a request would cost, without creating a task or charging.

        A2E's published notes:

        * Estimate only: creates no task, calls no provider, charges nothing.
        * Only pricing fields are read; generationRequestValidated=false signals that.
        * endpoint may carry a leading 'POST '; legacy normalized bodies still accepted.

        Wire: POST /api/v1/generation/quote (operation `billing_quote`).

        Args:
            endpoint: The create path to price, e.g. /api/v1/userImage2Video/start.
            request_body (`requestBody`): The body you would send.

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as Quote.
        """
        if wire_names:
            raise misnamed("billing_quote", wire_names)
        return await self._client._call(
            "billing_quote",
            {
                "endpoint": endpoint,
                "requestBody": request_body,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    async def credits_history(
        self,
        *,
        page_num: int | None = None,
        page_size: int | None = None,
        is_consumption: bool | None = None,
        start_date: str | None = None,
        end_date: str | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        **wire_names: Never,
    ) -> CreditTransactionPage:
        """Get credits history.

        Credit transactions, one page at a time. Sometimes reportedly a bare array without the envelope.

        A2E's published notes:

        * Positive amounts are grants or purchases; negative amounts are consumption.
        * is_consumption true returns consumption only; false returns income only.
        * startDate and endDate are inclusive ISO date-times applied to createdAt.

        Wire: GET /api/v1/transactionRecord/creditsHistory (operation `billing_credits_history`).

        Args:
            page_num (`pageNum`): Page number, 1-based.
            page_size (`pageSize`): Records per page.
            is_consumption: is_consumption true returns consumption only; false returns income only.
            start_date (`startDate`): startDate and endDate are inclusive ISO date-times applied to createdAt.
            end_date (`endDate`): startDate and endDate are inclusive ISO date-times applied to createdAt.

        Per call: `extra_headers`, `extra_query` and `extra_body` (sent as given, after the checks; the
        way to send a field A2E takes that the spec lacks) and `timeout` (seconds).

        Returns:
            The envelope's `data` as CreditTransactionPage.
        """
        if wire_names:
            raise misnamed("billing_credits_history", wire_names)
        return await self._client._call(
            "billing_credits_history",
            {
                "pageNum": page_num,
                "pageSize": page_size,
                "is_consumption": is_consumption,
                "startDate": start_date,
                "endDate": end_date,
            },
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )

    def iter_credits_history(
        self,
        *,
        page_size: int | None = None,
        is_consumption: bool | None = None,
        start_date: str | None = None,
        end_date: str | None = None,
        max_items: int | None = None,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | None = None,
        **wire_names: Never,
    ) -> AsyncIterator[CreditTransaction]:
        """Every record of `credits_history`, for an `async for` loop: page after page, each page fetched when the
        iteration reaches it. No request is sent until the first record is asked for. Each page is one call of
        `credits_history` with `pageNum` from 1 upwards (records in the answer's `rows`); the iteration ends
        after a page shorter than the page size or an empty page, or once the answer's `count` is reached.

        Args:
            page_size: records per request (default 100: the most allowed).
            max_items: stop after this many records.
            Other arguments: as for `credits_history`.

        Returns:
            An async iterator of CreditTransaction.
        """
        from a2e._pages import aiterate  # imported by the first iteration, not by `import a2e`

        if wire_names:
            raise misnamed("billing_credits_history", wire_names, "max_items")

        return aiterate(
            self._client,
            "billing_credits_history",
            {
                "pageSize": page_size,
                "is_consumption": is_consumption,
                "startDate": start_date,
                "endDate": end_date,
            },
            max_items=max_items,
            extra_headers=extra_headers,
            extra_query=extra_query,
            extra_body=extra_body,
            timeout=timeout,
        )


class RawBilling:
    """The operations of `Billing`, each answering a `RawResponse` (`client.with_raw_response`)."""

    def __init__(self, group: Billing) -> None:
        self.quote = raw_view(group.quote)
        self.credits_history = raw_view(group.credits_history)


class AsyncRawBilling:
    """The operations of `AsyncBilling`, each answering a `RawResponse` (`client.with_raw_response`)."""

    def __init__(self, group: AsyncBilling) -> None:
        self.quote = async_raw_view(group.quote)
        self.credits_history = async_raw_view(group.credits_history)
