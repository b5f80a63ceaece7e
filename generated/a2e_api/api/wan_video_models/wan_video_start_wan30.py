from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.task_record_envelope import TaskRecordEnvelope
from ...models.wan_video_start_wan_30_request import WanVideoStartWan30Request
from ...types import Response


def _get_kwargs(
    *,
    body: WanVideoStartWan30Request,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/userWan30/start",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | TaskRecordEnvelope | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> ErrorEnvelope | TaskRecordEnvelope:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = TaskRecordEnvelope.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_1 = ErrorEnvelope.from_dict(data)

            return response_200_type_1

        response_200 = _parse_response_200(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorEnvelope.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorEnvelope.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorEnvelope.from_dict(response.json())

        return response_403

    if response.status_code == 429:
        response_429 = ErrorEnvelope.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ErrorEnvelope.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = ErrorEnvelope.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorEnvelope | TaskRecordEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: WanVideoStartWan30Request,
) -> Response[ErrorEnvelope | TaskRecordEnvelope]:
    """Start Wan3.0 all-in-one video generation

     A2E's published notes:

    * No list, detail or delete operations are documented for Wan3.0.
    * wan3.0-video-prime: same quality, much faster, higher per-second price.
    * Each reference video 3-15 s; all reference videos together at most 15 s.
    * Reference video length plus output duration must not exceed 30 seconds.
    * First-frame or first-last-frame media cannot be mixed with reference media.
    * File and web-link reference inputs are mutually exclusive.
    * negative_prompt is unsupported; parameters.prompt_extend defaults to false.
    * 503 means the provider or Wan3.0 pricing is not configured.

    Args:
        body (WanVideoStartWan30Request):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | ErrorEnvelope | TaskRecordEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: WanVideoStartWan30Request,
) -> ErrorEnvelope | TaskRecordEnvelope | None:
    """Start Wan3.0 all-in-one video generation

     A2E's published notes:

    * No list, detail or delete operations are documented for Wan3.0.
    * wan3.0-video-prime: same quality, much faster, higher per-second price.
    * Each reference video 3-15 s; all reference videos together at most 15 s.
    * Reference video length plus output duration must not exceed 30 seconds.
    * First-frame or first-last-frame media cannot be mixed with reference media.
    * File and web-link reference inputs are mutually exclusive.
    * negative_prompt is unsupported; parameters.prompt_extend defaults to false.
    * 503 means the provider or Wan3.0 pricing is not configured.

    Args:
        body (WanVideoStartWan30Request):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | ErrorEnvelope | TaskRecordEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: WanVideoStartWan30Request,
) -> Response[ErrorEnvelope | TaskRecordEnvelope]:
    """Start Wan3.0 all-in-one video generation

     A2E's published notes:

    * No list, detail or delete operations are documented for Wan3.0.
    * wan3.0-video-prime: same quality, much faster, higher per-second price.
    * Each reference video 3-15 s; all reference videos together at most 15 s.
    * Reference video length plus output duration must not exceed 30 seconds.
    * First-frame or first-last-frame media cannot be mixed with reference media.
    * File and web-link reference inputs are mutually exclusive.
    * negative_prompt is unsupported; parameters.prompt_extend defaults to false.
    * 503 means the provider or Wan3.0 pricing is not configured.

    Args:
        body (WanVideoStartWan30Request):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | ErrorEnvelope | TaskRecordEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: WanVideoStartWan30Request,
) -> ErrorEnvelope | TaskRecordEnvelope | None:
    """Start Wan3.0 all-in-one video generation

     A2E's published notes:

    * No list, detail or delete operations are documented for Wan3.0.
    * wan3.0-video-prime: same quality, much faster, higher per-second price.
    * Each reference video 3-15 s; all reference videos together at most 15 s.
    * Reference video length plus output duration must not exceed 30 seconds.
    * First-frame or first-last-frame media cannot be mixed with reference media.
    * File and web-link reference inputs are mutually exclusive.
    * negative_prompt is unsupported; parameters.prompt_extend defaults to false.
    * 503 means the provider or Wan3.0 pricing is not configured.

    Args:
        body (WanVideoStartWan30Request):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | ErrorEnvelope | TaskRecordEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
