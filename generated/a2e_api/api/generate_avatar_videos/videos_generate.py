from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.video_task_envelope import VideoTaskEnvelope
from ...types import Response


def _get_kwargs(
    *,
    body: Any,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/video/generate",
    }

    _kwargs["json"] = body

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | VideoTaskEnvelope | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> ErrorEnvelope | VideoTaskEnvelope:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = VideoTaskEnvelope.from_dict(data)

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

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorEnvelope | VideoTaskEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: Any,
) -> Response[ErrorEnvelope | VideoTaskEnvelope]:
    """Generate AI video with avatar

     Renders a lip-synced avatar video from an anchor and an audio track. Returns the task id; follow
    it with Obtain the Status of One Avatar Video Task (status dialect A). Charged on creation.
    The docs mark the `web_*` canvas fields required; send 0 for all of them unless replacing the
    background.

    A2E's published notes:

    * Either audioSrc or custom_voice must be supplied as the audio source.
    * back_id and custom_back_id are mutually exclusive; sending both gives error 30005.
    * custom_back_id comes from POST /api/v1/custom_back/add.
    * Background replacement needs a saved avatar background or anchor_background_img/color.
    * web_bg_* and web_people_* sizes are required with back_id, custom_back_id or color.
    * anchor_type 0 means system avatar, 1 means custom avatar.
    * Follow progress with GET /api/v1/video/detail?video_id=<id>.

    Args:
        body (Any):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | ErrorEnvelope | VideoTaskEnvelope]
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
    body: Any,
) -> ErrorEnvelope | VideoTaskEnvelope | None:
    """Generate AI video with avatar

     Renders a lip-synced avatar video from an anchor and an audio track. Returns the task id; follow
    it with Obtain the Status of One Avatar Video Task (status dialect A). Charged on creation.
    The docs mark the `web_*` canvas fields required; send 0 for all of them unless replacing the
    background.

    A2E's published notes:

    * Either audioSrc or custom_voice must be supplied as the audio source.
    * back_id and custom_back_id are mutually exclusive; sending both gives error 30005.
    * custom_back_id comes from POST /api/v1/custom_back/add.
    * Background replacement needs a saved avatar background or anchor_background_img/color.
    * web_bg_* and web_people_* sizes are required with back_id, custom_back_id or color.
    * anchor_type 0 means system avatar, 1 means custom avatar.
    * Follow progress with GET /api/v1/video/detail?video_id=<id>.

    Args:
        body (Any):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | ErrorEnvelope | VideoTaskEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: Any,
) -> Response[ErrorEnvelope | VideoTaskEnvelope]:
    """Generate AI video with avatar

     Renders a lip-synced avatar video from an anchor and an audio track. Returns the task id; follow
    it with Obtain the Status of One Avatar Video Task (status dialect A). Charged on creation.
    The docs mark the `web_*` canvas fields required; send 0 for all of them unless replacing the
    background.

    A2E's published notes:

    * Either audioSrc or custom_voice must be supplied as the audio source.
    * back_id and custom_back_id are mutually exclusive; sending both gives error 30005.
    * custom_back_id comes from POST /api/v1/custom_back/add.
    * Background replacement needs a saved avatar background or anchor_background_img/color.
    * web_bg_* and web_people_* sizes are required with back_id, custom_back_id or color.
    * anchor_type 0 means system avatar, 1 means custom avatar.
    * Follow progress with GET /api/v1/video/detail?video_id=<id>.

    Args:
        body (Any):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | ErrorEnvelope | VideoTaskEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: Any,
) -> ErrorEnvelope | VideoTaskEnvelope | None:
    """Generate AI video with avatar

     Renders a lip-synced avatar video from an anchor and an audio track. Returns the task id; follow
    it with Obtain the Status of One Avatar Video Task (status dialect A). Charged on creation.
    The docs mark the `web_*` canvas fields required; send 0 for all of them unless replacing the
    background.

    A2E's published notes:

    * Either audioSrc or custom_voice must be supplied as the audio source.
    * back_id and custom_back_id are mutually exclusive; sending both gives error 30005.
    * custom_back_id comes from POST /api/v1/custom_back/add.
    * Background replacement needs a saved avatar background or anchor_background_img/color.
    * web_bg_* and web_people_* sizes are required with back_id, custom_back_id or color.
    * anchor_type 0 means system avatar, 1 means custom avatar.
    * Follow progress with GET /api/v1/video/detail?video_id=<id>.

    Args:
        body (Any):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | ErrorEnvelope | VideoTaskEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
