from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.happyhorse_start_request import HappyhorseStartRequest
from ...models.task_record_envelope import TaskRecordEnvelope
from ...types import Response


def _get_kwargs(
    *,
    body: HappyhorseStartRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/userHappyhorseVideo/start",
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
    body: HappyhorseStartRequest,
) -> Response[ErrorEnvelope | TaskRecordEnvelope]:
    """Start HappyHorse video generation task (T2V / I2V / R2V / Video-Edit)

     Starts a Happyhorse Video task (status dialect B). Charged on creation.

    A2E's published notes:

    * prompt is required for t2v, r2v and video-edit; optional for i2v.
    * image_url is for i2v only; edit_video_url is for video-edit only.
    * r2v needs 1-9 reference_image_urls; video-edit allows 0-5.
    * Omitted model_version means 1.0; video-edit always runs on 1.0.
    * Version 1.0 durations 5/10/15; 1.1 allows 3-15; video-edit ignores duration.
    * 480P only on version 1.1 t2v/i2v/r2v; others support 720P/1080P.
    * ratio applies to t2v and r2v; 4:5, 5:4, 9:21, 21:9 need 1.1.
    * audio_setting applies to video-edit only; origin keeps the input audio.
    * seed must be within 0 to 2147483647.

    Args:
        body (HappyhorseStartRequest):

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
    body: HappyhorseStartRequest,
) -> ErrorEnvelope | TaskRecordEnvelope | None:
    """Start HappyHorse video generation task (T2V / I2V / R2V / Video-Edit)

     Starts a Happyhorse Video task (status dialect B). Charged on creation.

    A2E's published notes:

    * prompt is required for t2v, r2v and video-edit; optional for i2v.
    * image_url is for i2v only; edit_video_url is for video-edit only.
    * r2v needs 1-9 reference_image_urls; video-edit allows 0-5.
    * Omitted model_version means 1.0; video-edit always runs on 1.0.
    * Version 1.0 durations 5/10/15; 1.1 allows 3-15; video-edit ignores duration.
    * 480P only on version 1.1 t2v/i2v/r2v; others support 720P/1080P.
    * ratio applies to t2v and r2v; 4:5, 5:4, 9:21, 21:9 need 1.1.
    * audio_setting applies to video-edit only; origin keeps the input audio.
    * seed must be within 0 to 2147483647.

    Args:
        body (HappyhorseStartRequest):

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
    body: HappyhorseStartRequest,
) -> Response[ErrorEnvelope | TaskRecordEnvelope]:
    """Start HappyHorse video generation task (T2V / I2V / R2V / Video-Edit)

     Starts a Happyhorse Video task (status dialect B). Charged on creation.

    A2E's published notes:

    * prompt is required for t2v, r2v and video-edit; optional for i2v.
    * image_url is for i2v only; edit_video_url is for video-edit only.
    * r2v needs 1-9 reference_image_urls; video-edit allows 0-5.
    * Omitted model_version means 1.0; video-edit always runs on 1.0.
    * Version 1.0 durations 5/10/15; 1.1 allows 3-15; video-edit ignores duration.
    * 480P only on version 1.1 t2v/i2v/r2v; others support 720P/1080P.
    * ratio applies to t2v and r2v; 4:5, 5:4, 9:21, 21:9 need 1.1.
    * audio_setting applies to video-edit only; origin keeps the input audio.
    * seed must be within 0 to 2147483647.

    Args:
        body (HappyhorseStartRequest):

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
    body: HappyhorseStartRequest,
) -> ErrorEnvelope | TaskRecordEnvelope | None:
    """Start HappyHorse video generation task (T2V / I2V / R2V / Video-Edit)

     Starts a Happyhorse Video task (status dialect B). Charged on creation.

    A2E's published notes:

    * prompt is required for t2v, r2v and video-edit; optional for i2v.
    * image_url is for i2v only; edit_video_url is for video-edit only.
    * r2v needs 1-9 reference_image_urls; video-edit allows 0-5.
    * Omitted model_version means 1.0; video-edit always runs on 1.0.
    * Version 1.0 durations 5/10/15; 1.1 allows 3-15; video-edit ignores duration.
    * 480P only on version 1.1 t2v/i2v/r2v; others support 720P/1080P.
    * ratio applies to t2v and r2v; 4:5, 5:4, 9:21, 21:9 need 1.1.
    * audio_setting applies to video-edit only; origin keeps the input audio.
    * seed must be within 0 to 2147483647.

    Args:
        body (HappyhorseStartRequest):

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
