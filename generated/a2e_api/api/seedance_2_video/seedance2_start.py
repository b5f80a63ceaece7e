from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.seedance_2_start_request import Seedance2StartRequest
from ...models.task_record_envelope import TaskRecordEnvelope
from ...types import Response


def _get_kwargs(
    *,
    body: Seedance2StartRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/seedance2Video/start",
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
    body: Seedance2StartRequest,
) -> Response[ErrorEnvelope | TaskRecordEnvelope]:
    """Start Seedance 2.x video generation

     Starts a Seedance 2 Video task (status dialect B). Charged on creation.

    A2E's published notes:

    * Media inputs must be public URLs; asset:// URIs are rejected.
    * image-to-video uses image_url; first-last-frames needs first_frame_url and last_frame_url.
    * Seedance 2.0 limits: 15 s output, 9 images, 3 videos, 3 audios.
    * Seedance 2.5 limits: 30 s output, 30 images, 10 videos, 10 audios.
    * On 2.0, audio references need at least one image or video reference.
    * 2.0 reference videos: each 2-15 s; 2.5: combined at most 30 s.
    * 4k only on 2.0 standard; 2.0 fast/mini max 720p; 2.5 max 1080p.
    * omni_reference_task_type edit needs exactly one video_url and duration -1.
    * Billing uses the server-measured video length; input_video_duration cannot lower it.
    * generate_audio defaults to true; send false explicitly to disable audio.
    * minor_suspected_skip bypasses soft block 1004, never hard block 1003.

    Args:
        body (Seedance2StartRequest):

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
    body: Seedance2StartRequest,
) -> ErrorEnvelope | TaskRecordEnvelope | None:
    """Start Seedance 2.x video generation

     Starts a Seedance 2 Video task (status dialect B). Charged on creation.

    A2E's published notes:

    * Media inputs must be public URLs; asset:// URIs are rejected.
    * image-to-video uses image_url; first-last-frames needs first_frame_url and last_frame_url.
    * Seedance 2.0 limits: 15 s output, 9 images, 3 videos, 3 audios.
    * Seedance 2.5 limits: 30 s output, 30 images, 10 videos, 10 audios.
    * On 2.0, audio references need at least one image or video reference.
    * 2.0 reference videos: each 2-15 s; 2.5: combined at most 30 s.
    * 4k only on 2.0 standard; 2.0 fast/mini max 720p; 2.5 max 1080p.
    * omni_reference_task_type edit needs exactly one video_url and duration -1.
    * Billing uses the server-measured video length; input_video_duration cannot lower it.
    * generate_audio defaults to true; send false explicitly to disable audio.
    * minor_suspected_skip bypasses soft block 1004, never hard block 1003.

    Args:
        body (Seedance2StartRequest):

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
    body: Seedance2StartRequest,
) -> Response[ErrorEnvelope | TaskRecordEnvelope]:
    """Start Seedance 2.x video generation

     Starts a Seedance 2 Video task (status dialect B). Charged on creation.

    A2E's published notes:

    * Media inputs must be public URLs; asset:// URIs are rejected.
    * image-to-video uses image_url; first-last-frames needs first_frame_url and last_frame_url.
    * Seedance 2.0 limits: 15 s output, 9 images, 3 videos, 3 audios.
    * Seedance 2.5 limits: 30 s output, 30 images, 10 videos, 10 audios.
    * On 2.0, audio references need at least one image or video reference.
    * 2.0 reference videos: each 2-15 s; 2.5: combined at most 30 s.
    * 4k only on 2.0 standard; 2.0 fast/mini max 720p; 2.5 max 1080p.
    * omni_reference_task_type edit needs exactly one video_url and duration -1.
    * Billing uses the server-measured video length; input_video_duration cannot lower it.
    * generate_audio defaults to true; send false explicitly to disable audio.
    * minor_suspected_skip bypasses soft block 1004, never hard block 1003.

    Args:
        body (Seedance2StartRequest):

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
    body: Seedance2StartRequest,
) -> ErrorEnvelope | TaskRecordEnvelope | None:
    """Start Seedance 2.x video generation

     Starts a Seedance 2 Video task (status dialect B). Charged on creation.

    A2E's published notes:

    * Media inputs must be public URLs; asset:// URIs are rejected.
    * image-to-video uses image_url; first-last-frames needs first_frame_url and last_frame_url.
    * Seedance 2.0 limits: 15 s output, 9 images, 3 videos, 3 audios.
    * Seedance 2.5 limits: 30 s output, 30 images, 10 videos, 10 audios.
    * On 2.0, audio references need at least one image or video reference.
    * 2.0 reference videos: each 2-15 s; 2.5: combined at most 30 s.
    * 4k only on 2.0 standard; 2.0 fast/mini max 720p; 2.5 max 1080p.
    * omni_reference_task_type edit needs exactly one video_url and duration -1.
    * Billing uses the server-measured video length; input_video_duration cannot lower it.
    * generate_audio defaults to true; send false explicitly to disable audio.
    * minor_suspected_skip bypasses soft block 1004, never hard block 1003.

    Args:
        body (Seedance2StartRequest):

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
